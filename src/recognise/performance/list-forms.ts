import { type Amount, type Block, type Indicator, type Place, Project, type Unit } from '../../model/index.js';
import { normaliseText } from '../../util/cjk.js';
import { annualProject } from './annual-project.js';
import { printedAmount } from './funds.js';
import { indicatorOfRow, type LevelState } from './indicator-columns.js';
import { type ListColumns, listColumns } from './list-columns.js';
import { type FormCell, type FormRow, flattenBlocks } from './rows.js';
import { runOnIndicators } from './runon.js';

/** 单位：万元, 金额单位：元 printed above a list. */
const UNIT = /单位\s*[:：]\s*(万元|元)/;
/** Rows that are not projects: totals, and a table after the list (部门整体支出绩效目标表). */
const TOTAL_ROW = /^(合\s*计|总\s*计)/;
const END = /整体支出绩效目标表|整体绩效目标表/;
const LEVEL1_WORD = /^(产出|效益|满意度|成本)指标$/;
/** Project codes printed before the name: '11000022T000000444194-法律援助办案补贴'. */
const CODE_PREFIX = /^(\d{6,}[A-Z]\d+)\s*[-－]\s*/;
/** A project code alone, cut by a page break before its name. */
const CODE_FRAGMENT = /^\d{6,}[A-Z]?\d*$/;

interface Draft {
  name: string;
  /** The name was printed after a project code (Beijing): a continuation without one is recognisable. */
  coded: boolean;
  code: string | null;
  spender: string | null;
  place: Place;
  /** The name cell (merged over the project's entries), where the entries' name is printed. */
  namePlace: Place;
  /** The project's first row. */
  rowPlace: Place;
  unit: Unit;
  total: Amount | null;
  fiscal: Amount | null;
  other: Amount | null;
  goal: FormCell | null;
  indicators: Indicator[];
  levels: LevelState;
}

const cellAt = (row: FormRow, col: number | null) => (col === null ? undefined : row.cells.find((c) => c.col === col));
const isNumeric = (t: string) => /^[-\d,.\s]+$/.test(t);

/** A row of header words under a header row (financial split, indicator levels): never a project. */
function isSubHeader(row: FormRow, cols: ListColumns | null, nameCol: number): boolean {
  return !row.cells.some((c) => c.col === nameCol || /\d/.test(c.text)) && (cols === null || row.cells.length > 0);
}

/**
 * Projects of list-shaped performance tables, where one table holds many projects: a name cell
 * (merged down over the project's indicator rows) with its funds, goal, and either one run-on
 * indicator cell or indicator columns. A project continued on the next page repeats its name
 * in the first row there and is joined to it. Rows naming a unit (no goal, no indicators) are
 * subtotals, not projects.
 */
export function recogniseProjectLists(blocks: readonly Block[], defaultUnit: Unit): Project[] {
  return readProjectLists(blocks, defaultUnit).projects;
}

