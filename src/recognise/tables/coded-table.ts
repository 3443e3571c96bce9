import type { BudgetTable, Cell, GridRow, IdentityReport, LineItem, Place } from '../../model/index.js';
import { amountFromCell, isAmountText } from '../../util/money.js';
import { carryOf, classificationOf, joinCodeParts, joinSparseParts, parseGluedCode, type CodeCarry } from '../codes.js';
import { columnRoles, headerPaths, type ColumnRole } from '../header.js';
import { measureOf, periodOf } from '../measures.js';
import { budgetTableOf, type TableOptions } from './budget-table.js';
import { joinColumnSlices } from './column-slices.js';
import { filled, isColumnNumberRow, type Item } from '../rows.js';
import type { TableSection } from '../sections.js';
import { cellStatsOf, columnReports, refineByCells } from '../reading/cell-types.js';
import { checkIdentities } from '../reading/identities.js';
import { printedRows } from '../reading/table-rows.js';
import { joinWrappedCells } from '../reading/wrapped-cells.js';
import { returnOverflowTails } from '../reading/overflow-tails.js';
import { levelsByIndent, totalsByArithmetic } from '../reading/row-levels.js';
import { parseReportOf } from '../reading/report.js';

/** Tables whose rows are classification codes: expenditure, income, general budget, economic, fund, SOE. */

const TOTAL_NAME = /^(合计|总计|本年支出合计|支出合计|收入合计|本年收入合计)[:：]?$/;
const HEADER_WORD = /^(类|款|项|科目编码|科目名称|合计|总计|小计|基本支出|项目支出|功能分类科目编码|功能分类科目名称|经济分类科目名称|单位代码|单位（科目名称）|项目|金额)$/;

type AmountRole = Extract<ColumnRole, { role: 'amount' }>;

export function isTotalName(name: string): boolean {
  return TOTAL_NAME.test(name.replace(/\s+/g, ''));
}

/** Code and name of a row whatever form the code takes; null when the row has neither code nor total. */
interface CodeAndName {
  code: string | null;
  name: string;
  economicCode?: string;
  govEconomicCode?: string;
  /** An economic table's own row (both economic schemes printed), not a cross-classified detail. */
  economicRow?: boolean;
  /** x of the name's first character (PDF points): its indentation. */
  indent?: number;
  /** Cross-classified rows: the column the function code was printed in, or that it was carried down. */
  functionCol?: number;
  functionName?: string;
  functionCarried?: boolean;
}

/** The function code a cross-classified table printed last, and its column: rows below whose cell is blank carry it. */
export interface FunctionCarry {
  code: string;
  name: string;
  col: number;
}

/**
 * A row printing several code schemes ('2040601-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资'). A row
 * printing only the economic codes under a function column it leaves blank (the function cell merged over
 * several rows, or its text wrapped away) belongs to the function code printed above it: it is carried down.
 */
function readCrossClassified(cells: readonly Cell[], roles: readonly ColumnRole[], fnCarry?: FunctionCarry | null): CodeAndName | null {
  const glued = cells
    .filter((c) => roles[c.col]?.role === 'name' || roles[c.col]?.role === 'code')
    .map((c) => ({ col: c.col, ...parseGluedCode(c.text) }))
    .filter((g): g is { col: number; code: string; name: string } => Boolean(g.code && g.name));
  let fn: { code: string; name: string; col?: number } | undefined = glued.find((g) => /^2/.test(g.code));
  const dept = glued.find((g) => /^3/.test(g.code));
  const gov = glued.find((g) => /^5/.test(g.code));
  const fnCellBlank = fnCarry && !cells.some((c) => c.col === fnCarry.col && /\d/.test(c.text));
  if (!fn && (dept || gov) && fnCarry && fnCellBlank && glued.every((g) => g.col > fnCarry.col)) fn = { code: fnCarry.code, name: fnCarry.name };
  if (glued.length < 2 && !(fn && (dept || gov))) return null;
  if (!fn && dept && gov) {
    // An economic table printing both economic schemes: the department's code is the row's code.
    return { code: dept.code, name: dept.name, govEconomicCode: gov.code, economicRow: true };
  }
  if (!fn || (!dept && !gov)) return null;
  const econ = dept ?? gov!;
  return {
    code: fn.code,
    name: `${fn.name}/${econ.code}-${econ.name}`,
    functionName: fn.name,
    ...(fn.col !== undefined ? { functionCol: fn.col } : { functionCarried: true }),
    ...(dept ? { economicCode: dept.code } : {}),
    ...(gov ? { govEconomicCode: gov.code } : {}),
  };
}

