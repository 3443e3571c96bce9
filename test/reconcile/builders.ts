import { typeProject } from '../../src/recognise/performance/project-meaning.js';
/** Small builders of hand-made DocumentFacts for rule tests. Places are line numbers, auto-incremented. */
import {
  DocumentFacts,
  type Amount,
  type BudgetTable,
  type Claim,
  type Indicator,
  type LineItem,
  type Project,
  type TableKind,
  type ThreePublicFigure,
  type Unit,
} from '../../src/model/index.js';
import { makeAmount } from '../../src/util/money.js';
import { typedClaim } from '../../src/recognise/narrative/meaning.js';
import { noteExplainsEmpty } from '../../src/recognise/tables/budget-table.js';
import { withRateStatements } from '../../src/recognise/performance/rate-statements.js';
import { typeTarget } from '../../src/recognise/performance/target-type.js';
import { isGrandTotalName } from '../../src/vocab/total-words.js';

let nextLine = 1;
const place = (line?: number) => ({ line: line ?? nextLine++ });

/** A printed amount ('4,618.49'), or a blank cell (null). */
export function amt(text: string | null, opts: { unit?: Unit; line?: number; confidence?: number } = {}): Amount {
  const unit = opts.unit ?? '万元';
  const a: Amount = text === null ? { text: null, unit, fen: null, decimals: 0, place: place(opts.line) } : makeAmount(text, unit, place(opts.line));
  return opts.confidence === undefined ? a : { ...a, confidence: opts.confidence };
}

export interface RowSpec {
  code?: string | null;
  name: string;
  rowKind?: LineItem['rowKind'];
  classification?: LineItem['classification'];
  side?: LineItem['side'];
  period?: LineItem['period'];
  /** measure -> printed amount (null = blank cell) */
  cells: Record<string, string | null>;
  confidence?: Record<string, number>;
}

let nextTable = 1;
export function table(kind: TableKind, title: string, rows: RowSpec[], opts: { unit?: Unit; empty?: boolean; note?: string } = {}): BudgetTable {
  const unit = opts.unit ?? '万元';
  const measures = [...new Set(rows.flatMap((r) => Object.keys(r.cells)))];
  const lineItems: LineItem[] = rows.flatMap((r) => {
    const line = nextLine++;
    return Object.entries(r.cells).map(([measure, text]) => ({
      classification: r.classification ?? (r.code ? (r.code.startsWith('2') ? 'function' : 'economic') : 'other'),
      code: r.code ?? null,
      name: r.name,
      measure,
      column: measure,
      rowKind: r.rowKind ?? (r.code ? 'item' : 'total'),
      ...(r.side ? { side: r.side } : {}),
      ...(r.period ? { period: r.period } : {}),
      amount: amt(text, { unit, line, confidence: r.confidence?.[measure] }),
      // As the recogniser marks them (budgetTableOf).
      ...(isGrandTotalName(r.name) ? { grandTotal: true as const } : {}),
    }));
  });
  return {
    key: `t${nextTable++}`,
    kind,
    title,
    unit,
    unitStated: true,
    place: place(),
    columns: measures.map((m) => ({ path: m, measure: m })),
    lineItems,
    empty: opts.empty ?? lineItems.every((i) => i.amount.text === null),
    ...(opts.note ? { note: opts.note, explainedEmpty: noteExplainsEmpty(opts.note) } : {}),
  };
}

export function claim(c: Partial<Omit<Claim, 'amount'>> & { metric: string; amount?: string | Amount | null; unit?: Unit }): Claim {
  const { unit, amount, ...rest } = c;
  // The recogniser's own typing gives the hand-made claim its meaning, as extractClaims does.
  return typedClaim({
    subject: null,
    basis: null,
    percent: null,
    count: null,
    direction: null,
    period: 'current',
    text: c.text ?? `${c.subject ?? c.metric} ${typeof amount === 'string' ? amount : ''}`,
    place: place(),
    ...rest,
    amount: amount === undefined || amount === null ? null : typeof amount === 'string' ? amt(amount, { unit: unit ?? '万元' }) : amount,
  });
}

export function threePublic(item: ThreePublicFigure['item'], text: string | null, opts: Partial<Pick<ThreePublicFigure, 'source' | 'period'>> & { unit?: Unit; confidence?: number } = {}): ThreePublicFigure {
  return {
    source: opts.source ?? 'table',
    period: opts.period ?? 'budget',
    item,
    amount: amt(text, { unit: opts.unit, confidence: opts.confidence }),
    text: item,
  };
}

/** An indicator with its target typed by the recogniser's own typing (as recognise does after reading a grid). */
export function indicator(i: Partial<Indicator> & { name: string; target: string | null }): Indicator {
  const it: Indicator = { horizon: 'annual', level1: '产出指标', level2: '数量指标', place: place(), ...i };
  return { ...it, targetType: it.targetType ?? typeTarget(it) };
}

export function project(p: Partial<Omit<Project, 'midTerm' | 'annual'>> & { name: string; mid?: string | null; annual?: string | null }): Project {
  const { mid, annual, ...rest } = p;
  const funds = (t: string | null | undefined) => ({ total: t == null ? null : amt(t), fiscal: t == null ? null : amt(t), other: null });
  // The recogniser's typing (cost lines, money passed on) and its reading of head count x rate statements
  // apply to built projects as recogniseDocument gives them for read ones.
  return withRateStatements(typeProject({
    scope: 'project',
    implementingUnit: '人力资源和社会保障局',
    periodText: '2021年',
    startText: '2021年1月',
    endText: '2021年12月',
    startDate: '2021-01-01',
    endDate: '2021-12-31',
    attribute: '延续',
    manager: '张三',
    phone: '64330039',
    overview: '概况',
    legalBasis: '依据',
    midTermGoal: '中期目标',
    annualGoal: '年度目标',
    indicators: [],
    place: place(),
    fieldPlaces: {},
    ...rest,
    midTerm: funds(mid === undefined ? '30' : mid),
    annual: funds(annual === undefined ? '10' : annual),
  }));
}

export function facts(f: Partial<Omit<DocumentFacts, 'meta'>> & { meta?: Partial<DocumentFacts['meta']> } = {}): DocumentFacts {
  return DocumentFacts.parse({
    tables: [],
    threePublic: [],
    projects: [],
    claims: [],
    listedTables: [],
    placeholders: [],
    ...f,
    meta: {
      department: '人力资源和社会保障局',
      fiscalYear: 2021,
      docType: 'budget',
      title: '2021年部门预算',
      isDisclosure: true,
      isTemplate: false,
      reason: null,
      narrativeUnit: '万元',
      ...f.meta,
    },
  });
}

export { runRule } from '../../src/reconcile/index.js';
