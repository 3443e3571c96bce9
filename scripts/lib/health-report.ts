/**
 * corpus-health's per-document record, its per-city summary, the markdown tables and the comparison
 * of two runs (so "no other city got worse" is one command).
 */
import type { CheckedKind } from '../../src/recognise/vocab/core-table-titles.js';
import { CORE_KINDS } from '../../src/recognise/vocab/core-table-titles.js';
import type { IdentityResult } from './identities.js';

export interface PrintedCheck {
  kind: CheckedKind;
  page: number;
  title: string;
  amounts: number;
  /** 'read': a stored table of the kind on the page has rows; 'no_rows': stored without rows; 'other_kind': read as another kind; 'missing': nothing stored there. */
  read: 'read' | 'no_rows' | 'other_kind' | 'missing';
  stored_as?: string;
}

export interface TableCheck {
  table_id: number;
  kind: string;
  title: string;
  pages: string;
  rows: number;
  checked: number;
  exact: number;
  rounding: number;
  fails: IdentityResult[];
}

export interface LostTable {
  kind: string;
  title: string;
  pages: string;
  amounts: number;
  /** Every printed amount is zero (an empty table printed with 0.00 cells): lost facts, but no money. */
  zeros_only: boolean;
  is_empty: boolean;
}

export interface DocumentHealth {
  file: string;
  city: string;
  sha256: string;
  status: string;
  error: string | null;
  meta: { department: string | null; fiscal_year: number | null; doc_type: string | null; complete: boolean };
  printed: PrintedCheck[];
  tables: TableCheck[];
  lost: LostTable[];
  /** rule -> severity -> count */
  flags: Record<string, Record<string, number>>;
  flag_totals: { error: number; warning: number; info: number };
  /** A document rule found by this check: severity, rule, sentence. */
  findings: Array<{ severity: 'error' | 'warning' | 'info'; rule: string; message: string }>;
}

export interface HealthRun {
  created: string;
  inputs: string[];
  documents: DocumentHealth[];
}

export interface CitySummary {
  city: string;
  docs: number;
  notBudget: number;
  budgets: number;
  metaComplete: number;
  corePrinted: number;
  coreRead: number;
  /** Documents printing the general-budget function table / the 三公 table, and those where every one printed was read. */
  gpbPrinted: number;
  gpbRead: number;
  tpPrinted: number;
  tpRead: number;
  tablesChecked: number;
  tablesClosing: number;
  /** Tables stored without rows while their pages print amounts, not all zero; zerosLost: only zeros printed. */
  lostTables: number;
  lostDocs: number;
  zerosLost: number;
  warnings: number;
  errors: number;
}

const lostWithMoney = (d: DocumentHealth) => d.lost.filter((l) => !l.zeros_only);
const isCore = (k: string) => (CORE_KINDS as readonly string[]).includes(k);
const printedCore = (d: DocumentHealth) => d.printed.filter((p) => isCore(p.kind) && p.amounts >= 2);

export function summarise(city: string, docs: readonly DocumentHealth[]): CitySummary {
  const budgets = docs.filter((d) => d.status !== 'not_budget');
  const core = budgets.flatMap(printedCore);
  const docsPrinting = (k: string) => budgets.filter((d) => printedCore(d).some((p) => p.kind === k));
  const allRead = (d: DocumentHealth, k: string) => printedCore(d).filter((p) => p.kind === k).every((p) => p.read === 'read');
  const checked = budgets.flatMap((d) => d.tables.filter((t) => t.checked > 0));
  return {
    city,
    docs: docs.length,
    notBudget: docs.length - budgets.length,
    budgets: budgets.length,
    metaComplete: budgets.filter((d) => d.meta.complete).length,
    corePrinted: core.length,
    coreRead: core.filter((p) => p.read === 'read').length,
    gpbPrinted: docsPrinting('gpb_expenditure').length,
    gpbRead: docsPrinting('gpb_expenditure').filter((d) => allRead(d, 'gpb_expenditure')).length,
    tpPrinted: docsPrinting('three_public').length,
    tpRead: docsPrinting('three_public').filter((d) => allRead(d, 'three_public')).length,
    tablesChecked: checked.length,
    tablesClosing: checked.filter((t) => t.fails.length === 0).length,
    lostTables: budgets.reduce((s, d) => s + lostWithMoney(d).length, 0),
    lostDocs: budgets.filter((d) => lostWithMoney(d).length).length,
    zerosLost: budgets.reduce((s, d) => s + d.lost.length - lostWithMoney(d).length, 0),
    warnings: budgets.reduce((s, d) => s + d.flag_totals.warning, 0),
    errors: budgets.reduce((s, d) => s + d.flag_totals.error, 0),
  };
}

export function byCity(run: HealthRun): CitySummary[] {
  const cities = [...new Set(run.documents.map((d) => d.city))].sort();
  return cities.map((c) => summarise(c, run.documents.filter((d) => d.city === c)));
}

const pc = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
const frac = (a: number, b: number) => `${a}/${b}`;
const per = (a: number, b: number) => (b ? (a / b).toFixed(1) : '-');

export function cityTable(rows: readonly CitySummary[], total: CitySummary): string {
  const head = '| city | docs | not budget | metadata complete | core tables read / printed | docs: 一般公共预算支出表 read / printed | docs: 三公 read / printed | tables closing / checked | tables lost (docs) +zeros only | warnings / doc | errors / doc |';
  const line = (r: CitySummary) =>
    `| ${r.city} | ${r.docs} | ${r.notBudget} | ${frac(r.metaComplete, r.budgets)} (${pc(r.metaComplete, r.budgets)}) | ${frac(r.coreRead, r.corePrinted)} (${pc(r.coreRead, r.corePrinted)}) | ${frac(r.gpbRead, r.gpbPrinted)} | ${frac(r.tpRead, r.tpPrinted)} | ${frac(r.tablesClosing, r.tablesChecked)} (${pc(r.tablesClosing, r.tablesChecked)}) | ${r.lostTables} (${r.lostDocs}) +${r.zerosLost} | ${per(r.warnings, r.budgets)} | ${per(r.errors, r.budgets)} |`;
  return [head, head.replace(/[^|]+/g, '---'), ...rows.map(line), line({ ...total, city: '**all**' })].join('\n');
}