function readCodeAndName(cells: readonly Cell[], roles: readonly ColumnRole[] | null, carry?: CodeCarry, fnCarry?: FunctionCarry | null): CodeAndName | null {
  if (roles) {
    const cross = readCrossClassified(cells, roles, fnCarry);
    if (cross) return cross;
    const codeCells = cells.filter((c) => roles[c.col]?.role === 'code');
    const nameCell = cells.find((c) => roles[c.col]?.role === 'name' && c.text);
    let code = joinCodeParts(codeCells.map((c) => c.text));
    if (!code && carry && codeCells.length >= 2) code = joinSparseParts(codeCells.map((c) => c.text), carry);
    let name = nameCell?.text ?? '';
    const indent = nameCell?.textX;
    const withIndent = (r: CodeAndName): CodeAndName => (indent !== undefined ? { ...r, indent } : r);
    if (!code) {
      const glued = [...codeCells, ...(nameCell ? [nameCell] : [])].map((c) => parseGluedCode(c.text)).find((g) => g);
      if (glued) {
        code = glued.code;
        if (glued.name) name = glued.name;
      }
    } else if (!name) {
      const glued = codeCells.map((c) => parseGluedCode(c.text)).find((g) => g?.name);
      if (glued?.name) name = glued.name;
    }
    if (code) {
      // Where a function code was printed: economic rows below that leave this column blank carry it down.
      const at = /^2/.test(code) ? [...codeCells, ...(nameCell ? [nameCell] : [])].find((c) => /\d{3}/.test(c.text)) : undefined;
      return withIndent({ code, name, ...(at ? { functionCol: at.col, functionName: name } : {}) });
    }
    if (isTotalName(name)) return withIndent({ code, name });
    // '合计' merged across the code and name columns sits in the code column (Wuhan 一般公共预算支出表).
    const mergedTotal = !name && codeCells.find((c) => isTotalName(c.text));
    if (mergedTotal) return { code: null, name: mergedTotal.text.replace(/\s+/g, '') };
    if (name && cells.some((c) => roles[c.col]?.role === 'amount' && isAmountText(c.text))) return withIndent({ code: null, name });
    // A row of figures only, under a header whose first column is 合计: the table's single total row.
    const texts = cells.map((c) => c.text).filter(Boolean);
    if (texts.length >= 2 && texts.every(isAmountText) && !texts.every((t) => /^\d{1,2}$/.test(t))) return { code: null, name: '合计' };
    return null;
  }
  // Space-separated row: codes first, then the name, then amounts.
  const texts = cells.map((c) => c.text);
  let i = 0;
  const parts: string[] = [];
  while (i < texts.length && /^\d{2,3}$|^\d{5}$|^\d{7}$/.test(texts[i]) && parts.length < 3) parts.push(texts[i++]);
  let code = joinCodeParts(parts);
  let name = i < texts.length && !isAmountText(texts[i]) ? texts[i] : '';
  if (!code && parts.length === 0) {
    const glued = parseGluedCode(texts[0] ?? '');
    if (glued?.name) {
      code = glued.code;
      name = glued.name;
    }
  }
  if (code || isTotalName(name)) return { code, name };
  return null;
}