/** The projects of the lists and the pages where a list header is printed (no form is read there). */
export function readProjectLists(blocks: readonly Block[], defaultUnit: Unit): { projects: Project[]; pages: Set<number> } {
  // Text lines (titles, units, page numbers, cells the layout could not place) are never list rows.
  const rows = blocks.flatMap((b) => flattenBlocks([b]).map((row, i) => ({ ...row, grid: b.kind === 'grid', first: i === 0 })));
  const out: Project[] = [];
  let cols: ListColumns | null = null;
  let unit: Unit = defaultUnit;
  let current = null as Draft | null;
  let firstAfterHeader = false;
  // The last row without goal or indicators names the unit spending the projects under it (Guangzhou's 资金使用单位).
  let spender: string | null = null;
  const pages = new Set<number>();

  // Entries printed above their merged name cell's text (the name is centred in the cell, here on the next page).
  let unnamed: Draft[] = [];
  const settleUnnamed = (name: { name: string; coded: boolean; code: string | null; place: Place } | null) => {
    for (const d of unnamed) {
      if (name) out.push(toProject({ ...d, name: name.name, coded: name.coded, code: name.code, namePlace: name.place }));
      else out[out.length - 1]?.indicators.push(...d.indicators); // as before: the rows of the project above
    }
    unnamed = [];
  };
  const finish = () => {
    if (current?.name === '') unnamed.push(current);
    else if (current && (current.goal || current.indicators.length)) out.push(toProject(current));
    else if (current) spender = current.name;
    current = null;
  };

  // The lowest grid row seen on each page: a merged name cell reaching it runs on to the next page.
  const pageBottom = new Map<number, number>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const [pg, bottom] = [row.place.page, row.place.bbox?.[3]];
    if (row.grid && pg !== undefined && bottom !== undefined) pageBottom.set(pg, Math.max(pageBottom.get(pg) ?? 0, bottom));
    const text = row.cells.map((c) => c.text).join('');
    const u = UNIT.exec(text);
    if (u && row.cells.length <= 3) unit = u[1] as Unit;
    if (END.test(text) && row.cells.length <= 2) {
      finish();
      cols = null;
      continue;
    }
    const header = headerAt(rows, r);
    if (header) {
      cols = header.cols;
      if (row.place.page !== undefined) pages.add(row.place.page);
      r = header.last;
      firstAfterHeader = true;
      continue;
    }
    if (!cols || !row.grid) continue;
    const nameCell = cellAt(row, cols.name);
    if (nameCell && LEVEL1_WORD.test(nameCell.text)) {
      // A grid continued on a page where the layout lost the name column: its rows are shifted and
      // its project's name is scattered over text lines; dropped rather than given to another project.
      finish();
      continue;
    }
    if (nameCell && !TOTAL_ROW.test(nameCell.text)) {
      const name = nameCell.text.replace(CODE_PREFIX, '');
      const atPageTop = firstAfterHeader || row.first;
      const blank = (col: number | null) => !cellAt(row, col)?.text.trim();
      // A project continued on the next page repeats its name in the first row there; or, where the merged
      // cell is cut by the page break (Beijing), the second page shows the rest of the name with no code
      // and no amounts: '北京市公共' | '法律网络平台升级改造项目'.
      // The amounts are centred in their merged cells too, so they may be on either side of the break.
      const cutName = atPageTop && current?.coded && !CODE_PREFIX.test(nameCell.text) && ((blank(cols.total) && blank(cols.fiscal)) || !current.total);
      if (cutName && current && !current.name.endsWith(name)) current.name += name;
      if (cutName && current && !current.total) {
        const more = newDraft(name, false, spender, nameCell.place, unit, row, cols);
        current.total = more.total;
        current.fiscal ??= more.fiscal;
        current.other ??= more.other;
      }
      // The break may even cut the code: '11000025T000003' | '315028-框架协议采购专项业务'.
      const codeCut = atPageTop && !!current && CODE_FRAGMENT.test(current.name) && /^\d+\s*[-－]/.test(nameCell.text);
      if (codeCut && current) {
        const full = current.name + nameCell.text;
        Object.assign(current, { name: full.replace(CODE_PREFIX, ''), coded: CODE_PREFIX.test(full), code: CODE_PREFIX.exec(full)?.[1] ?? null });
        if (!current.total) {
          const more = newDraft(name, false, spender, nameCell.place, unit, row, cols);
          Object.assign(current, { total: more.total, fiscal: current.fiscal ?? more.fiscal, other: current.other ?? more.other });
        }
      }
      const continued = atPageTop && (current?.name === name || cutName || codeCut);
      if (!continued) {
        finish();
        // Rows without amounts just above the break are this project's first rows (its name and amounts,
        // centred in their cells, printed on this page).
        const head = atPageTop && unnamed.length && !unnamed[unnamed.length - 1].total ? unnamed.pop()! : null;
        settleUnnamed(atPageTop ? { name, coded: CODE_PREFIX.test(nameCell.text), code: CODE_PREFIX.exec(nameCell.text)?.[1] ?? null, place: nameCell.place } : null);
        current = newDraft(name, CODE_PREFIX.test(nameCell.text), spender, nameCell.place, unit, row, cols);
        current.code = CODE_PREFIX.exec(nameCell.text)?.[1] ?? null;
        if (head) {
          current.indicators.push(...head.indicators);
          current.levels = head.levels;
          if (head.goal) current.goal = current.goal ? { ...head.goal, text: head.goal.text + current.goal.text } : head.goal;
        }
      }
    } else if (nameCell) {
      finish();
    } else if (isEntryRow(row, cols)) {
      // Excel merges a repeated project name over its entries: a row with its own amount and goal under
      // the merged cell is the next entry of that name (Beijing's 水务局 lists one project per unit so).
      // Above the cell's text on the page before, the entry waits for the name printed at the next page's top.
      const under = current && current.name !== '' && within(current.namePlace, row.place, pageBottom) ? current : null;
      finish();
      current = newDraft(under?.name ?? '', under?.coded ?? false, spender, row.place, unit, row, cols, under?.namePlace ?? row.place);
      current.code = under?.code ?? null;
    } else if (current && current.name !== '' && spansRows(current.namePlace, current.rowPlace) && !within(current.namePlace, row.place, pageBottom)) {
      // Below a name cell merged over its project's rows, a row without a name is another project's, whose
      // name (centred in its cell) is printed further down or on the next page: it waits for that name.
      finish();
      current = newDraft('', false, spender, row.place, unit, row, cols);
    }
    firstAfterHeader = false;
    if (current) {
      addIndicators(current, row, cols);
      addGoalLines(current, row, cols);
    }
  }
  finish();
  settleUnnamed(null);
  return { projects: out, pages };
}

