import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Failure, UsageError } from '../command.js';
import type { QueryJob, QueryOutcome } from './query-process.js';

/** A query child's V8 heap (MB): the table format holds at most maxRows rows in it. */
const CHILD_HEAP_MB = 512;

/**
 * Runs a read-only statement in a child process that is killed at `timeoutS`, its rows streamed to `out`.
 * Returns the outcome; throws a Failure (exit 1) or UsageError (exit 2) with one sentence.
 */
export async function runQuery(job: QueryJob, timeoutS: number, out: NodeJS.WritableStream): Promise<{ rows: number; notShown: number }> {
  const ts = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(ts ? './query-process.ts' : './query-process.js', import.meta.url));
  const child = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, ...(ts ? ['--import', import.meta.resolve('tsx')] : []), entry, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The child never outlives us (a closed pipe ends this process mid-query).
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  let outcome: QueryOutcome | undefined;
  let stderr = '';
  let timedOut = false;
  child.on('message', (m: QueryOutcome) => (outcome = m));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s.slice(0, 4000)));
  child.stdout!.pipe(out, { end: false });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutS * 1000);
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  clearTimeout(timer);
  process.off('exit', killChild);
  if (timedOut) {
    throw new Failure(`The query ran longer than --timeout (${timeoutS} s) and was stopped; a recursive WITH needs a condition that ends it (or give a longer --timeout).`);
  }
  if (outcome && 'done' in outcome) return outcome;
  if (outcome) throw outcome.usage ? new UsageError(outcome.error) : new Failure(outcome.error);
  if (/heap out of memory|Allocation failed/i.test(stderr)) throw new Failure(`The query's result needs more than ${CHILD_HEAP_MB} MB; use --format csv or json (streamed), or a smaller --max-rows.`);
  throw new Failure(`The query stopped without an answer (${signal ?? `exit code ${code}`}): ${stderr.split('\n').find((l) => l.trim()) ?? 'no message'}.`);
}