/** Measures of a space-separated table, from the header words printed above its rows. */
function spacedMeasures(headerTexts: readonly string[]): Array<{ path: string; measure: string }> {
  // The leaf header line is the one naming the most columns; group lines above it ('项目 一般公共预算支出') are not columns.
  let best: Array<{ path: string; measure: string }> = [];
  for (const line of headerTexts) {
    const out: Array<{ path: string; measure: string }> = [];
    for (const token of line.split(/\s+/)) {
      if (token === '小计') continue;
      const m = measureOf(token);
      if (m && !out.some((o) => o.path === token)) out.push({ path: token, measure: m });
    }
    if (out.length > best.length) best = out;
  }
  return best;
}

/**
 * A line of text that reads as a row of the table: a code (and name) first, then exactly as many figures as
 * the table has amount columns.
 */
function loneRow(text: string, roles: readonly ColumnRole[]): { read: CodeAndName; cells: string[]; roles: AmountRole[] } | null {
  const amountRoles = roles.filter((r): r is AmountRole => r.role === 'amount');
  const tokens = text.trim().split(/\s+/);
  const figures = tokens.slice(-amountRoles.length);
  if (!amountRoles.length || tokens.length < amountRoles.length + 1 || !figures.every(isAmountText)) return null;
  const head = tokens.slice(0, tokens.length - amountRoles.length);
  if (head.some(isAmountText) && !/^\d{3}(\d{2}){0,2}$/.test(head[0])) return null;
  const glued = parseGluedCode(head.join(''));
  const code = /^\d{3}(\d{2}){0,2}$/.test(head[0]) ? head[0] : glued?.code;
  const name = /^\d{3}(\d{2}){0,2}$/.test(head[0]) ? head.slice(1).join('') : (glued?.name ?? '');
  if (!code || !name || head.slice(1).some(isAmountText)) return null;
  return { read: { code, name }, cells: figures, roles: amountRoles };
}

/** A row without figures that prints only words of the table's own header (a header repeated on the next page). */
function repeatsHeader(row: GridRow, headerWords: ReadonlySet<string>): boolean {
  const texts = filled(row);
  return texts.length > 1 && headerWords.size > 0 && !texts.some(isAmountText) && texts.every((t) => headerWords.has(t));
}

function isHeaderRow(row: GridRow): boolean {
  const texts = filled(row);
  return texts.length > 0 && !texts.some(isAmountText) && texts.some((t) => HEADER_WORD.test(t.replace(/\s+/g, '')));
}

/**
 * A continuation page that repeats only the leaf header ('编码 | 科目名称 | 金额') continues the last half of
 * the page before (公用经费 of 人员经费 | 公用经费): its bare 金额 keeps that half's meaning.
 */
function inheritGroupMeasures(roles: ColumnRole[], previous: readonly ColumnRole[] | null): void {
  if (!previous) return;
  const amounts = roles.filter((r): r is Extract<ColumnRole, { role: 'amount' }> => r.role === 'amount');
  if (!amounts.length || !amounts.every((a) => a.measure === 'total' && !a.path.includes('/'))) return;
  const [from] = halvesOf(previous).at(-1)!;
  const lastHalf = previous.slice(from).filter((r): r is Extract<ColumnRole, { role: 'amount' }> => r.role === 'amount');
  if (halvesOf(previous).length < 2 || lastHalf.length !== amounts.length) return;
  amounts.forEach((a, i) => Object.assign(a, { measure: lastHalf[i].measure, path: lastHalf[i].path }));
}

/** Column ranges of the halves of a table printed side by side: a new half starts at a code column after an amount column. */
function halvesOf(roles: readonly ColumnRole[]): Array<[number, number]> {
  const starts = [0];
  roles.forEach((r, i) => {
    if (r.role === 'code' && i > 0 && roles.slice(starts.at(-1)!, i).some((x) => x.role === 'amount')) starts.push(i);
  });
  return starts.map((from, k) => [from, starts[k + 1] ?? roles.length]);
}

/**
 * The cell of an amount column: its own, or a figure in a cell merged over it and columns that hold no amounts
 * (a 合计 row whose first figure spans the last code column and the 合计 column).
 */