export function kindTable(docs: readonly DocumentHealth[]): string {
  const budgets = docs.filter((d) => d.status !== 'not_budget');
  const head = '| kind | printed | read | stored without rows | read as another kind | not found | tables closing / checked |';
  const out = [head, head.replace(/[^|]+/g, '---')];
  for (const k of [...CORE_KINDS, 'gov_fund', 'soe_capital']) {
    const p = budgets.flatMap((d) => d.printed.filter((x) => x.kind === k && x.amounts >= 2));
    const n = (r: PrintedCheck['read']) => p.filter((x) => x.read === r).length;
    const t = budgets.flatMap((d) => d.tables.filter((x) => x.kind === k && x.checked > 0));
    out.push(`| ${k}${isCore(k) ? '' : ' (apart)'} | ${p.length} | ${n('read')} | ${n('no_rows')} | ${n('other_kind')} | ${n('missing')} | ${t.filter((x) => !x.fails.length).length}/${t.length} |`);
  }
  return out.join('\n');
}

export function totalsLine(s: CitySummary): string {
  return `TOTAL ${s.budgets} budgets (+${s.notBudget} not budgets): metadata complete ${pc(s.metaComplete, s.budgets)} (${s.metaComplete}/${s.budgets}); ` +
    `general-budget function table read in ${s.gpbRead} of ${s.gpbPrinted} documents printing it; 三公 in ${s.tpRead} of ${s.tpPrinted}; core tables read ${s.coreRead} of ${s.corePrinted}; ` +
    `tables closing ${s.tablesClosing} of ${s.tablesChecked} checked; tables lost ${s.lostTables} in ${s.lostDocs} documents (and ${s.zerosLost} more that print only zeros); warnings per document ${per(s.warnings, s.budgets)}`;
}

/**
 * Per-city deltas against an earlier run, and the documents that got worse on any count. "Worse" counts
 * what went wrong (printed tables not read, tables whose identities fail, tables lost, metadata
 * missing), so a run that finds more printed tables is not judged worse for reading more of them.
 */
export function compareRuns(old: HealthRun, now: HealthRun): string {
  const before = new Map(byCity(old).map((c) => [c.city, c]));
  const head = '| city | metadata complete | core tables unread | tables failing | tables lost | warnings | verdict |';
  const out = ['## Against ' + old.created, '', head, head.replace(/[^|]+/g, '---')];
  const d = (a: number, b: number) => (a === b ? '=' : a > b ? `+${a - b}` : `${a - b}`);
  const unread = (c: CitySummary) => c.corePrinted - c.coreRead;
  const failing = (c: CitySummary) => c.tablesChecked - c.tablesClosing;
  for (const c of byCity(now)) {
    const o = before.get(c.city);
    if (!o) {
      out.push(`| ${c.city} | new | | | | | |`);
      continue;
    }
    const worse = c.metaComplete < o.metaComplete || unread(c) > unread(o) || failing(c) > failing(o) || c.lostTables > o.lostTables;
    const better = c.metaComplete > o.metaComplete || unread(c) < unread(o) || failing(c) < failing(o) || c.lostTables < o.lostTables;
    out.push(`| ${c.city} | ${c.metaComplete}/${c.budgets} (${d(c.metaComplete, o.metaComplete)}) | ${unread(c)} of ${c.corePrinted} (${d(unread(c), unread(o))}) | ${failing(c)} of ${c.tablesChecked} (${d(failing(c), failing(o))}) | ${c.lostTables} (${d(c.lostTables, o.lostTables)}) | ${c.warnings} (${d(c.warnings, o.warnings)}) | ${worse ? '**WORSE**' : better ? 'better' : 'same'} |`);
  }
  const prev = new Map(old.documents.map((x) => [x.sha256, x]));
  const worseDocs: string[] = [];
  const unreadOf = (x: DocumentHealth) => printedCore(x).filter((p) => p.read !== 'read').length;
  const failingOf = (x: DocumentHealth) => x.tables.filter((t) => t.checked > 0 && t.fails.length).length;
  for (const doc of now.documents) {
    const o = prev.get(doc.sha256);
    if (!o) continue;
    const why: string[] = [];
    if (o.meta.complete && !doc.meta.complete) why.push('metadata no longer complete');
    if (unreadOf(doc) > unreadOf(o)) why.push(`core tables unread ${unreadOf(o)} -> ${unreadOf(doc)}`);
    if (failingOf(doc) > failingOf(o)) why.push(`tables failing ${failingOf(o)} -> ${failingOf(doc)}`);
    if (lostWithMoney(doc).length > lostWithMoney(o).length) why.push(`tables lost ${lostWithMoney(o).length} -> ${lostWithMoney(doc).length}`);
    if (o.status !== doc.status) why.push(`status ${o.status} -> ${doc.status}`);
    if (why.length) worseDocs.push(`- ${doc.file}: ${why.join('; ')}`);
  }
  out.push('', worseDocs.length ? `Documents that changed for the worse (or in status): ${worseDocs.length}\n${worseDocs.join('\n')}` : 'No document got worse.');
  return out.join('\n');
}
