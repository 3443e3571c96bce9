import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { act, Failure, type CommandModule } from '../command.js';

/** `budgetlens merge`: shards into one database, idempotent by sha256. */
export const mergeCommand: CommandModule = (ctx) =>
  new Command('merge')
    .description('merge workers\' shard databases into one, by sha256, keeping the more complete result (running it again changes nothing)')
    .argument('<shard.sqlite...>', 'the shards to merge')
    .requiredOption('--db <file.sqlite>', 'the database to merge into (created if missing)')
    .action(
      act(ctx, async (shards: string[], o: { db: string }) => {
        const absent = shards.find((p) => !existsSync(p));
        if (absent) throw new Failure(`The shard ${absent} does not exist.`);
        const { openDatabase } = await import('../../store/open.js');
        const { mergeShards } = await import('../../store/merge.js');
        const db = openDatabase(o.db);
        try {
          const s = mergeShards(db, shards);
          ctx.out.write(`${s.shards} shards merged into ${o.db}: ${s.added} documents added, ${s.replaced} replaced by a more complete result, ${s.unchanged} already there\n`);
          return 0;
        } catch (e) {
          throw new Failure((e as Error).message.split('\n')[0]);
        } finally {
          db.close();
        }
      }),
    );
