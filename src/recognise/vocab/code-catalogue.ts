import { readFileSync } from 'node:fs';
import { FUNCTION_CLASS_NAMES } from '../../vocab/function-class-names.js';

/**
 * The catalogue of classification codes (政府收支分类科目) as real documents print them, per year: a prior
 * for reading a table (which code a name has under its parent, whether a printed code exists) and a
 * check on printed code/name pairs. The data (code-catalogue.tsv) is harvested by
 * scripts/harvest-codes.ts from tables whose sums close; names change between years (医疗卫生与计划生育支出
 * became 卫生健康支出), so lookups take the year and prefer entries of that year, then the nearest one.
 */

/** 支出功能分类 (类 3, 款 5, 项 7 digits), 部门预算支出经济分类 (301...), 政府预算支出经济分类 (501...). */
export type CodeScheme = 'function' | 'economic_dept' | 'economic_gov';

export interface CatalogueEntry {
  /** null: the source does not say which year. */
  fiscalYear: number | null;
  scheme: CodeScheme;
  code: string;
  /** As printed (spaces removed). */
  name: string;
  /** How many documents print this pair. */
  documents: number;
  reference: boolean;
}

/** A name for comparison: full-width forms to half-width (brackets, digits, colons), no spaces. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[〔［【]/g, '(').replace(/[〕］】]/g, ')');
}

/** The scheme a code belongs to by its shape: function codes begin with 2, economic with 3 (department) or 5 (government). */
export function schemeByShape(code: string): CodeScheme | undefined {
  if (!/^\d+$/.test(code) || ![3, 5, 7].includes(code.length)) return undefined;
  return code[0] === '2' ? 'function' : code[0] === '3' ? 'economic_dept' : code[0] === '5' ? 'economic_gov' : undefined;
}

let loaded: CatalogueEntry[] | undefined;

/**
 * A measurement run may read another catalogue (scripts/holdout.ts: one harvested without the city it
 * measures); users always read the shipped one. This is the only place the variable is read.
 */
const CATALOGUE_FILE_VARIABLE = 'BUDGETLENS_CODE_CATALOGUE';

/** Every entry of the shipped catalogue (or of the measurement run's, see CATALOGUE_FILE_VARIABLE). */
export function catalogueEntries(): readonly CatalogueEntry[] {
  const file = process.env[CATALOGUE_FILE_VARIABLE] || new URL('./code-catalogue.tsv', import.meta.url);
  return (loaded ??= parseCatalogue(readFileSync(file, 'utf8')));
}

export function parseCatalogue(tsv: string): CatalogueEntry[] {
  const lines = tsv.split('\n').filter((l) => l && !l.startsWith('#'));
  return lines.slice(1).map((l) => {
    const [year, scheme, code, name, documents, reference] = l.split('\t');
    return { fiscalYear: year ? Number(year) : null, scheme: scheme as CodeScheme, code, name, documents: Number(documents), reference: reference === '1' };
  });
}

const byCode = (): Map<string, CatalogueEntry[]> => (indexByCode ??= group(catalogueEntries(), (e) => e.code));
const byName = (): Map<string, CatalogueEntry[]> => (indexByName ??= group(catalogueEntries(), (e) => normaliseName(e.name)));
let indexByCode: Map<string, CatalogueEntry[]> | undefined;
let indexByName: Map<string, CatalogueEntry[]> | undefined;

function group(entries: readonly CatalogueEntry[], key: (e: CatalogueEntry) => string): Map<string, CatalogueEntry[]> {
  const m = new Map<string, CatalogueEntry[]>();
  for (const e of entries) m.set(key(e), [...(m.get(key(e)) ?? []), e]);
  return m;
}

/**
 * Entries ranked for a year: that year first, then the nearest year (a later one on a tie), then entries
 * whose year is not stated; within a year, the pair most documents print.
 */
function rankForYear(entries: readonly CatalogueEntry[], year?: number): CatalogueEntry[] {
  const distance = (e: CatalogueEntry) => (e.fiscalYear == null ? 1000 : year == null ? 0 : Math.abs(e.fiscalYear - year) * 2 - (e.fiscalYear > year ? 1 : 0));
  return [...entries].sort((a, b) => distance(a) - distance(b) || b.documents - a.documents || Number(b.reference) - Number(a.reference));
}

/** The name of a code in a year (or the nearest year the catalogue knows), undefined for an unknown code. */
export function nameOf(code: string, year?: number): string | undefined {
  return rankForYear(byCode().get(code) ?? [], year)[0]?.name;
}

/** Whether the catalogue knows the code (in any year). */
export function isKnown(code: string): boolean {
  return byCode().has(code);
}

/** The code's scheme: from the catalogue when it knows the code, else by the code's shape. */
export function schemeOf(code: string): CodeScheme | undefined {
  return byCode().get(code)?.[0].scheme ?? schemeByShape(code);
}

/** The level below a parent: 类 (3) -> 款 (5) -> 项 (7). */
const childLength = (parent: string) => (parent.length === 3 ? 5 : parent.length === 5 ? 7 : undefined);

