import { z } from 'zod';
import { clusterStatus } from '../../batch/distributed/status.js';
import { parseArgs, UsageError } from '../args.js';

const Options = z.object({
  redis: z.string({ error: 'status needs --redis redis://host:port.' }).regex(/^rediss?:\/\//, '--redis takes a redis:// URL.'),
  format: z.enum(['table', 'json'], { error: '--format takes table or json.' }).default('table'),
});

/** `budgetlens status --redis URL [--format table|json]`: jobs by state, workers, failed jobs with reasons. */
export async function statusCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { options } = parseArgs(argv, ['verbose'], ['redis', 'format']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  const s = await clusterStatus(parsed.data.redis);
  if (parsed.data.format === 'json') {
    out.write(`${JSON.stringify(s)}\n`);
    return 0;
  }
  const c = s.counts;
  out.write(
    `jobs: ${c.waiting + (c.prioritized ?? 0)} waiting, ${c.active} running, ${c.delayed} waiting to retry, ${c.completed} done, ${c.failed} failed; ${s.workers} worker(s) connected\n`,
  );
  for (const f of s.failed) out.write(`failed after ${f.attempts} attempt(s): ${f.path}: ${f.reason}\n`);
  return 0;
}