function amountCellAt(row: GridRow, col: number, roles: readonly ColumnRole[]): Cell | undefined {
  const own = row.cells.find((c) => c.col === col);
  if (own) return own;
  return row.cells.find((c) => {
    if (c.colSpan < 2 || c.col > col || col >= c.col + c.colSpan || !isAmountText(c.text)) return false;
    return roles.slice(c.col, c.col + c.colSpan).filter((x) => x.role === 'amount').length === 1;
  });
}

function widthOf(row: GridRow): number {
  return Math.max(0, ...row.cells.map((c) => c.col + c.colSpan));
}


// Every reading of a table reads the same cells: each cell's amount is computed once (per unit).
const amounts = new WeakMap<Cell, { unit: string; amount: ReturnType<typeof amountFromCell> }>();
function amountOf(cell: Cell, unit: TableOptions['unit']): ReturnType<typeof amountFromCell> {
  const hit = amounts.get(cell);
  if (hit && hit.unit === unit) return hit.amount;
  const amount = amountFromCell(cell.text, unit, cell.place, cell.confidence);
  amounts.set(cell, { unit, amount });
  return amount;
}

/** One way of reading the rows: which column model, and the rows' line items under it. */
interface Reading {
  name: string;
  items: LineItem[];
  columns: Array<{ path: string; measure: string }>;
  places: Place[];
  report: { roles: ColumnRole[]; paths: string[] } | null;
  dataRows: GridRow[];
  rowsUnread: number;
  spaced: boolean;
}

type Refine = (roles: ColumnRole[]) => ColumnRole[];

