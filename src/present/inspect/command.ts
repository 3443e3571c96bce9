import { parseArgs, UsageError } from '../args.js';
import { COLOURS } from './overlay.js';
import { inspectPage, InspectError } from './inspect-page.js';

const USAGE = 'inspect needs a PDF and --page N --out <dir> (optional --ocr auto|always|never, --scale S).';

/** `budgetlens inspect <file> --page N --out DIR`, in the shape cli.ts registers: argv after the name. */
export async function inspectCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, options } = parseArgs(argv, [], ['page', 'out', 'ocr', 'scale']);
  if (positionals.length !== 1 || typeof options.page !== 'string' || typeof options.out !== 'string') throw new UsageError(USAGE);
  const page = Number(options.page);
  if (!/^\d+$/.test(options.page) || page < 1) throw new UsageError(`--page must be a page number (1 or more), not "${options.page}".`);
  const ocr = options.ocr ?? 'auto';
  if (ocr !== 'auto' && ocr !== 'always' && ocr !== 'never') throw new UsageError(`--ocr must be auto, always or never, not "${ocr}".`);
  const scale = options.scale === undefined ? undefined : Number(options.scale);
  if (scale !== undefined && !(scale > 0 && scale <= 6)) throw new UsageError(`--scale must be a number above 0 and at most 6, not "${options.scale}".`);
  try {
    const r = await inspectPage(positionals[0], page, options.out, { ocr, scale });
    const o = r.overlay;
    out.write(
      `Wrote ${r.png} and ${r.json}: ${o.segments.length} ruling lines (${COLOURS.segment}), ${o.runs.length} text runs (${COLOURS.run}), ` +
        `${o.cells.length} cells (${COLOURS.cell}), ${o.values.length} values with their codes (${COLOURS.value}), ` +
        `${o.columns.length} column roles (${COLOURS.column}), ${o.claims.length} narrative claims (${COLOURS.claim}).\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InspectError) {
      process.stderr.write(`budgetlens inspect: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
