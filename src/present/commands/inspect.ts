import { Command, InvalidArgumentError, Option } from 'commander';
import { act, Failure, wholeNumber, type CommandModule } from '../command.js';

/** `budgetlens inspect`: one page drawn with what each stage made of it; the drawing is inspect/'s. */
export const inspectCommand: CommandModule = (ctx) =>
  new Command('inspect')
    .description('draw one page of a PDF with its ruling lines, text runs, cells, column roles, codes and claims over it (PNG + JSON)')
    .argument('<file>', 'the PDF to inspect')
    .requiredOption('--page <n>', 'the page to draw (1 or more)', wholeNumber('--page', 1))
    .requiredOption('--out <dir>', 'the folder to write the page picture and its overlay data to')
    .addOption(new Option('--ocr <mode>', 'OCR for a page without a text layer: auto, always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--scale <s>', 'picture scale against PDF points (above 0, at most 6)', (v: string) => {
      const s = Number(v);
      if (!(s > 0 && s <= 6)) throw new InvalidArgumentError('--scale takes a number above 0 and at most 6');
      return s;
    })
    .action(
      act(ctx, async (file: string, o: { page: number; out: string; ocr: 'auto' | 'always' | 'never'; scale?: number }) => {
        const { inspectPage, InspectError } = await import('../inspect/inspect-page.js');
        const { COLOURS } = await import('../inspect/overlay.js');
        try {
          const r = await inspectPage(file, o.page, o.out, { ocr: o.ocr, scale: o.scale });
          const v = r.overlay;
          ctx.out.write(
            `Wrote ${r.png} and ${r.json}: ${v.segments.length} ruling lines (${COLOURS.segment}), ${v.runs.length} text runs (${COLOURS.run}), ` +
              `${v.cells.length} cells (${COLOURS.cell}), ${v.values.length} values with their codes (${COLOURS.value}), ` +
              `${v.columns.length} column roles (${COLOURS.column}), ${v.claims.length} narrative claims (${COLOURS.claim}).\n`,
          );
          return 0;
        } catch (e) {
          if (e instanceof InspectError) throw new Failure(e.message);
          throw e;
        }
      }),
    );
