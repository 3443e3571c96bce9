import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { captureLibraryOutput, createProgress, progressLine } from '../../src/batch/progress.js';
import { screenWidth } from '../../src/util/terminal-text.js';

const NAMES = [
  '/corpus/北京/司法局_附件2：北京市司法局2026年度部门预算报表（含三公经费及绩效目标）.pdf',
  '/corpus/上海/上海市普陀区人民政府万里街道办事处2024年度部门预算公开文本.pdf',
  '/corpus/x/evil\x1b]0;title\x07name\x1b[2J.pdf',
];

/** A terminal as far as the progress line can tell: isTTY, a width, and what was written. */
function fakeTerminal(columns: number) {
  const writes: string[] = [];
  const stream = { isTTY: true, columns, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('progress line', () => {
  it('fits the screen in columns with Chinese file names, at the widths terminals have', () => {
    for (const columns of [40, 60, 80, 100, 120]) {
      for (let n = 1; n <= NAMES.length; n++) {
        const line = progressLine(3, 151, 42_000, NAMES.slice(0, n), columns);
        expect(screenWidth(line), `${columns}: ${line}`).toBeLessThan(columns);
      }
    }
    // A name is cut at its start, so its end (year, type) stays visible.
    expect(progressLine(3, 151, 42_000, NAMES.slice(0, 1), 80)).toMatch(/…[^…]*绩效目标）\.pdf$/);
  });

  it('redraws one line in place and never sends the escapes a file name carries', () => {
    const { stream, writes } = fakeTerminal(80);
    const p = createProgress(3, stream);
    for (const name of NAMES) p.started(name);
    for (const name of NAMES) p.finished(name, 'ok', '');
    p.end();
    for (const w of writes) {
      expect(w.startsWith('\r\x1b[K')).toBe(true);
      expect(w).not.toContain('\n');
      const visible = w.slice(4);
      expect(visible).not.toMatch(/[\x00-\x1f\x7f]/);
      expect(screenWidth(visible)).toBeLessThan(80);
    }
    expect(writes.join('')).toContain('\\x1b]0;title\\x07');
  });

  it('prints one plain line per document when not on a terminal', () => {
    const writes: string[] = [];
    const p = createProgress(2, { isTTY: false, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream);
    p.finished(NAMES[2], 'failed', 'bad\nthing');
    expect(writes).toEqual(['[1/2] failed     /corpus/x/evil\\x1b]0;title\\x07name\\x1b[2J.pdf (bad thing)\n']);
  });
});

describe('library messages', () => {
  it("keep tesseract's and pdf.js's lines from worker threads out of the terminal, in the log", async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'budgetlens-log-')), 'x.sqlite.log');
    const stderr: string[] = [];
    const realErr = process.stderr.write;
    // What reaches the real stream while capturing: must be nothing.
    process.stderr.write = ((s: string) => stderr.push(String(s)) > 0) as typeof process.stderr.write;
    const capture = captureLibraryOutput(log);
    try {
      const w = new Worker('console.log("Estimating resolution as 412"); console.error("Warning: Indexing all PDF objects")', { eval: true });
      await new Promise((resolve) => w.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      const kept = capture.stop();
      process.stderr.write = realErr;
      expect(kept).toEqual({ messages: 2, logPath: log });
    }
    expect(stderr).toEqual([]);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/Z Estimating resolution as 412\n/);
    expect(text).toMatch(/Z Warning: Indexing all PDF objects\n/);
  });
});
