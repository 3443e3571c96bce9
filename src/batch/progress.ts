/**
 * Progress on a terminal: one rewritten line with done/total, the current file and an ETA.
 * Not a terminal (logs, CI): one plain line per finished document.
 */
export interface Progress {
  started(path: string): void;
  finished(path: string, status: string, detail: string): void;
  end(): void;
}

function shortName(path: string, max = 40): string {
  const name = path.replace(/^.*[\\/]/, '');
  return name.length > max ? '…' + name.slice(-max + 1) : name;
}

function formatEta(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  const t0 = Date.now();
  let done = 0;
  const current = new Set<string>();
  const draw = () => {
    if (!tty) return;
    const width = 24;
    const filledWidth = total ? Math.round((done / total) * width) : width;
    const eta = done ? formatEta(((Date.now() - t0) / done) * (total - done)) : '…';
    const file = [...current].map((p) => shortName(p)).join(', ');
    const line = `[${'█'.repeat(filledWidth)}${'░'.repeat(width - filledWidth)}] ${done}/${total} ETA ${eta} ${file}`;
    stream.write(`\r\x1b[K${line.slice(0, (stream.columns ?? 120) - 1)}`);
  };
  return {
    started(path) {
      current.add(path);
      draw();
    },
    finished(path, status, detail) {
      current.delete(path);
      done++;
      if (tty) draw();
      else stream.write(`[${done}/${total}] ${status.padEnd(10)} ${path}${detail ? ` (${detail})` : ''}\n`);
    },
    end() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
