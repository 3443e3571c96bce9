import type { BudgetTable, CodeSource, LineItem } from '../../model/index.js';
import { nameKey } from '../../util/cjk.js';
import { classificationOf } from '../codes.js';
import { functionClassCode } from '../function-classes.js';
import { checkIdentities } from '../reading/identities.js';
import { printedRows } from '../reading/table-rows.js';
import { codesNamedNearYear, standardItemCode } from '../vocab/code-catalogue.js';

/** Codes a catalogue knows by name, optionally under a parent code. */
export interface CodeLookup {
  codesNamed(name: string, parentCode?: string): readonly string[];
}

/**
 * The shipped catalogue (codes as documents print them), for a fiscal year (a name the years print with two
 * codes takes the nearest year's); under a known 款 whose pair the
 * catalogue lacks, the classification's standard 项 ending for the exact name (机关服务 under 20402: 2040203),
 * so one 项 no harvested document printed does not leave its whole 类 uncoded.
 */
export function shippedCatalogue(year?: number | null): CodeLookup {
  return {
    codesNamed(name, parentCode) {
      const printed = codesNamedNearYear(name, parentCode, year ?? undefined);
      if (printed.length || !parentCode) return printed;
      const standard = standardItemCode(name, parentCode, year ?? undefined);
      return standard ? [standard] : [];
    },
  };
}

/** The 类 names every year's classification prints: the smallest catalogue, always at hand. */
const CLASS_NAMES: CodeLookup = {
  codesNamed(name, parentCode) {
    const code = parentCode ? null : functionClassCode(name);
    return code ? [code] : [];
  },
};

/** Points of x within which two names are printed at the same indentation. */
const INDENT_TOLERANCE = 3;

/** Where a table read in print order stands: the 类 and 款 printed last (function codes), and the 款's indent. */
interface Context {
  cls: string | null;
  kuan: string | null;
  kuanIndent?: number;
}

function enter(ctx: Context, code: string, indent: number | undefined): void {
  if (!/^2\d{2}(?:\d{2}){0,2}$/.test(code)) return;
  const kuan = code.length >= 5 ? code.slice(0, 5) : null;
  // The 款's indent is known only from its own row; a 项 of another 款 leaves it unknown.
  if (code.length === 5 && indent !== undefined) ctx.kuanIndent = indent;
  else if (kuan !== ctx.kuan || code.length === 5) delete ctx.kuanIndent;
  ctx.cls = code.slice(0, 3);
  ctx.kuan = kuan;
}

/**
 * A name that can stand for a code: two characters or more once 支出 is dropped. A bare '支出' (a column
 * header, or the wrapped tail of a long name stored on its own) names no code, and recovering one for it
 * made a header cell a child row of 229.
 */
const namesAnything = (key: string) => key.length >= 2;

/**
 * Rows printed with a name but no code (the 财政拨款收支总表's '社会保障和就业', Hangzhou's names-only
 * tables) get the code another table of the same document prints for that name ('recovered'), else the
 * one the catalogue knows for that name under the row's parent ('catalogue'). Rows whose level came from
 * indentation are looked up under their parent's code, so 其他一般公共服务支出 as 款 (20199) and as 项
 * (2019999) each get their own; rows without a level are looked up as children of the 类/款 printed above
 * them. Only unambiguous names are filled in; the rest keep a null code.
 */
