import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the benchmarks measure of a child process: wall time, peak RSS, its stdout, and RSS over time. */
export interface Measured {
  seconds: number;
  /** CPU seconds (user + system) of the process and every process it waited for, its threads included; NaN
   *  without /proc. On a shared machine this is the steadier figure: waiting for a core does not count. */
  cpuSeconds: number;
  peakRssBytes: number;
  stdout: string;
  /** [epoch ms, RSS of the process and its workers in bytes], every 50 ms, if asked for. */
  samples: Array<[number, number]>;
  /** Epoch ms at which each line of stdout or stderr arrived (progress goes to stderr). */
  lines: Array<[number, string]>;
}

const PEAK_RSS = new URL('./peak-rss.cjs', import.meta.url).pathname;
/** Clock ticks per second of /proc's times (USER_HZ, 100 on every Linux build that matters). */
const USER_HZ = 100;

/**
 * CPU seconds of the children this process has waited for (cutime + cstime of /proc/self/stat), each of them
 * counting the children it waited for in turn. Measured runs go one at a time, so the difference across one
 * run is that run's whole process tree.
 */
function reapedChildrenCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), counted from the state field (3) after the parenthesised name.
    return (Number(fields[13]) + Number(fields[14])) / USER_HZ;
  } catch {
    return NaN;
  }
}

/**
 * Runs `node <args>` with the peak-RSS probe preloaded (and `env` added to this process's environment);
 * rejects if it exits with an error.
 */
export function measureNode(args: string[], { sample = false, env: extra = {} }: { sample?: boolean; env?: Readonly<Record<string, string>> } = {}): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-bench-'));
  const env = { ...process.env, ...extra, BENCH_PEAK_FILE: join(dir, 'peak'), ...(sample ? { BENCH_RSS_LOG: join(dir, 'rss') } : {}) };
  const t0 = performance.now();
  const cpu0 = reapedChildrenCpu();
  const child = spawn(process.execPath, ['--require', PEAK_RSS, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<[number, string]> = [];
  let stdout = '', stderr = '';
  const splitter = () => {
    let pending = '';
    return (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const l of parts) lines.push([Date.now(), l]);
    };
  };
  const outLines = splitter(), errLines = splitter();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), outLines(chunk)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((stderr += chunk), errLines(chunk)));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const cpuSeconds = reapedChildrenCpu() - cpu0;
      const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
      const samples = read('rss').split('\n').filter(Boolean).map((l) => l.split(' ').map(Number) as [number, number]);
      const peakRssBytes = Number(read('peak')) || 0;
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds, cpuSeconds, peakRssBytes, stdout, samples, lines });
    });
  });
}

export const MB = (bytes: number) => Math.round(bytes / 1048576);

export function listPdfs(root: string): string[] {
  if (!statSync(root).isDirectory()) return [root];
  return readdirSync(root).sort().flatMap((n) => {
    const p = join(root, n);
    return statSync(p).isDirectory() ? listPdfs(p) : /\.pdf$/i.test(n) ? [p] : [];
  });
}

/** Takes `--name value` out of argv (so what is left are the files), or undefined when absent. */
export function takeOption(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv.splice(i, 2)[1];
}