function readRows(section: TableSection, opts: TableOptions, name: string, refine: Refine): Reading {
  const rows = section.items.filter((i): i is Extract<Item, { kind: 'row' }> => i.kind === 'row');
  const tabbedCount = rows.filter((r) => r.strategy !== 'spaced').length;
  const isEconomic = section.kind === 'gpb_basic_by_economic';
  const isFinal = /决算/.test(section.title);
  const items: LineItem[] = [];
  const columns: Array<{ path: string; measure: string }> = [];
  const places: Place[] = [section.titlePlace];
  let roles: ColumnRole[] | null = null;
  let lastRoles: ColumnRole[] | null = null;
  let pending: GridRow[] = [];
  let header: GridRow[] = [];
  let spaced: Array<{ path: string; measure: string }> | null = null;
  const headerTexts: string[] = [];
  // For the parse report: the first column model, its header paths, the rows it read and those it could not.
  let report: Reading['report'] = null;
  const dataRows: GridRow[] = [];
  let rowsUnread = 0;
  let carry: CodeCarry = { lei: null, kuan: null };
  let fnCarry: FunctionCarry | null = null;
  // Words of the header the first rows were read under: a continuation page repeating them starts a new column model.
  const headerWords = new Set<string>();

  const addColumn = (path: string, measure: string) => {
    if (!columns.some((c) => c.path === path)) columns.push({ path, measure });
  };
  const pushRow = (read: CodeAndName, cells: Array<{ cell: Cell; role: AmountRole }>) => {
    const rowKind = (read.economicCode || read.govEconomicCode) && !read.economicRow ? 'detail' : read.code ? 'item' : isTotalName(read.name) ? 'total' : 'subtotal';
    if (read.code && rowKind === 'item') carry = carryOf(read.code);
    if (read.code && read.functionCol !== undefined) fnCarry = { code: read.code, name: read.functionName ?? read.name, col: read.functionCol };
    else if (rowKind === 'total') fnCarry = null;
    for (const { cell, role } of cells) {
      const amount = amountOf(cell, opts.unit);
      if (!amount) continue;
      const period = periodOf(role.path);
      const keepPeriod = period && (period !== 'budget' || isFinal);
      items.push({
        classification: classificationOf(read.code, isEconomic),
        code: read.code,
        name: read.name,
        measure: role.measure,
        column: role.path,
        rowKind,
        ...(read.economicCode ? { economicCode: read.economicCode } : {}),
        ...(read.govEconomicCode ? { govEconomicCode: read.govEconomicCode } : {}),
        ...(keepPeriod ? { period } : {}),
        ...(read.indent !== undefined ? { indent: read.indent } : {}),
        amount,
      });
    }
  };

  for (const item of section.items) {
    if (item.kind === 'line') {
      if (!items.length) headerTexts.push(item.text);
      // A lone row the layout left as a line of text (a continuation page with one row) under the table's columns.
      const lone = lastRoles && !spaced ? loneRow(item.text, lastRoles) : null;
      if (lone) {
        pushRow(lone.read, lone.cells.map((text, i) => ({ cell: { text, col: 0, colSpan: 1, rowSpan: 1, place: item.place }, role: lone.roles[i] })));
        places.push(item.place);
      }
      continue;
    }
    const row = item.row;
    if (isColumnNumberRow(row)) continue;
    if (tabbedCount >= rows.length / 2 && item.strategy !== 'spaced') {
      const probePaths = roles ? null : headerPaths(header, Math.max(widthOf(row), ...header.map(widthOf)));
      const probeRoles: ColumnRole[] = roles ?? refine(columnRoles(probePaths!));
      // Tables printed in halves side by side (基本支出决算表: 人员经费 | 公用经费) carry two rows per line.
      const parts = halvesOf(probeRoles).map(([from, to]) => {
        const cells = row.cells.filter((c) => c.col >= from && c.col < to);
        return { from, to, read: readCodeAndName(cells, probeRoles, carry, fnCarry) };
      });
      const read = parts.find((p) => p.read)?.read ?? null;
      if (!read) {
        // Before the first data row every row without figures is header; after it, only a row of
        // header words is (a header repeated on a continuation page), and it rebuilds the column model.
        const noFigures = !filled(row).some(isAmountText);
        if (!noFigures && filled(row).length > 1) rowsUnread++;
        if (noFigures) pending.push(row);
        if (!roles && noFigures) header.push(row);
        else if (roles && (isHeaderRow(row) || repeatsHeader(row, headerWords))) {
          // The repeated header includes its group rows (人员经费 | 公用经费) printed just above.
          header = [...pending];
          roles = null;
        }
        continue;
      }
      pending = [];
      if (!roles) for (const h of header) for (const t of filled(h)) headerWords.add(t);
      dataRows.push(row);
      if (!roles && !report && probePaths) report = { roles: probeRoles, paths: probePaths };
      if (!roles) {
        inheritGroupMeasures(probeRoles, lastRoles);
        probeRoles.forEach((c) => c.role === 'amount' && addColumn(c.path, c.measure));
      }
      roles = probeRoles;
      lastRoles = probeRoles;
      const r: ColumnRole[] = probeRoles;
      // Every amount column gives a line item; a cell the row does not print is blank, not absent.
      for (const part of parts) {
        if (!part.read) continue;
        pushRow(
          part.read,
          r.flatMap((role, col) =>
            role.role === 'amount' && col >= part.from && col < part.to
              ? [{ cell: amountCellAt(row, col, r) ?? { text: '', col, colSpan: 1, rowSpan: 1, place: row.place }, role }]
              : [],
          ),
        );
      }
    } else {
      if (!spaced) {
        spaced = spacedMeasures(headerTexts);
        spaced.forEach((s) => addColumn(s.path, s.measure));
      }
      const read = readCodeAndName(row.cells, null);
      if (!read) {
        if (row.cells.filter((c) => isAmountText(c.text)).length > 1) rowsUnread++;
        continue;
      }
      const s = spaced;
      // Amounts follow the leading code tokens and the name.
      let start = 0;
      while (start < row.cells.length && start < 3 && /^\d{2,3}$|^\d{5}$|^\d{7}$/.test(row.cells[start].text)) start++;
      if (start < row.cells.length && !isAmountText(row.cells[start].text)) start++;
      const amountCells = row.cells.slice(start).filter((c) => isAmountText(c.text));
      pushRow(
        read,
        amountCells.map((cell, i) => ({
          cell,
          role: { role: 'amount' as const, path: s[i]?.path ?? `第${i + 1}列`, measure: s[i]?.measure ?? 'unlabelled' },
        })),
      );
    }
    places.push(item.place);
  }

  // Space-separated text: columns printed as separate lists after the rows are put back by arithmetic.
  if (spaced) {
    const joined = joinColumnSlices(section.items, items, opts.unit);
    for (const li of joined.slice(items.length)) addColumn(li.column, li.measure);
    items.splice(0, items.length, ...joined);
  }
  return { name: spaced ? 'spaced-text' : name, items: finishRows(items), columns, places, report, dataRows, rowsUnread, spaced: Boolean(spaced) };
}

