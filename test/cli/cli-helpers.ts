import { spawn, spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { main } from '../../src/present/cli.js';
import { tempDir } from '../helpers.js';

export const BIN = new URL('../../bin/budgetlens.mjs', import.meta.url).pathname;

export function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: opts.cwd, timeout: 120_000, env: opts.env ?? process.env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Files ingested by the real CLI with `--ocr never` into a new database `name` in a fresh temp dir; throws with
 * the CLI's stderr when it exits with anything but 0.
 */
export function ingestIntoTempDb(inputs: readonly string[], name = 'batch.sqlite'): { dir: string; db: string } {
  const dir = tempDir('budgetlens-ingest-');
  const db = join(dir, name);
  const r = run(['ingest', ...inputs, '--db', db, '--ocr', 'never']);
  if (r.code !== 0) throw new Error(`budgetlens ingest exited with ${r.code}: ${r.stderr}`);
  return { dir, db };
}

/** A stream that keeps what is written (or only counts it, for outputs too large to keep). */
export class Sink extends Writable {
  text = '';
  bytes = 0;
  lines = 0;
  constructor(private keep = true) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.bytes += chunk.length;
    for (const b of chunk) if (b === 10) this.lines++;
    if (this.keep) this.text += chunk.toString('utf8');
    done();
  }
}

/** The CLI in this process (faster than a spawn): exit code, stdout and stderr; COLUMNS set for the call. */
export async function cli(argv: string[], opts: { columns?: number; keep?: boolean } = {}) {
  const out = new Sink(opts.keep ?? true);
  const err = new Sink();
  const before = process.env.COLUMNS;
  if (opts.columns) process.env.COLUMNS = String(opts.columns);
  else delete process.env.COLUMNS;
  try {
    const code = await main(argv, out, { err });
    return { code, stdout: out.text, stderr: err.text, out };
  } finally {
    if (before === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = before;
  }
}

export { spawn };
