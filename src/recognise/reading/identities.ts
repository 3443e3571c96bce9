import type { IdentityName, IdentityReport, LineItem } from '../../model/index.js';
import { halfUlpFen } from '../../util/money.js';
import { printedRows } from './table-rows.js';

/**
 * The identities a coded table's own figures must satisfy, checked on a reading of it: 类 = Σ款,
 * 款 = Σ项, 合计 = Σ类, and across a row 合计 = 基本 + 项目 (and the finer splits). A reading is scored
 * by how many close, and the parse report says which did.
 */

/** Column splits a row satisfies: parent = Σ children, where the table prints all of them. */
const ROW_SPLITS: ReadonlyArray<{ identity: IdentityName; parent: string; children: readonly string[] }> = [
  { identity: 'total_of_measures', parent: 'total', children: ['basic', 'project'] },
  { identity: 'basic_of_parts', parent: 'basic', children: ['personnel', 'public_funds'] },
  { identity: 'basic_of_parts', parent: 'basic', children: ['wages', 'goods_services', 'household_transfers', 'capital'] },
  { identity: 'basic_of_parts', parent: 'basic', children: ['wages', 'goods_services', 'household_transfers'] },
];

const slackCache = new Map<string, number>();
/** Half a unit in the last printed place, in fen, as a plain number (fen amounts are integers well within 2^53). */
function slackOf(a: LineItem['amount']): number {
  const key = `${a.unit}|${a.decimals}`;
  let v = slackCache.get(key);
  if (v === undefined) slackCache.set(key, (v = halfUlpFen(a).toNumber()));
  return v;
}

/** Whether `stated` equals the sum of `parts` within the rounding each printed figure may carry. */
export function closes(stated: LineItem, parts: readonly LineItem[]): boolean {
  // Integer fen sums are exact in doubles far beyond any budget; only the half-fen slack can be fractional.
  let sum = 0;
  let slack = slackOf(stated.amount);
  for (const p of parts) {
    sum += p.amount.fen ?? 0;
    if (p.amount.text !== null) slack += slackOf(p.amount);
  }
  return Math.abs(sum - (stated.amount.fen ?? 0)) <= slack + 1e-9;
}

function sumFen(parts: readonly LineItem[]): number {
  return parts.reduce((s, p) => s + (p.amount.fen ?? 0), 0);
}

/** Items of one printed column (same measure, header, period and side), in row order. */
function columnsOf(items: readonly LineItem[]): LineItem[][] {
  const by = new Map<string, LineItem[]>();
  for (const li of items) {
    const key = `${li.measure}|${li.column}|${li.period ?? ''}|${li.side ?? ''}`;
    if (!by.has(key)) by.set(key, []);
    by.get(key)!.push(li);
  }
  return [...by.values()];
}

class Tally {
  private readonly reports = new Map<IdentityName, IdentityReport>();
  add(identity: IdentityName, ok: boolean, subject: string, column: string, expectedFen: number, actualFen: number): void {
    const r = this.reports.get(identity) ?? { identity, checked: 0, satisfied: 0, failures: [] };
    this.reports.set(identity, r);
    r.checked++;
    if (ok) r.satisfied++;
    else if (r.failures.length < 5) r.failures.push({ subject, column, expectedFen, actualFen });
  }
  list(): IdentityReport[] {
    return [...this.reports.values()];
  }
}

const label = (li: LineItem) => (li.code ? `${li.code} ${li.name}` : li.name);

/** The code hierarchy within one column: every parent printed with children is checked against their sum. */
function checkHierarchy(col: readonly LineItem[], tally: Tally): void {
  const coded = col.filter((li) => li.code && li.rowKind === 'item' && li.amount.text !== null);
  // Several units or blocks in one table repeat codes; their sums are not one hierarchy.
  const seen = new Set<string>();
  for (const li of coded) {
    if (seen.has(li.code!)) return;
    seen.add(li.code!);
  }
  const all = col.filter((li) => li.code && li.rowKind === 'item');
  // Children by their parent's code: a 款 under its 类, a 项 under its 款.
  const children = new Map<string, LineItem[]>();
  for (const k of all) {
    if (k.code!.length !== 5 && k.code!.length !== 7) continue;
    const parentCode = k.code!.slice(0, k.code!.length - 2);
    const list = children.get(parentCode);
    if (list) list.push(k);
    else children.set(parentCode, [k]);
  }
  for (const parent of coded) {
    const len = parent.code!.length;
    if (len !== 3 && len !== 5) continue;
    const kids = children.get(parent.code!) ?? [];
    if (!kids.length) continue;
    tally.add(len === 3 ? 'class_of_kuan' : 'kuan_of_xiang', closes(parent, kids), label(parent), parent.column, parent.amount.fen ?? 0, sumFen(kids));
  }
  const totals = col.filter((li) => li.rowKind === 'total' && li.amount.text !== null);
  if (!totals.length) return;
  const shortest = Math.min(...all.map((li) => li.code!.length));
  const top = all.filter((li) => li.code!.length === shortest);
  if (!top.length) return;
  // The first total row is the table's; a repeated one on a continuation page states the same.
  const total = totals[0];
  tally.add('total_of_classes', closes(total, top), total.name, total.column, total.amount.fen ?? 0, sumFen(top));
}

