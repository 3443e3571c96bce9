import { z } from 'zod';
import { discoverFiles } from '../../batch/discover.js';
import { enqueueFiles } from '../../batch/distributed/enqueue.js';
import { SUPPORTED_EXTENSIONS } from '../../ingest/index.js';
import { defaultSettings } from '../../process-document.js';
import { parseArgs, UsageError } from '../args.js';

const Options = z.object({
  redis: z.string({ error: 'enqueue needs --redis redis://host:port.' }).regex(/^rediss?:\/\//, '--redis takes a redis:// URL.'),
  attempts: z.coerce.number().int().min(1).max(20).default(3),
});

/** `budgetlens enqueue <file-or-dir>... --redis URL [--attempts N]`: one job per file, keyed by sha256. */
export async function enqueueCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose'], ['redis', 'attempts']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  if (!positionals.length) throw new UsageError('enqueue needs at least one file or directory.');
  const { files, missing, notes } = discoverFiles(positionals, SUPPORTED_EXTENSIONS);
  for (const m of missing) process.stderr.write(`budgetlens: ${m} does not exist; skipped.\n`);
  for (const n of notes) out.write(`not read: ${n.path}: ${n.reason}\n`);
  if (!files.length) {
    process.stderr.write(`budgetlens: no ${SUPPORTED_EXTENSIONS.join('/')} files found under ${positionals.join(', ')}.\n`);
    return 1;
  }
  const s = await enqueueFiles(parsed.data.redis, files, defaultSettings(), parsed.data.attempts);
  out.write(`${files.length} files: ${s.added} jobs added, ${s.known} already queued or done${s.duplicates ? `, ${s.duplicates} duplicate file(s) with identical content` : ''}\n`);
  return 0;
}
