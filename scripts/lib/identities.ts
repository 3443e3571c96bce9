/**
 * The arithmetic a stored table must satisfy (DOMAIN.md, "Within a table"), checked on what budgetlens
 * stored: total = Σ类, 类 = Σ款, 款 = Σ项 (function and economic codes alike), 合计 = 基本 + 项目 (and the
 * other spending columns), 基本 = 人员 + 公用, 财政拨款 合计 = 一般公共预算 + 政府性基金 + 国有资本经营,
 * 收入总计 = 支出总计, 三公 合计 = 出国 + 接待 + 公车, 公车 = 购置 + 运行. Tolerance from the printed
 * precision: half a unit in the last printed place of every figure taking part.
 */

export interface StoredCell {
  id: number;
  classification: string;
  code: string | null;
  name: string;
  measure: string;
  amount_fen: number | null;
  unit: string;
  decimals: number | null;
  page: number | null;
  row_kind: string;
  side: string | null;
  period: string | null;
}

export interface Row {
  code: string | null;
  name: string;
  classification: string;
  rowKind: string;
  side: string | null;
  period: string | null;
  page: number | null;
  cells: Map<string, StoredCell>;
}

export type Outcome = 'exact' | 'rounding' | 'fails';

export interface IdentityResult {
  identity: string;
  /** What was compared, in the document's words (code and name, measure). */
  subject: string;
  expected: number;
  actual: number;
  outcome: Outcome;
}

/** Cells in storage order make rows: a new row when the row's identity changes or a measure repeats. */
export function rowsOf(cells: readonly StoredCell[]): Row[] {
  const rows: Row[] = [];
  let cur: Row | undefined;
  for (const c of cells) {
    const same = cur && cur.code === c.code && cur.name === c.name && cur.side === c.side && cur.period === c.period &&
      cur.page === c.page && cur.rowKind === c.row_kind && !cur.cells.has(c.measure);
    if (!same) {
      cur = { code: c.code, name: c.name, classification: c.classification, rowKind: c.row_kind, side: c.side, period: c.period, page: c.page, cells: new Map() };
      rows.push(cur);
    }
    cur!.cells.set(c.measure, c);
  }
  return rows;
}

const UNIT_FEN: Record<string, number> = { 元: 100, 万元: 1_000_000 };
/** Half a unit in the last printed place, in fen (0 for a blank: a blank is exactly nothing). */
const halfUnit = (c: StoredCell | undefined): number =>
  c && c.amount_fen != null ? 0.5 * 10 ** -(c.decimals ?? 0) * (UNIT_FEN[c.unit] ?? 100) : 0;
const fen = (c: StoredCell | undefined): number => c?.amount_fen ?? 0;

/** Compares a figure with the sum of its parts; blank parts count as zero. */
export function compare(identity: string, subject: string, whole: StoredCell | undefined, parts: Array<StoredCell | undefined>): IdentityResult {
  const expected = fen(whole);
  const actual = parts.reduce((s, p) => s + fen(p), 0);
  const tolerance = [whole, ...parts].reduce((s, c) => s + halfUnit(c), 0);
  const diff = Math.abs(expected - actual);
  return { identity, subject, expected, actual, outcome: diff === 0 ? 'exact' : diff <= tolerance + 1e-6 ? 'rounding' : 'fails' };
}

/** Measures that are not amounts of the row's own spending (notes, unread columns). */
const NOT_SUMMED = new Set(['unmapped', 'unlabelled', 'of_which']);
/** Columns that split a row's total by purpose, when the table prints them. */
const SPENDING_PARTS = ['basic', 'project', 'operating_expenditure', 'remit_to_superior', 'subsidies_to_affiliates'];
const FUND_PARTS = ['gpb', 'gov_fund', 'soe'];

const label = (r: Row) => `${r.code ?? ''} ${r.name}`.trim();
const hasAmount = (c: StoredCell | undefined) => c != null && c.amount_fen != null;

