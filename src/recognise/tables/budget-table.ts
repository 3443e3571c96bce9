import type { BudgetTable, LineItem, ParseReport, Place, Unit } from '../../model/index.js';
import { parseReportOf } from '../reading/report.js';
import { parseAmountText } from '../../util/money.js';
import { filled, isColumnNumberRow, type Item } from '../rows.js';
import { NONE_WORDS } from '../../vocab/figure-words.js';
import { isGrandTotalName } from '../../vocab/total-words.js';
import type { TableSection } from '../sections.js';

/** Settings every table recogniser receives. */
export interface TableOptions {
  key: string;
  unit: Unit;
  unitStated: boolean;
}

/** Where a note starts: 注：/说明：/备注：, the same in brackets, or a sentence about this table or department. */
const NOTE_START = /^[（(]?\s*(注|说明|备注)\s*\d?\s*[:：.、]|^[（(]\s*(注|说明)|^[（(]?本(部门|单位|表)/;
/**
 * A note's statement that the table has nothing to show: 本表本年无发生额, 本部门没有…安排的支出, 故本表无数据,
 * 注：无, …预算为0. A conditional (此表如无数字则表示单位无该项支出) states it too.
 */
const ZERO_STATEMENT = /无发生额|无数据|没有|不涉及|未安排|空表|为0(?![.\d])|为零|(?:^|[:：])无[。.]?$|无(?:该项|相关|此类)?.{0,16}(预算|支出|收入|安排|内容|数据|事项)/;

const lineOf = (i: Item): string | null => (i.kind === 'line' ? i.text.trim() : filled(i.row).length === 1 ? filled(i.row)[0].trim() : null);

/**
 * The note printed with a table: its first line, and the lines that continue it (a note wraps over several
 * lines, and may fall on the next page before the next table's title), up to the next row of the grid.
 */
export function noteOf(section: TableSection): string | undefined {
  const notes: string[] = [];
  for (let k = 0; k < section.items.length; k++) {
    const first = lineOf(section.items[k]);
    if (!first || !NOTE_START.test(first.replace(/\s+/g, ''))) continue;
    const parts = [first];
    for (let j = k + 1; j < section.items.length && parts.length < 6; j++) {
      const next = lineOf(section.items[j]);
      // A continuation is a short line that does not open another note or end a page (a page number).
      if (!next || NOTE_START.test(next.replace(/\s+/g, '')) || /^[-—\s\d]+$/.test(next) || /[。）)]$/.test(parts.at(-1)!)) break;
      parts.push(next);
      k = j;
    }
    notes.push(parts.join('').replace(/\s+/g, ''));
  }
  if (!notes.length) return undefined;
  // The note that says the table is empty is the one readers need; otherwise the first.
  return notes.find((n) => ZERO_STATEMENT.test(n)) ?? notes[0];
}

/** A note that explains an empty table: a zero statement, or any wording that says there is none (没有, 无, 为0 …). */
export function noteExplainsEmpty(note: string | undefined): boolean {
  return statesZero(note) || Boolean(note && NONE_WORDS.noneOrZero.test(note));
}

export function statesZero(note: string | undefined): boolean {
  return Boolean(note && ZERO_STATEMENT.test(note.replace(/^[（(]?\s*(注|说明|备注)\s*\d?\s*[:：.、]?/, '：')));
}

/** Figures a section prints: cells or bare tokens with decimals or thousands separators (not years, not 栏次). */
export function printedFigures(section: Pick<TableSection, 'items'>): { all: number; nonZero: number } {
  let all = 0;
  let nonZero = 0;
  const count = (raw: string) => {
    const a = parseAmountText(raw);
    if (!a || (a.decimals === 0 && !/[,，]/.test(raw))) return;
    all++;
    if (Number(a.text) !== 0) nonZero++;
  };
  for (const i of section.items) {
    if (i.kind === 'row') {
      if (!isColumnNumberRow(i.row)) i.row.cells.forEach((c) => count(c.text));
    } else i.text.split(/\s+/).forEach(count);
  }
  return { all, nonZero };
}

/**
 * Whether a table was read: 'read' with figures, 'empty' when its pages print none (or only zeros), and
 * 'unread' when they print figures that no line item holds. An unread table is never reported as empty.
 */
export function readStatusOf(section: TableSection, lineItems: readonly LineItem[]): NonNullable<BudgetTable['readStatus']> {
  if (lineItems.some((i) => i.amount.text !== null)) return 'read';
  return printedFigures(section).nonZero > 0 ? 'unread' : 'empty';
}

/** Read status, emptiness and note of a table, from its section: every recogniser's table gets them the same way. */
export function withReading(table: BudgetTable, section: TableSection): BudgetTable {
  const readStatus = readStatusOf(section, table.lineItems);
  const note = table.note ?? noteOf(section);
  return {
    ...table,
    empty: readStatus === 'empty',
    readStatus,
    ...(note ? { note } : {}),
    // Words that say there is none explain a table only when it shows nothing (0.00 throughout or no figure).
    explainedEmpty: statesZero(note) || ((readStatus === 'empty' || table.lineItems.every((i) => (i.amount.fen ?? 0) === 0)) && noteExplainsEmpty(note)),
  };
}

/** The pages a table spans: its title's and its figures' (none when no place has a page, as in a text file). */
export function pageSpan(titlePlace: Place, places: readonly Place[]): { pageFrom?: number; pageTo?: number } {
  const pages = [titlePlace, ...places].map((p) => p.page).filter((p): p is number => p !== undefined);
  return pages.length ? { pageFrom: Math.min(...pages), pageTo: Math.max(...pages) } : {};
}

/**
 * The BudgetTable a recogniser returns: its section's title and places, its columns and cells, whether it
 * prints any figure, and the note printed under it (注：…, 本部门无…) that explains an empty table.
 */
export function budgetTableOf(
  section: TableSection,
  opts: TableOptions,
  columns: BudgetTable['columns'],
  lineItems: LineItem[],
  places: readonly Place[],
  parse?: ParseReport,
): BudgetTable {
  return withReading(
    {
      key: opts.key,
      kind: section.kind,
      title: section.title,
      unit: opts.unit,
      unitStated: opts.unitStated,
      ...pageSpan(section.titlePlace, places),
      place: section.titlePlace,
      columns,
      lineItems: lineItems.map((i) => (isGrandTotalName(i.name) ? { ...i, grandTotal: true as const } : i)),
      empty: !lineItems.some((i) => i.amount.text !== null),
      // Recognisers with one fixed way of reading still report the identities their reading satisfies.
      parse: parse ?? parseReportOf({ strategy: 'fixed', items: section.items, columns: [], lineItems }),
    },
    section,
  );
}
