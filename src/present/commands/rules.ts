import { Command } from 'commander';
import { act, formatOption, fullOption, type CommandModule } from '../command.js';
import { screenColumns, writeRows } from '../format.js';

/** `budgetlens rules`: the rule catalogue. */
export const rulesCommand: CommandModule = (ctx) =>
  new Command('rules')
    .description('list every rule id a flag can carry (with its -rounding and -unresolved variants): severity, document types, what it checks')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(fullOption())
    .action(
      act(ctx, async (o: { format: 'table' | 'json' | 'csv'; full?: boolean }) => {
        const { ruleCatalogue } = await import('../rule-catalogue.js');
        const rules = ruleCatalogue();
        const columns = o.format === 'table' ? (['id', 'severity', 'description'] as const) : (['id', 'severity', 'docTypes', 'description', 'descriptionEn'] as const);
        await writeRows(rules.map((r) => columns.map((c) => r[c])), columns, o.format, ctx.out, { width: screenColumns(ctx.out), full: o.full });
        return 0;
      }),
    );