/** Row identities: the splits of a row's total printed in the same row. */
function rowIdentities(kind: string, rows: readonly Row[], measures: ReadonlySet<string>): IdentityResult[] {
  const out: IdentityResult[] = [];
  const split = measures.has('personnel') && measures.has('public_funds');
  // 基本 is printed, or only as its two parts (人员 + 公用 beside 项目).
  const basicParts = measures.has('basic') ? ['basic'] : split ? ['personnel', 'public_funds'] : [];
  const spending = measures.has('project') && basicParts.length
    ? [...basicParts, ...SPENDING_PARTS.filter((m) => m !== 'basic' && measures.has(m))]
    : [];
  // Only rows that print the parts take part (the income side of a two-sided table prints a total only).
  for (const r of rows) {
    const total = r.cells.get('total');
    const prints = (ms: readonly string[]) => ms.some((m) => r.cells.has(m));
    if (spending.length && hasAmount(total) && prints(spending))
      out.push(compare('合计 = 基本 + 项目', `${label(r)} total`, total, spending.map((m) => r.cells.get(m))));
    if (split && prints(['personnel', 'public_funds'])) {
      const whole = measures.has('basic') ? r.cells.get('basic') : !measures.has('project') ? total : undefined;
      if (hasAmount(whole)) out.push(compare('基本 = 人员 + 公用', `${label(r)} ${measures.has('basic') ? 'basic' : 'total'}`, whole, [r.cells.get('personnel'), r.cells.get('public_funds')]));
    }
    if (kind === 'fiscal_appropriation_summary' && FUND_PARTS.every((m) => measures.has(m)) && hasAmount(total) && prints(FUND_PARTS))
      out.push(compare('合计 = 一般公共预算 + 政府性基金 + 国有资本经营', `${label(r)} total`, total, FUND_PARTS.map((m) => r.cells.get(m))));
  }
  return out;
}

const codeLevel = (code: string): number => (code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3);

/** 类 = Σ款 and 款 = Σ项 in printed order (children follow their parent), and total = Σ of the top level. */
function hierarchyIdentities(rows: readonly Row[], measures: readonly string[]): IdentityResult[] {
  const out: IdentityResult[] = [];
  const coded = rows.filter((r) => r.code && /^\d+$/.test(r.code) && r.rowKind === 'item' && (r.classification === 'function' || r.classification === 'economic'));
  for (let i = 0; i < coded.length; i++) {
    const parent = coded[i];
    const level = codeLevel(parent.code!);
    if (level === 3) continue;
    const children: Row[] = [];
    for (let j = i + 1; j < coded.length && codeLevel(coded[j].code!) > level; j++) {
      const c = coded[j];
      if (codeLevel(c.code!) === level + 1 && c.code!.startsWith(parent.code!) && c.classification === parent.classification) children.push(c);
    }
    if (!children.length) continue;
    for (const m of measures) {
      if (!parent.cells.has(m)) continue;
      out.push(compare(level === 1 ? '类 = Σ款' : '款 = Σ项', `${label(parent)} ${m}`, parent.cells.get(m), children.map((c) => c.cells.get(m))));
    }
  }
  // The total row against the top level: one total value per measure (a repeated total on a 续表 page is one).
  const totals = rows.filter((r) => r.rowKind === 'total' && r.side == null);
  if (!coded.length || !totals.length) return out;
  // The top level: rows without a printed parent (a flat economic table mixes 5- and 7-digit codes).
  const scheme = coded.filter((r) => r.classification === coded[0].classification);
  const printedCodes = new Set(scheme.map((r) => r.code!));
  const hasParent = (code: string) => [3, 5].some((n) => n < code.length && printedCodes.has(code.slice(0, n)));
  const tops = scheme.filter((r) => !hasParent(r.code!));
  for (const m of measures) {
    const values = [...new Set(totals.filter((t) => t.cells.has(m)).map((t) => fen(t.cells.get(m))))];
    if (values.length !== 1) continue;
    const total = totals.find((t) => t.cells.has(m))!;
    out.push(compare('合计 = Σ类', `${total.name} ${m}`, total.cells.get(m), tops.map((r) => r.cells.get(m))));
  }
  return out;
}

/**
 * A cross-classified table (a row per function code x economic code) is no 类/款/项 hierarchy: a function
 * code's own row, where printed, is the sum of its economic rows; without such rows, 合计 = Σ of them all.
 */
function crossIdentities(rows: readonly Row[], measures: readonly string[]): IdentityResult[] {
  const details = rows.filter((r) => r.rowKind === 'detail' && r.code);
  if (!details.length) return [];
  const out: IdentityResult[] = [];
  const own = rows.filter((r) => r.rowKind === 'item' && r.code && r.classification === 'function');
  for (const parent of own) {
    const kids = details.filter((d) => d.code === parent.code);
    if (!kids.length) continue;
    for (const m of measures) if (parent.cells.has(m)) out.push(compare('功能科目 = Σ经济分类', `${label(parent)} ${m}`, parent.cells.get(m), kids.map((k) => k.cells.get(m))));
  }
  const total = rows.find((r) => r.rowKind === 'total' && r.side == null);
  if (own.length || !total) return out;
  for (const m of measures) if (hasAmount(total.cells.get(m))) out.push(compare('合计 = Σ明细', `${total.name} ${m}`, total.cells.get(m), details.map((d) => d.cells.get(m))));
  return out;
}