export function recoverFunctionCodes(tables: readonly BudgetTable[], catalogue: CodeLookup = shippedCatalogue()): BudgetTable[] {
  const byName = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const li of t.lineItems) {
      if (!li.code || li.classification === 'other') continue;
      for (const key of [nameKey(li.name), nameKey(li.name).replace(/支出$/, '')]) {
        if (!namesAnything(key)) continue;
        if (!byName.has(key)) byName.set(key, new Set());
        byName.get(key)!.add(li.code);
      }
    }
  }
  const printedFor = (name: string) => !namesAnything(nameKey(name).replace(/支出$/, '')) ? [] : [...(byName.get(nameKey(name)) ?? byName.get(nameKey(name).replace(/支出$/, '')) ?? [])];
  // Under a parent the child is exactly `depth` levels deeper (two digits a level); without one, any unambiguous
  // code of the name, except for a row whose level the indentation gave (`leveled`): a 类 is 3 digits, so 其他支出
  // printed as a 类 is 229, not its 款 22999 or 项 2299999 of the same name.
  const find = (name: string, parent: string | null, functionOnly: boolean, depth = 1, leveled = false): { code: string; source: CodeSource } | null => {
    const fits = (c: string) =>
      (!functionOnly || c.startsWith('2')) && (parent ? c.length === parent.length + 2 * depth && c.startsWith(parent) : !leveled || c.length === 1 + 2 * depth);
    const printed = printedFor(name).filter(fits);
    if (printed.length === 1) return { code: printed[0], source: 'recovered' };
    // The catalogue only where the row's place in a hierarchy is known: a bare name can sit under many parents.
    if (printed.length > 1 || functionOnly) return null;
    const known = [...new Set([...catalogue.codesNamed(name, parent ?? undefined), ...(catalogue === CLASS_NAMES ? [] : CLASS_NAMES.codesNamed(name, parent ?? undefined))])].filter(fits);
    return known.length === 1 ? { code: known[0], source: 'catalogue' } : null;
  };
  /**
   * A row without a level, read in the order the table prints it (a 收支总表's expenditure side: 类, its 款, their
   * 项): its code is a child of the 类 or of the 款 printed above it, never that parent's own code. So 其他X支出
   * printed twice is first the 款 (a child of the 类) and then its 项 (a child of that 款). Where a name fits at
   * both levels, the indentation decides: the 款's own indent is a 款, deeper is a 项.
   */
  const inContext = (row: LineItem, ctx: Context): { code: string; source: CodeSource } | null => {
    const parents = [ctx.kuan, ctx.cls].filter((p): p is string => p !== null);
    // The 款 just printed is no sibling of itself: its name printed again below it is its 项.
    const found = parents.map((p) => find(row.name, p, false)).filter((hit): hit is NonNullable<typeof hit> => hit !== null && hit.code !== ctx.kuan);
    if (found.length === 1) return found[0];
    if (found.length !== 2 || row.indent === undefined || ctx.kuanIndent === undefined) return null;
    // found[0] is the 项 reading (under the 款), found[1] the 款 reading (under the 类).
    if (row.indent > ctx.kuanIndent + INDENT_TOLERANCE) return found[0];
    if (Math.abs(row.indent - ctx.kuanIndent) <= INDENT_TOLERANCE) return found[1];
    return null;
  };
  return tables.map((t) => {
    if (!t.lineItems.some((li) => !li.code && (li.rowKind === 'item' || li.level !== undefined))) return t;
    const ancestors: Array<string | null> = [null, null, null];
    const ctx: Context = { cls: null, kuan: null };
    // Rows as read, with (for rows coded by their place under the row above) the reading without that place.
    const read: Array<{ row: LineItem[]; block: number; withoutPlace?: LineItem[] }> = [];
    let block = 0;
    const coded = (row: LineItem[], found: { code: string; source: CodeSource } | null) =>
      found ? row.map((li) => ({ ...li, code: found.code, codeSource: found.source, classification: classificationOf(found.code, false), rowKind: 'item' as const })) : row;
    for (const row of printedRows(t.lineItems)) {
      const first = row[0];
      // A 类 is printed once: its name again inside its own rows (其他支出 under 其他支出) names its 款 or 项,
      // whose code its place gives; the 类 code the name alone gave is kept only where no place is found.
      const repeated = first.side === 'expenditure' && first.rowKind === 'item' && first.code?.length === 3 && first.code === ctx.cls && read.at(-1)?.block === block;
      const placedRepeat = repeated ? inContext(first, ctx) : null;
      if (placedRepeat) {
        enter(ctx, placedRepeat.code, first.indent);
        read.push({ row: coded(row, placedRepeat), block, withoutPlace: row });
        continue;
      }
      // A 类 row or a total ends the rows a 类 holds.
      if (first.rowKind === 'total' || (first.code?.length === 3 && first.side !== 'income')) block++;
      // Rows whose level came from indentation are uncoded subtotals until their code is found.
      const leveled = first.level !== undefined && first.rowKind === 'subtotal';
      if (first.code || (first.rowKind !== 'item' && !leveled) || first.side === 'income') {
        if (first.code && first.rowKind === 'item') enter(ctx, first.code, first.indent);
        read.push({ row, block });
        continue;
      }
      const level = first.level;
      if (level === undefined) {
        // Rows without a level (a 收支总表's expenditure side) are function classes, or children of the rows above them.
        const bare = find(first.name, null, true);
        const placed = inContext(first, ctx);
        const found = placed ?? bare;
        if (found?.code.length === 3) block++;
        if (found) enter(ctx, found.code, first.indent);
        read.push({ row: coded(row, found), block, ...(placed ? { withoutPlace: coded(row, bare) } : {}) });
        continue;
      }
      // The nearest coded ancestor (a unit row above the classes has none), and how many levels up it is.
      const parentLevel = level ? ancestors.slice(0, level).map((a, l) => (a ? l : -1)).reduce((m, l) => Math.max(m, l), -1) : -1;
      const parent = parentLevel >= 0 ? ancestors[parentLevel] : null;
      const found = find(first.name, parent, false, level - parentLevel, true);
      ancestors[level] = found?.code ?? null;
      for (let l = level + 1; l < ancestors.length; l++) ancestors[l] = null;
      read.push({ row: coded(row, found), block });
    }
    // Codes found by their place stand only where every row under the same 类 got one: a 类 with an uncoded
    // 款 (a name the catalogue does not know) would fail its sums for want of a code, not of money.
    // An uncoded row printed at the indentation of the block's coded 款 or deeper is placed all the same (a sibling
    // 款 or a 项 of one; the sums take it by its indentation), so it does not undo the block's codes.
    const kuanIndents = new Map<number, number[]>();
    for (const r of read) {
      const li = r.row[0];
      if (li.code?.length === 5 && li.indent !== undefined) kuanIndents.set(r.block, [...(kuanIndents.get(r.block) ?? []), li.indent]);
    }
    const placedByIndent = (r: (typeof read)[number]) => {
      const at = kuanIndents.get(r.block);
      const x = r.row[0].indent;
      return !!at && x !== undefined && Math.max(...at) - Math.min(...at) <= INDENT_TOLERANCE && x >= Math.min(...at) - INDENT_TOLERANCE;
    };
    const incomplete = new Set(
      read.filter((r) => r.block > 0 && !r.row[0].code && r.row[0].rowKind === 'item' && r.row[0].side !== 'income' && !placedByIndent(r)).map((r) => r.block),
    );
    const out = read.flatMap((r) => (r.withoutPlace && incomplete.has(r.block) ? r.withoutPlace : r.row));
    // A names-only table takes codes only when every row of its hierarchy gets one: a coded 类 with an
    // uncoded 款 would make its sums (and every rule checking them) fail for want of a code, not of money.
    const leveled = printedRows(out).filter((r) => r[0].level !== undefined);
    const uncoded = leveled.filter((r) => !r[0].code).length;
    if (leveled.length && uncoded) {
      const note = `names-only: codes found for ${leveled.length - uncoded} of ${leveled.length} rows; left uncoded until every row has one`;
      const parse = t.parse ? { ...t.parse, notes: [...t.parse.notes, note] } : undefined;
      return { ...t, ...(parse ? { parse } : {}) };
    }
    return { ...t, lineItems: out, ...(t.parse ? { parse: withCodeSources(t.parse, out) } : {}) };
  });
}

function withCodeSources(parse: NonNullable<BudgetTable['parse']>, items: readonly LineItem[]): NonNullable<BudgetTable['parse']> {
  const codeSources = { printed: 0, recovered: 0, catalogue: 0, none: 0 };
  for (const [li] of printedRows(items)) {
    if (li.rowKind === 'total' || li.rowKind === 'subtotal') continue;
    if (!li.code) codeSources.none++;
    else codeSources[li.codeSource ?? 'printed']++;
  }
  // Codes found for names-only rows make their hierarchy checkable: the report says what closes now.
  return { ...parse, codeSources, identities: checkIdentities(items) };
}
