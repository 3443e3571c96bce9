import { Command, Option } from 'commander';
import { act, type CommandModule } from '../command.js';
import { redisOption } from './redis-option.js';

/** `budgetlens status`: progress across the cluster. */
export const statusCommand: CommandModule = (ctx) =>
  new Command('status')
    .description('the cluster\'s progress: jobs waiting, running, waiting to retry, done and failed (with reasons), workers connected')
    .addOption(redisOption())
    .addOption(new Option('--format <format>', 'output format: table on screen, or json for programs').choices(['table', 'json']).default('table'))
    .action(
      act(ctx, async (o: { redis: string; format: 'table' | 'json' }) => {
        const { clusterStatus } = await import('../../batch/distributed/status.js');
        const { terminalLine } = await import('../../util/terminal-text.js');
        const s = await clusterStatus(o.redis);
        if (o.format === 'json') {
          ctx.out.write(`${JSON.stringify(s)}\n`);
          return 0;
        }
        const c = s.counts;
        ctx.out.write(
          `jobs: ${c.waiting + (c.prioritized ?? 0)} waiting, ${c.active} running, ${c.delayed} waiting to retry, ${c.completed} done, ${c.failed} failed; ${s.workers} worker(s) connected\n`,
        );
        for (const f of s.failed) ctx.out.write(`failed after ${f.attempts} attempt(s): ${terminalLine(f.path)}: ${terminalLine(f.reason)}\n`);
        return 0;
      }),
    );