/**
 * Codes printed with this name (compared after normaliseName), most likely first; with `parentCode`,
 * only its direct children (a 款 under a 类, a 项 under a 款): the lookup for tables printed by names only,
 * where the same name (行政运行) sits under many parents.
 */
export function codesNamed(name: string, parentCode?: string, year?: number): string[] {
  let entries = byName().get(normaliseName(name)) ?? [];
  if (parentCode != null) {
    const len = childLength(parentCode);
    entries = entries.filter((e) => len != null && e.code.length === len && e.code.startsWith(parentCode));
  }
  return [...new Set(rankForYear(entries, year).map((e) => e.code))];
}

/**
 * codesNamed, keeping only the codes printed in the year nearest `year` that prints the name at all: the
 * classification moves names between codes over the years (其他社会保障和就业支出 was 2089901 in 2019 and is
 * 2089999 now), so a name two years print with two codes is one code for a given year, not an ambiguity.
 */
export function codesNamedNearYear(name: string, parentCode?: string, year?: number): string[] {
  const codes = codesNamed(name, parentCode, year);
  if (year == null || codes.length < 2) return codes;
  const n = normaliseName(name);
  const dated = (code: string) => (byCode().get(code) ?? []).filter((e) => e.fiscalYear != null && normaliseName(e.name) === n);
  const nearest = (code: string) => Math.min(...dated(code).map((e) => Math.abs(e.fiscalYear! - year)));
  const best = Math.min(...codes.map(nearest));
  return Number.isFinite(best) ? codes.filter((c) => nearest(c) === best) : codes;
}

/**
 * How a printed (code, name) pair stands against the catalogue (any year): 'known' (some document
 * prints the pair), 'other_name' (the code is known under another name: a misread code, a misaligned
 * row, or a renamed item), 'unknown_code' (no document prints the code).
 */
export function pairStatus(code: string, name: string): 'known' | 'other_name' | 'unknown_code' {
  const entries = byCode().get(code);
  if (!entries) return 'unknown_code';
  const n = normaliseName(name);
  return entries.some((e) => normaliseName(e.name) === n) ? 'known' : 'other_name';
}

let endings: Array<{ ending: string; pattern: string; under?: string }> | undefined;

/**
 * The standard 项 endings (standard-item-endings.tsv): names the classification gives the same two digits under any
 * 款, first the 款 the classification excepts (`under`: 事业运行 is 04 under 农业农村 21301), then the rule.
 */
function standardEndings(): ReadonlyArray<{ ending: string; pattern: string; under?: string }> {
  return (endings ??= readFileSync(new URL('./standard-item-endings.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [ending, pattern, under] = l.split('\t');
      return { ending, pattern, ...(under ? { under } : {}) };
    })
    .sort((a, b) => Number(!a.under) - Number(!b.under)));
}

/** The names a 类 is printed with (any year) without their 支出 ending, as the patterns {类} and 其他{类}支出 use them ('卫生健康'). */
const classStems = (code: string): string[] => (FUNCTION_CLASS_NAMES[code] ?? []).map((c) => normaliseName(c).replace(/支出$/, ''));

/**
 * The names a 款 goes by: the catalogue's for the year, else, for the 款 99 of a 类 (其他卫生健康支出 is 21099
 * in every region), the name the classification gives it from the 类's own name.
 */
function kuanNames(kuanCode: string, year?: number): string[] {
  const known = nameOf(kuanCode, year);
  if (known) return [normaliseName(known)];
  return kuanCode.endsWith('99') ? classStems(kuanCode.slice(0, 3)).map((c) => `其他${c}支出`) : [];
}

/**
 * The code a standard name has under a known parent, or undefined: under a 款, the 项 endings (行政运行 under
 * 20402 is 2040201); under a 类, its 款 其他{类}支出 (99). Only for the exact name: 其他{款}支出 and {款名} (the
 * 款 其他X支出's own 项) need the 款's name, from the catalogue for that year or, for a 款 99, from its 类.
 * `{款名}` stands only for a 款 named 其他…支出, whose one 项 repeats its name.
 */
export function standardItemCode(name: string, parentCode: string, year?: number): string | undefined {
  const n = normaliseName(name);
  if (/^2\d{2}$/.test(parentCode)) {
    for (const { ending, pattern } of standardEndings()) {
      if (!pattern.includes('{类}')) continue;
      if (classStems(parentCode).some((c) => n === pattern.replace('{类}', c))) return parentCode + ending;
    }
    return undefined;
  }
  if (!/^2\d{4}$/.test(parentCode)) return undefined;
  const kuans = kuanNames(parentCode, year);
  for (const { ending, pattern, under } of standardEndings()) {
    if (pattern.includes('{类}') || (under && under !== parentCode)) continue;
    if (!pattern.includes('{')) {
      if (n === pattern) return parentCode + ending;
      continue;
    }
    for (const kuan of kuans) {
      if (pattern === '{款名}' && !(kuan.startsWith('其他') && kuan.endsWith('支出'))) continue;
      if (n === pattern.replace('{款}', kuan.replace(/支出$/, '')).replace('{款名}', kuan)) return parentCode + ending;
    }
  }
  return undefined;
}