/** Rows read, then what only the whole table tells: total rows by their arithmetic, levels by indentation. */
function finishRows(items: LineItem[]): LineItem[] {
  return levelsByIndent(totalsByArithmetic(items));
}

/** Rows of figures (with or without a reading) that a table prints: what the readings compete for. */
function figureRows(section: TableSection): GridRow[] {
  return section.items.flatMap((i) => (i.kind === 'row' && filled(i.row).filter(isAmountText).length >= 1 && !isColumnNumberRow(i.row) ? [i.row] : []));
}

/**
 * How good a reading is: the rows it explains plus the identities that close under it, minus twice those
 * that fail (a misread column breaks sums), so reading nothing never beats a reading whose sums mostly close.
 */
function scoreOf(r: Reading): { score: number; rows: number; ids: IdentityReport[] } {
  const ids = checkIdentities(r.items);
  const rows = printedRows(r.items).length;
  return { score: rows + ids.reduce((s, x) => s + x.satisfied - 2 * (x.checked - x.satisfied), 0), rows, ids };
}

/**
 * A coded table read under each column model that its header and its cells suggest; the reading
 * whose figures satisfy the most identities (then reads the most rows) is kept.
 */
export function recogniseCodedTable(printedSection: TableSection, opts: TableOptions): BudgetTable {
  const section: TableSection = { ...printedSection, items: joinWrappedCells(returnOverflowTails(printedSection.items)) };
  const stats = cellStatsOf(figureRows(section));
  // The cell-typed reading first: when the cells change no column's role it is the header's reading, read once.
  let changed = false;
  const cellTyped = readRows(section, opts, 'cell-typed', (r) => {
    const refined = refineByCells(r, stats);
    if (JSON.stringify(refined) !== JSON.stringify(r)) changed = true;
    return refined;
  });
  const candidates = changed ? [readRows(section, opts, 'header-roles', (r) => r), cellTyped] : [{ ...cellTyped, name: cellTyped.spaced ? cellTyped.name : 'header-roles' }];
  const scored = candidates.map((c) => ({ c, ...scoreOf(c) }));
  // Stable: on a tie the first (header-roles) reading stays.
  const best = scored.reduce((a, b) => (b.score > a.score || (b.score === a.score && b.rows > a.rows) ? b : a));
  const distinct = scored.filter((s, i) => i === 0 || !s.c.spaced);
  const chosen = best.c;
  const parse = parseReportOf({
    strategy: chosen.items.some((li) => li.level !== undefined) ? `${chosen.name}+names-indented` : chosen.name,
    items: section.items,
    columns: chosen.report ? columnReports(chosen.report.roles, chosen.report.paths, chosen.dataRows) : [],
    lineItems: chosen.items,
    hypotheses: distinct.map((s) => ({ name: s.c.name, score: s.score, rows: s.rows, chosen: s.c === chosen })),
    rowsUnread: chosen.rowsUnread,
    identities: best.ids,
  });
  return budgetTableOf(section, opts, chosen.columns, chosen.items, chosen.places, parse);
}
