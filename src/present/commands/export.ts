import { Command, Option } from 'commander';
import { act, dbOption, type CommandModule } from '../command.js';

/** `budgetlens export`: tidy CSVs with a Frictionless descriptor, or a Fiscal Data Package. */
export const exportCommand: CommandModule = (ctx) =>
  new Command('export')
    .description('write the data for other tools: one CSV per table and view with datapackage.json (csv), or an Open Fiscal Data Package (fdp)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'csv: every table and research view; fdp: budget lines as a Fiscal Data Package').choices(['csv', 'fdp']).makeOptionMandatory())
    .requiredOption('--out <dir>', 'the folder to write to (created if missing)')
    .action(
      act(ctx, async (o: { db: string; format: 'csv' | 'fdp'; out: string }) => {
        const { runExport } = await import('../export/command.js');
        await runExport(o, (line) => ctx.out.write(line + '\n'));
        return 0;
      }),
    );
