import type { BudgetTable, CodeSource, LineItem } from '../../model/index.js';
import { nameKey } from '../../util/cjk.js';
import { functionClassCode } from '../function-classes.js';
import { checkIdentities } from '../reading/identities.js';
import { printedRows } from '../reading/table-rows.js';

/** Codes a catalogue knows by name, optionally under a parent code. */
export interface CodeLookup {
  codesNamed(name: string, parentCode?: string): readonly string[];
}

/** The 类 names every year's classification prints: the smallest catalogue, always at hand. */
const CLASS_NAMES: CodeLookup = {
  codesNamed(name, parentCode) {
    const code = parentCode ? null : functionClassCode(name);
    return code ? [code] : [];
  },
};

const CODE_LENGTH = [3, 5, 7] as const;

/**
 * Rows printed with a name but no code (the 财政拨款收支总表's '社会保障和就业', Hangzhou's names-only
 * tables) get the code another table of the same document prints for that name ('recovered'), else the
 * one the catalogue knows for that name under the row's parent ('catalogue'). Rows whose level came from
 * indentation are looked up under their parent's code, so 其他一般公共服务支出 as 款 (20199) and as 项
 * (2019999) each get their own. Only unambiguous names are filled in; the rest keep a null code.
 */
export function recoverFunctionCodes(tables: readonly BudgetTable[], catalogue: CodeLookup = CLASS_NAMES): BudgetTable[] {
  const byName = new Map<string, Set<string>>();
  for (const t of tables) {
    for (const li of t.lineItems) {
      if (!li.code || li.classification !== 'function') continue;
      for (const key of [nameKey(li.name), nameKey(li.name).replace(/支出$/, '')]) {
        if (!byName.has(key)) byName.set(key, new Set());
        byName.get(key)!.add(li.code);
      }
    }
  }
  const printedFor = (name: string) => [...(byName.get(nameKey(name)) ?? byName.get(nameKey(name).replace(/支出$/, '')) ?? [])];
  const find = (name: string, level: number | undefined, parent: string | null): { code: string; source: CodeSource } | null => {
    const fits = (c: string) => (level === undefined || c.length === CODE_LENGTH[level]) && (!parent || c.startsWith(parent));
    const printed = printedFor(name).filter(fits);
    if (printed.length === 1) return { code: printed[0], source: 'recovered' };
    if (printed.length > 1) return null;
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
      const parent = level ? ancestors[level - 1] : null;
      const found = level && !parent ? null : find(first.name, level, parent);
      if (level !== undefined) {
        ancestors[level] = found?.code ?? null;
        for (let l = level + 1; l < ancestors.length; l++) ancestors[l] = null;
      }
      out.push(...(found ? row.map((li) => ({ ...li, code: found.code, codeSource: found.source, classification: 'function' as const, rowKind: 'item' as const })) : row));
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
