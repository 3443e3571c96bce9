import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { act, dbOption, Failure, type CommandModule } from '../command.js';

/**
 * `budgetlens report`: the review site. The site is report/'s; this declares the command's options for help and
 * checking, then hands them to report/'s own entry as a command line. A new report option is one line here.
 */
export const reportCommand: CommandModule = (ctx) =>
  new Command('report')
    .description('write a static HTML review site: one page per document, every flag with its evidence')
    .addOption(dbOption())
    .requiredOption('--out <dir>', 'the folder to write the site to (index.html and one page per document)')
    .action(
      act(ctx, async (o: { db: string; out: string }) => {
        if (!existsSync(o.db)) throw new Failure(`The database ${o.db} does not exist; run budgetlens ingest first.`);
        const { reportCommand: run } = await import('../report/command.js');
        return run(['--db', o.db, '--out', o.out, ...(ctx.verbose ? ['--verbose'] : [])], ctx.out);
      }),
    );
