import { Command } from 'commander';
import { act, Failure, wholeNumber, type CommandModule } from '../command.js';
import { redisOption } from './redis-option.js';

/** `budgetlens enqueue`: one job per file on the cluster's queue, keyed by sha256. */
export const enqueueCommand: CommandModule = (ctx) =>
  new Command('enqueue')
    .description('put files on the cluster\'s queue in Redis (one job per file, keyed by sha256) for `budgetlens worker` to read')
    .argument('<file-or-dir...>', 'files and folders to queue (their paths must be readable on every worker)')
    .addOption(redisOption())
    .option('--attempts <n>', 'tries for a document whose process fails (crash, timeout, memory) before it fails with the reason', wholeNumber('--attempts', 1, 20), 3)
    .action(
      act(ctx, async (inputs: string[], o: { redis: string; attempts: number }) => {
        const { discoverFiles } = await import('../../batch/discover.js');
        const { SUPPORTED_EXTENSIONS } = await import('../../ingest/index.js');
        const { enqueueFiles } = await import('../../batch/distributed/enqueue.js');
        const { defaultSettings } = await import('../../process-settings.js');
        const { terminalLine } = await import('../../util/terminal-text.js');
        const found = discoverFiles(inputs, SUPPORTED_EXTENSIONS);
        for (const m of found.missing) ctx.err.write(`budgetlens enqueue: ${terminalLine(m)} does not exist; skipped.\n`);
        for (const n of found.notes) ctx.out.write(`not read: ${terminalLine(n.path)}: ${n.reason}\n`);
        if (!found.files.length) throw new Failure(`No ${SUPPORTED_EXTENSIONS.join('/')} files found under ${inputs.join(', ')}.`);
        const s = await enqueueFiles(o.redis, found.files, defaultSettings(), o.attempts);
        ctx.out.write(
          `${found.files.length} files: ${s.added} jobs added, ${s.known} already queued or done` +
            `${s.duplicates ? `, ${s.duplicates} duplicate file(s) with identical content` : ''}\n`,
        );
        return 0;
      }),
    );
