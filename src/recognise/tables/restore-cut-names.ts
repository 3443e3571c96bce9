import type { BudgetTable, LineItem } from '../../model/index.js';
import { nameOf, normaliseName, pairStatus } from '../vocab/code-catalogue.js';

/** Fewer characters than this are not taken for the start of a name (a stray '其他' names nothing). */
const MIN_KEPT = 4;

/**
 * Names cut short where their code is printed: a spreadsheet printed to PDF clips each cell, so a long name
 * loses its tail ('水利工程运行与维' for 2130306 水利工程运行与维护; the clipped text is not read, by design).
 * Where the printed code's catalogue name for the year begins with the printed name, and no document
 * prints the short form as that code's name (Shenzhen's 221 住房保障 is a printed variant, kept), the
 * catalogue's name is taken and the item says so (`nameSource` 'catalogue'). Cross-classified names
 * ('机关事业单位职业年金/30109-职业年金缴费') are restored part by part, each by its own code.
 */
export function restoreCutNames(tables: readonly BudgetTable[], year?: number | null): BudgetTable[] {
  return tables.map((t) => {
    let restored = 0;
    const lineItems = t.lineItems.map((li) => {
      const fixed = restoredName(li, year ?? undefined);
      if (!fixed) return li;
      restored++;
      return { ...li, name: fixed, nameSource: 'catalogue' as const };
    });
    if (!restored) return t;
    const note = `names cut by the page completed from the code catalogue: ${restored} cell(s)`;
    return { ...t, lineItems, ...(t.parse ? { parse: { ...t.parse, notes: [...t.parse.notes, note] } } : {}) };
  });
}

function restoredName(li: LineItem, year?: number): string | null {
  if (!li.code || (li.codeSource && li.codeSource !== 'printed')) return null;
  const parts = li.name.split('/');
  // 'function name/economic code-economic name' when cross-classified, else one name for the row's code.
  const cross = parts.length === 2 && /^\d{3,7}-/.test(parts[1]) ? parts : null;
  if (!cross) {
    const full = completed(li.code, li.name, year);
    return full ?? null;
  }
  const [fnName, econ] = cross;
  const econCode = econ.slice(0, econ.indexOf('-'));
  const econName = econ.slice(econ.indexOf('-') + 1);
  const fn = completed(li.code, fnName, year);
  const ec = completed(econCode, econName, year);
  return fn || ec ? `${fn ?? fnName}/${econCode}-${ec ?? econName}` : null;
}

/** The catalogue's name for `code` when `printed` is its beginning cut short, else null. */
function completed(code: string, printed: string, year?: number): string | null {
  const name = normaliseName(printed);
  if (name.length < MIN_KEPT) return null;
  const full = nameOf(code, year);
  if (!full) return null;
  const whole = normaliseName(full);
  if (whole.length <= name.length || !whole.startsWith(name)) return null;
  // 社会保障和就业 for 208 社会保障和就业支出: the usual suffix left off is how many tables name a class, not a cut.
  if (/^(的)?支出$/.test(whole.slice(name.length))) return null;
  return pairStatus(code, printed) === 'known' ? null : full;
}
