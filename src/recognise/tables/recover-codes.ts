import type { BudgetTable, CodeSource, LineItem } from '../../model/index.js';
import { nameKey } from '../../util/cjk.js';
import { classificationOf } from '../codes.js';
import { functionClassCode } from '../function-classes.js';
import { checkIdentities } from '../reading/identities.js';
import { printedRows } from '../reading/table-rows.js';
import { codesNamed } from '../vocab/code-catalogue.js';

/** Codes a catalogue knows by name, optionally under a parent code. */
export interface CodeLookup {
  codesNamed(name: string, parentCode?: string): readonly string[];
}

/** The shipped catalogue (codes as documents print them), for a fiscal year. */
export function shippedCatalogue(year?: number | null): CodeLookup {
  return { codesNamed: (name, parentCode) => codesNamed(name, parentCode, year ?? undefined) };
}

/** The 类 names every year's classification prints: the smallest catalogue, always at hand. */
const CLASS_NAMES: CodeLookup = {
  codesNamed(name, parentCode) {
    const code = parentCode ? null : functionClassCode(name);
    return code ? [code] : [];
  },
};

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
 * (2019999) each get their own. Only unambiguous names are filled in; the rest keep a null code.
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
  // Under a parent the child is one level deeper (two more digits); without one, any unambiguous code of the name.
  const find = (name: string, parent: string | null, functionOnly: boolean): { code: string; source: CodeSource } | null => {
    const fits = (c: string) => (!functionOnly || c.startsWith('2')) && (!parent || (c.length > parent.length && c.startsWith(parent)));
    const printed = printedFor(name).filter(fits);
    if (printed.length === 1) return { code: printed[0], source: 'recovered' };
    // The catalogue only where the row's place in a hierarchy is known: a bare name can sit under many parents.
    if (printed.length > 1 || functionOnly) return null;
    const known = [...new Set([...catalogue.codesNamed(name, parent ?? undefined), ...(catalogue === CLASS_NAMES ? [] : CLASS_NAMES.codesNamed(name, parent ?? undefined))])].filter(fits);
    return known.length === 1 ? { code: known[0], source: 'catalogue' } : null;
  };
  return tables.map((t) => {
    if (!t.lineItems.some((li) => !li.code && (li.rowKind === 'item' || li.level !== undefined))) return t;
    const ancestors: Array<string | null> = [null, null, null];
    const out: LineItem[] = [];
    for (const row of printedRows(t.lineItems)) {
      const first = row[0];
      // Rows whose level came from indentation are uncoded subtotals until their code is found.
      const leveled = first.level !== undefined && first.rowKind === 'subtotal';
      if (first.code || (first.rowKind !== 'item' && !leveled) || first.side === 'income') {
        out.push(...row);
        continue;
      }
      const level = first.level;
      // The nearest coded ancestor (a unit row above the classes has none).
      const parent = level ? (ancestors.slice(0, level).reverse().find((a) => a) ?? null) : null;
      // Rows without a level (a 收支总表's expenditure side) are function classes, as before.
      const found = find(first.name, parent, level === undefined);
      if (level !== undefined) {
        ancestors[level] = found?.code ?? null;
        for (let l = level + 1; l < ancestors.length; l++) ancestors[l] = null;
      }
      out.push(...(found ? row.map((li) => ({ ...li, code: found.code, codeSource: found.source, classification: classificationOf(found.code, false), rowKind: 'item' as const })) : row));
    }
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