/** Row splits: a row's 合计 against its 基本 + 项目, 基本 against its parts. */
function checkRowSplits(items: readonly LineItem[], tally: Tally): void {
  const measures = new Set(items.map((li) => li.measure));
  const splits = ROW_SPLITS.filter((s) => measures.has(s.parent) && s.children.every((c) => measures.has(c))).filter(
    (s, _, all) => !all.some((o) => o !== s && o.parent === s.parent && o.children.length > s.children.length && s.children.every((c) => o.children.includes(c))),
  );
  for (const printed of printedRows(items)) {
    // 决算 tables print 预算数 and 决算数 of each measure in one row: a split holds within one period.
    for (const period of new Set(printed.map((li) => li.period ?? ''))) {
      const row = printed.filter((li) => (li.period ?? '') === period);
      for (const split of splits) {
        const parent = row.find((li) => li.measure === split.parent);
        const kids = row.filter((li) => split.children.includes(li.measure));
        if (!parent || parent.amount.text === null || !kids.some((k) => k.amount.text !== null)) continue;
        tally.add(split.identity, closes(parent, kids), label(parent), parent.column, parent.amount.fen ?? 0, sumFen(kids));
      }
    }
  }
}

/**
 * A cross-classified table (one row per function code x economic code) is not a 类/款/项 hierarchy: a
 * function code's own row, where printed, is the sum of its economic rows; where the table prints no function
 * rows of its own, the total row is the sum of all the economic rows.
 */
function checkCrossClassified(col: readonly LineItem[], tally: Tally): void {
  const details = col.filter((li) => li.rowKind === 'detail' && li.code);
  if (!details.length) return;
  const byCode = new Map<string, LineItem[]>();
  for (const d of details) byCode.set(d.code!, [...(byCode.get(d.code!) ?? []), d]);
  const own = col.filter((li) => li.rowKind === 'item' && li.code && li.classification === 'function');
  for (const parent of own) {
    const kids = byCode.get(parent.code!);
    if (kids && parent.amount.text !== null) tally.add('function_of_details', closes(parent, kids), label(parent), parent.column, parent.amount.fen ?? 0, sumFen(kids));
  }
  const total = col.find((li) => li.rowKind === 'total' && li.amount.text !== null);
  if (own.length || !total) return;
  tally.add('total_of_details', closes(total, details), total.name, total.column, total.amount.fen ?? 0, sumFen(details));
}

/** Every identity the reading's line items let us check, with how many close. */
export function checkIdentities(items: readonly LineItem[]): IdentityReport[] {
  const tally = new Tally();
  const expenditure = items.filter((li) => li.side !== 'income');
  const flat = expenditure.filter((li) => li.rowKind !== 'detail');
  for (const col of columnsOf(flat)) checkHierarchy(col, tally);
  for (const col of columnsOf(expenditure)) checkCrossClassified(col, tally);
  // Every printed row splits its total, the cross-classified rows too.
  checkRowSplits(expenditure, tally);
  return tally.list();
}

/** Satisfied minus failed identities: the score of a reading. */
export function identityScore(reports: readonly IdentityReport[]): number {
  return reports.reduce((s, r) => s + r.satisfied - (r.checked - r.satisfied), 0);
}

/** Share of checked identities that close (1 when nothing could be checked). */
export function closingShare(reports: readonly IdentityReport[]): number {
  const checked = reports.reduce((s, r) => s + r.checked, 0);
  return checked ? reports.reduce((s, r) => s + r.satisfied, 0) / checked : 1;
}