function newDraft(name: string, coded: boolean, spender: string | null, place: Place, unit: Unit, row: FormRow, cols: ListColumns, namePlace = place): Draft {
  const amount = (col: number | null) => {
    const c = cellAt(row, col);
    return c ? printedAmount(c.text, unit, c.place) : null;
  };
  return {
    name, coded, code: null, spender, place, namePlace, rowPlace: row.place, unit,
    total: amount(cols.total),
    fiscal: amount(cols.fiscal),
    other: amount(cols.other),
    goal: cellAt(row, cols.goal) ?? null,
    indicators: [],
    levels: { level1: null, level2: null },
  };
}

/**
 * The row lies under the (merged) name cell: on its page above the cell's bottom, or on a later page when
 * the cell reaches the bottom of its page's grid (cut by the break).
 */
function within(cell: Place, row: Place, pageBottom: ReadonlyMap<number, number>): boolean {
  if (cell.page === undefined || row.page === undefined || !cell.bbox || !row.bbox) return false;
  if (cell.page === row.page) return row.bbox[1] < cell.bbox[3] - 1;
  return row.page > cell.page && cell.bbox[3] >= (pageBottom.get(cell.page) ?? Infinity) - 1;
}

/** The name cell reaches below the row it starts in: a merged cell, whose extent tells its project's rows. */
function spansRows(nameCell: Place, first: Place): boolean {
  return !!nameCell.bbox && !!first.bbox && nameCell.page === first.page && nameCell.bbox[3] > first.bbox[3] + 1;
}

/** A row without a name that starts an entry: an amount in the total column and a goal of its own. */
function isEntryRow(row: FormRow, cols: ListColumns): boolean {
  const total = cellAt(row, cols.total);
  const goal = cellAt(row, cols.goal);
  return !!total && isNumeric(total.text) && /\d/.test(total.text) && !!goal && !isNumeric(goal.text) && cols.goal !== null;
}

/**
 * The goal cell is merged down over the project's indicator rows and its text, centred in it, wraps over
 * many of them (Beijing): the lines on the project's later rows are the rest of its goal, or all of it.
 */
function addGoalLines(draft: Draft, row: FormRow, cols: ListColumns): void {
  const g = cellAt(row, cols.goal);
  if (!g || g === draft.goal || !g.text.trim() || isNumeric(g.text)) return;
  draft.goal = draft.goal ? { ...draft.goal, text: `${draft.goal.text}${g.text}` } : g;
}

function addIndicators(draft: Draft, row: FormRow, cols: ListColumns): void {
  const runOn = cellAt(row, cols.runOn);
  if (runOn) draft.indicators.push(...runOnIndicators(runOn.text, runOn.place));
  if (!cols.indicators) return;
  const it = indicatorOfRow(row.cells, cols.indicators, draft.levels, 'annual');
  if (it) draft.indicators.push(it);
}

/** A list header starting at row `r` (with a sub-header row under it), or null. */
function headerAt(rows: readonly FormRow[], r: number): { cols: ListColumns; last: number } | null {
  const row = rows[r];
  if (row.cells.length < 3 || row.cells.some((c) => isNumeric(c.text))) return null;
  const first = listColumns(row.cells);
  const next = rows[r + 1];
  const nameCol = first?.name ?? listColumns([...row.cells, ...(next?.cells ?? [])])?.name;
  if (nameCol === undefined) return null;
  if (next && isSubHeader(next, first, nameCol)) {
    const merged = listColumns([...row.cells, ...next.cells]);
    if (merged) return { cols: merged, last: r + 1 };
  }
  return first ? { cols: first, last: r } : null;
}

function toProject(d: Draft): Project {
  // Entries under one merged name cell share its place: the name is printed once for them all.
  const fieldPlaces: Record<string, Place> = { name: d.namePlace };
  if (d.total) fieldPlaces.annual = d.total.place;
  if (d.goal) fieldPlaces.annualGoal = d.goal.place;
  return annualProject({
    name: normaliseText(d.name),
    code: d.code,
    implementingUnit: d.spender,
    annual: { total: d.total, fiscal: d.fiscal, other: d.other },
    annualGoal: d.goal?.text ?? null,
    indicators: d.indicators,
    place: d.place,
    fieldPlaces,
  });
}