/** 收入总计 = 支出总计 in two-sided tables: the largest total of each side. */
function sidesIdentity(rows: readonly Row[]): IdentityResult[] {
  const grand = (side: string) => rows
    .filter((r) => r.side === side && (r.rowKind === 'total' || /总计/.test(r.name)) && /总计|合计/.test(r.name) && hasAmount(r.cells.get('total')))
    .sort((a, b) => fen(b.cells.get('total')) - fen(a.cells.get('total')))[0];
  const income = grand('income');
  const spending = grand('expenditure');
  if (!income || !spending) return [];
  return [compare('收入总计 = 支出总计', `${income.name} / ${spending.name}`, income.cells.get('total'), [spending.cells.get('total')])];
}

/** Every identity a stored table can be checked against, per period of a table printing several. */
export function tableIdentities(kind: string, cells: readonly StoredCell[]): IdentityResult[] {
  const rows = rowsOf(cells.filter((c) => !NOT_SUMMED.has(c.measure)));
  const out: IdentityResult[] = [];
  const periods = [...new Set(rows.map((r) => r.period))];
  for (const period of periods) {
    const these = rows.filter((r) => r.period === period);
    const measures = new Set(these.flatMap((r) => [...r.cells.keys()]));
    // Every printed row splits its total, a cross-classified row as much as a coded one.
    out.push(...rowIdentities(kind, these, measures));
    for (const side of [...new Set(these.map((r) => r.side))]) {
      if (side === 'income') continue;
      out.push(...hierarchyIdentities(these.filter((r) => r.side === side), [...measures]));
      out.push(...crossIdentities(these.filter((r) => r.side === side), [...measures]));
    }
    out.push(...sidesIdentity(these));
  }
  return out;
}

export interface ThreePublicFigure {
  period: string;
  item: string;
  amount_fen: number | null;
  amount_text: string | null;
  unit: string;
}

/** 三公 合计 = 出国 + 接待 + 公车 and 公车 = 购置 + 运行, per period, from the table's figures. */
export function threePublicIdentities(figures: readonly ThreePublicFigure[]): IdentityResult[] {
  const out: IdentityResult[] = [];
  const cell = (f: ThreePublicFigure | undefined): StoredCell | undefined => f && {
    id: 0, classification: 'other', code: null, name: f.item, measure: f.item, amount_fen: f.amount_fen, unit: f.unit,
    decimals: f.amount_text?.split('.')[1]?.length ?? 0, page: null, row_kind: 'item', side: null, period: f.period,
  };
  for (const period of new Set(figures.map((f) => f.period))) {
    const get = (item: string) => cell(figures.find((f) => f.period === period && f.item === item));
    const total = get('total');
    if (hasAmount(total)) out.push(compare('三公 合计 = 出国 + 接待 + 公车', `${period} total`, total, [get('outbound'), get('reception'), get('vehicle_total')]));
    const vehicle = get('vehicle_total');
    if (hasAmount(vehicle) && (get('vehicle_purchase') || get('vehicle_operation')))
      out.push(compare('公车 = 购置 + 运行', `${period} vehicle_total`, vehicle, [get('vehicle_purchase'), get('vehicle_operation')]));
  }
  return out;
}

/** The cells of a recognised table (processDocument's facts) in the shape the checks take. */
export function cellsFromFacts(items: ReadonlyArray<{
  classification: string; code: string | null; name: string; measure: string; rowKind: string; side?: string; period?: string;
  amount: { fen: number | null; unit: string; decimals: number; place: { page?: number } };
}>): StoredCell[] {
  return items.map((li, id) => ({
    id, classification: li.classification, code: li.code, name: li.name, measure: li.measure, amount_fen: li.amount.fen,
    unit: li.amount.unit, decimals: li.amount.fen == null ? null : li.amount.decimals,
    page: li.amount.place.page ?? null, row_kind: li.rowKind, side: li.side ?? null, period: li.period ?? null,
  }));
}
