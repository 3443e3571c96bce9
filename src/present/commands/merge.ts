import { existsSync } from 'node:fs';
import { z } from 'zod';
import { openDatabase } from '../../store/open.js';
import { mergeShards } from '../../store/merge.js';
import { parseArgs, UsageError } from '../args.js';

const Options = z.object({ db: z.string({ error: 'merge needs --db <all.sqlite>.' }) });

/** `budgetlens merge <shard.sqlite>... --db all.sqlite`: idempotent by sha256. */
export async function mergeCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['verbose'], ['db']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  if (!positionals.length) throw new UsageError('merge needs at least one shard database.');
  const absent = positionals.find((p) => !existsSync(p));
  if (absent) {
    process.stderr.write(`budgetlens: the shard ${absent} does not exist.\n`);
    return 1;
  }
  const db = openDatabase(parsed.data.db);
  try {
    const s = mergeShards(db, positionals);
    out.write(`${s.shards} shards merged into ${parsed.data.db}: ${s.added} documents added, ${s.replaced} replaced by a more complete result, ${s.unchanged} already there\n`);
    return 0;
  } finally {
    db.close();
  }
}
