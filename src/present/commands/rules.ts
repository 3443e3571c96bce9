import { listRules } from '../../reconcile/index.js';
import { parseArgs } from '../args.js';
import { formatRows } from '../format.js';

/** The rule catalogue: id, severity, what it checks. */
export async function rulesCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { options } = parseArgs(argv, ['verbose'], ['format']);
  const format = options.format === 'json' || options.format === 'csv' ? options.format : 'table';
  out.write(formatRows(listRules() as unknown as Record<string, unknown>[], format));
  return 0;
}
