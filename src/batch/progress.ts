import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { screenWidth, terminalLine, truncateStartToWidth } from '../util/terminal-text.js';

/**
 * Progress on a terminal: one line, measured in screen columns (a Chinese character is two), redrawn in place,
 * with done/total, an ETA and the files being read. Not a terminal (logs, CI): one plain line per finished
 * document. File names are shown with their control characters made visible: they are not ours.
 *
 * Why not cli-progress: it cuts its line by string length, which on Chinese file names is the very bug to fix
 * (the line wraps, and every redraw leaves one behind); the line itself is a few lines of code here.
 */
export interface Progress {
  started(path: string): void;
  finished(path: string, status: string, detail: string): void;
  end(): void;
}

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/** The streams' own write functions, kept while library output is captured: progress and summary use these. */
const realWrites = new Map<NodeJS.WriteStream, Write>();
const writerOf = (stream: NodeJS.WriteStream): Write => realWrites.get(stream) ?? (stream.write.bind(stream) as Write);

function formatEta(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

const BAR = 20;

/** The progress line for `columns` screen columns (at most columns - 1, so the terminal never wraps it). */
export function progressLine(done: number, total: number, elapsedMs: number, current: readonly string[], columns: number): string {
  const filled = total ? Math.round((done / total) * BAR) : BAR;
  const eta = done ? formatEta((elapsedMs / done) * (total - done)) : '…';
  const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${done}/${total} ${formatEta(elapsedMs)} ETA ${eta}`;
  const room = columns - 1 - screenWidth(head) - 1;
  if (room < 4 || !current.length) return truncateStartToWidth(head, columns - 1);
  const names = current.map((p) => terminalLine(basename(p)));
  // Each file gets an equal share of what is left; a long name keeps its end (the year, the type).
  const share = Math.max(4, Math.floor((room - 2 * (names.length - 1)) / names.length));
  let files = names.map((n) => truncateStartToWidth(n, share)).join(', ');
  if (screenWidth(files) > room) files = truncateStartToWidth(files, room);
  return `${head} ${files}`;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  const write = (s: string) => writerOf(stream)(s);
  const t0 = Date.now();
  let done = 0;
  let drawn = false;
  const current = new Set<string>();
  const draw = () => {
    if (!tty) return;
    const columns = stream.columns || 80;
    // \r and erase-line: the line is always shorter than the screen, so nothing is left behind.
    write(`\r\x1b[K${progressLine(done, total, Date.now() - t0, [...current], columns)}`);
    drawn = true;
  };
  activeProgress = { current, redraw: draw, clear: () => drawn && write('\r\x1b[K') };
  // A long document (OCR) still moves the clock: redraw every second while the batch runs.
  const ticker = tty ? setInterval(draw, 1000) : null;
  ticker?.unref();
  return {
    started(path) {
      current.add(path);
      draw();
    },
    finished(path, status, detail) {
      current.delete(path);
      done++;
      if (tty) draw();
      else write(`[${done}/${total}] ${status.padEnd(10)} ${terminalLine(path)}${detail ? ` (${terminalLine(detail)})` : ''}\n`);
    },
    end() {
      if (ticker) clearInterval(ticker);
      if (tty && drawn) write('\r\x1b[K');
      activeProgress = null;
    },
  };
}

/** The progress line being drawn, so captured messages can name the files being read when they came. */
let activeProgress: { current: Set<string>; redraw: () => void; clear: () => void } | null = null;

export interface Capture {
  /** Stops capturing; how many messages were kept and where. */
  stop(): { messages: number; logPath: string | null };
}

/**
 * Keeps what libraries print (tesseract's "Estimating resolution", pdf.js's "Warning: …", from any worker thread:
 * their output reaches this thread's process.stdout/stderr) out of the terminal while a batch runs: each line
 * goes to `logPath`, stamped with the time and the files being read. With `echo`, lines are also shown, above
 * the progress line. Our own progress and summary write through the streams' saved write functions.
 */
export function captureLibraryOutput(logPath: string | null, echo = false): Capture {
  const streams = [process.stdout, process.stderr] as NodeJS.WriteStream[];
  let messages = 0;
  let pending = '';
  for (const stream of streams) {
    const real = stream.write.bind(stream) as Write;
    realWrites.set(stream, real);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = pending + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const lines = text.split('\n');
      pending = lines.pop() ?? '';
      const stamp = new Date().toISOString();
      const reading = activeProgress ? [...activeProgress.current].map((p) => basename(p)).join(', ') : '';
      for (const line of lines.filter((l) => l.trim())) {
        messages++;
        if (logPath) appendFileSync(logPath, `${stamp}${reading ? ` [${reading}]` : ''} ${line}\n`);
        if (echo) {
          activeProgress?.clear();
          realWrites.get(process.stderr)!(`${terminalLine(line)}\n`);
          activeProgress?.redraw();
        }
      }
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
  }
  return {
    stop() {
      for (const stream of streams) {
        const real = realWrites.get(stream);
        if (real) stream.write = real as typeof stream.write;
        realWrites.delete(stream);
      }
      if (pending.trim() && logPath) {
        appendFileSync(logPath, `${new Date().toISOString()} ${pending}\n`);
        messages++;
      }
      pending = '';
      return { messages, logPath: messages && logPath ? logPath : null };
    },
  };
}
