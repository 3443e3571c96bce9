import { type Amount, type Block, type Grid, type Indicator, type LaidOutDocument, Project, type Unit } from '../../model/index.js';
import { normaliseText } from '../../util/cjk.js';
import { annualProject } from './annual-project.js';
import { printedAmount } from './funds.js';
import { type ColumnRole, indicatorOfRow, type IndicatorColumns, type LevelState, roleOfHeader } from './indicator-columns.js';
import { level1Of, matchLevel1, matchLevel2 } from './labels.js';
import { type FormCell, flattenBlocks } from './rows.js';

/** The name given to a department's overall targets, so they read like one more project. */
export const DEPARTMENT_TARGETS = '部门整体支出';

/** 部门整体支出绩效目标表 (Beijing, Changsha), 部门整体预算绩效目标申报表 (Guangzhou), 部门整体绩效目标表 (Chongqing). */
const TITLE = /部门整体(支出|预算)?(年度)?绩效目标(申报)?表/;
/** Another table's title ends the department table (专项资金整体支出绩效目标表 is not the department's). */
const OTHER_TITLE = /绩效目标表|预算\d+表|^表\s*\d+|专项资金/;
const LIST_ITEM = /^(\d+|[一二三四五六七八九十]+)[、.．]|目录|\.{4,}/;
const UNIT = /单位\s*[:：]\s*(万元|元)|[（(](万元|元)[）)]/;
const DEPT = /^(部门|单位)[（(]?(单位)?[）)]?名称/;
const GOAL_LABEL = /^(部门|当年|年度)?(整体|总体)绩效目标$/;
const TOTAL = /^(预算支出总额|资金总额|总额|支出总额)$/;
const FISCAL = /^(财政拨款|一般公共预算)$/;
const OTHER = /^其他资金$/;
const SUM_ROW = /^(金额)?合计$/;
/** Beijing prints 一级, 二级 and 三级 in one cell: '产出指标数量指标北京市行政执法资格考试人数'. */
const RUN_TOGETHER =
  /^(产出指标|效益指标|满意度指标|成本指标)(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|经济成本指标|社会成本指标|生态环境成本指标)(.+)$/;

const bare = (t: string) => t.replace(/\s+/g, '');
const isAmount = (t: string) => /^-?[\d,]+(\.\d+)?$/.test(t.trim());

interface Table {
  rows: { cells: FormCell[]; grid: Grid | null }[];
  unit: Unit;
}

/**
 * Department-wide targets (部门整体支出绩效目标表: Beijing 预算13表, Changsha, Xi'an 表14) as projects
 * named '部门整体支出': the department's total, fiscal and other funds of the year, the overall goal and
 * the annual indicators. Read by header words; pages continuing the table without a header are
 * read by the header's column order when they have as many columns, else, when narrow, from the
 * right (the last cell the target, the one before it the indicator).
 */
export function recogniseDepartmentTargets(doc: LaidOutDocument, defaultUnit: Unit = '万元'): Project[] {
  return tables(doc.blocks, defaultUnit).map(readTable).filter((p): p is Project => p !== null);
}

function tables(blocks: readonly Block[], defaultUnit: Unit): Table[] {
  const out: Table[] = [];
  let current: Table | null = null;
  for (const block of blocks) {
    for (const row of flattenBlocks([block])) {
      const text = bare(row.cells.map((c) => c.text).join(''));
      const short = row.cells.length <= 2 && text.length <= 40;
      if (short && TITLE.test(text) && !LIST_ITEM.test(text)) {
        if (!current) out.push((current = { rows: [], unit: defaultUnit }));
        continue;
      }
      if (!current) continue;
      if (short && OTHER_TITLE.test(text)) {
        current = null;
        continue;
      }
      const u = block.kind === 'text' ? UNIT.exec(text) : null;
      if (u && current.rows.length === 0) current.unit = (u[1] ?? u[2]) as Unit;
      current.rows.push({ cells: row.cells, grid: block.kind === 'grid' ? block : null });
    }
  }
  return out;
}

function readTable(table: Table): Project | null {
  const cells = table.rows.flatMap((r) => r.cells);
  let department: string | null = null;
  let goal: FormCell | null = null;
  const money: Partial<Record<'total' | 'fiscal' | 'other', number>> = {};
  const amounts: Partial<Record<'total' | 'fiscal' | 'other', Amount | null>> = {};
  let unit = table.unit;
  let columns: IndicatorColumns | null = null;
  let headerGrid: Grid | null = null;
  const levels: LevelState = { level1: null, level2: null };
  const indicators: Indicator[] = [];
  let lastNumber = 0;
  let goalCol: number | undefined;
  let goalRow = 0;

  for (const { cells: rowCells, grid } of table.rows) {
    const texts = rowCells.map((c) => bare(c.text));
    // Department name, unit and goal labels.
    rowCells.forEach((c, i) => {
      const t = texts[i];
      const next = rowCells[i + 1];
      if (DEPT.test(t)) department ??= (t.replace(DEPT, '').replace(/^[:：]/, '') || next?.text) ?? null;
      const u = UNIT.exec(t);
      if (u && /资金|单位|金额/.test(t)) unit = (u[1] ?? u[2]) as Unit;
      // A label beside its text (Beijing); in a header row (Changsha) the text is under it.
      if (GOAL_LABEL.test(t) && next && rowCells.length <= 3) goal ??= next;
      else if (GOAL_LABEL.test(t) && goalCol === undefined) {
        goalCol = c.col;
        goalRow = table.rows.findIndex((r) => r.cells === rowCells);
      }
    });
    // Money labels: beside their figure (Guangzhou's 收入来源 | 预算金额 box: '财政拨款 | 92,008.68'), that
    // figure; as column headers (Beijing), remember their columns: the first figure under each is the value.
    rowCells.forEach((c, i) => {
      const t = texts[i];
      const key = TOTAL.test(t) ? 'total' : FISCAL.test(t) ? 'fiscal' : OTHER.test(t) ? 'other' : null;
      if (!key) return;
      const next = rowCells[i + 1];
      if (next && isAmount(next.text) && amounts[key] === undefined) amounts[key] = printedAmount(next.text, unit, next.place);
      else money[key] ??= c.col;
    });
    const sumRow = texts.some((t) => SUM_ROW.test(t)) && rowCells.some((c) => isAmount(c.text));
    for (const key of ['total', 'fiscal', 'other'] as const) {
      const col = money[key];
      if (col === undefined || (amounts[key] && !sumRow)) continue;
      const c = rowCells.find((x) => x.col === col && isAmount(x.text));
      if (c) amounts[key] = printedAmount(c.text, unit, c.place);
    }
    // Indicator header.
    const header = headerColumns(rowCells);
    if (header) {
      columns = header;
      headerGrid = grid;
      continue;
    }
    if (!columns || !grid) continue;
    const it =
      grid === headerGrid || headerGrid === null
        ? indicatorOfRow(rowCells, columns, levels, 'annual')
        : continuationIndicator(rowCells, grid, headerGrid, columns, levels);
    if (!it) continue;
    // Numbered indicators starting again at 1 belong to a 二级 whose label the layout lost.
    const n = /^指标(\d+)[:：]/.exec(it.name);
    if (n && Number(n[1]) < lastNumber && !rowCells.some((c) => matchLevel2(c.text))) {
      levels.level2 = null;
      it.level2 = null;
    }
    lastNumber = n ? Number(n[1]) : 0;
    indicators.push(splitRunTogether(it));
  }
  if (!goal) goal = goalFromColumn(table, goalCol, goalRow) ?? goalsNumbered(cells);
  if (!indicators.length && !amounts.total) return null;
  const place = table.rows.find((r) => r.grid)?.grid?.place ?? cells[0]?.place ?? {};
  return annualProject({
    scope: 'department',
    name: DEPARTMENT_TARGETS,
    implementingUnit: department ? normaliseText(department) : null,
    annual: { total: amounts.total ?? null, fiscal: amounts.fiscal ?? null, other: amounts.other ?? null },
    annualGoal: goal?.text ?? null,
    indicators,
    place,
    fieldPlaces: goal ? { annualGoal: goal.place } : {},
  });
}

/** Indicator header of the department table: 三级指标 or 指标内容 (Xi'an), or Beijing's one 绩效指标 column. */
function headerColumns(cells: readonly FormCell[]): IndicatorColumns | null {
  const role = (t: string): ColumnRole | null => {
    const b = bare(t);
    if (/^(指标内容|指标名称|绩效指标)$/.test(b)) return 'name';
    return roleOfHeader(b);
  };
  let cols = cells.map((c) => ({ col: c.col, role: role(c.text) }));
  // Beside a 三级指标 or 指标名称 column, 绩效指标 is the label of the indicator block (Guangzhou, Chongqing),
  // not a column of names.
  if (cols.filter((c) => c.role === 'name').length > 1) cols = cols.map((c, i) => (c.role === 'name' && bare(cells[i].text) === '绩效指标' ? { ...c, role: null } : c));
  const hasTarget = cols.some((c) => c.role === 'target');
  return cols.filter((c) => c.role === 'name').length === 1 && hasTarget ? { cols } : null;
}

/**
 * A row of a continuation page without a header: by the header's own columns when the page's grid has the
 * header grid's shape (its frame closed over the page break), by the header's column order when the page
 * has as many columns as the header has cells, else from the right (target last, indicator before it).
 */
function continuationIndicator(cells: readonly FormCell[], grid: Grid, headerGrid: Grid, columns: IndicatorColumns, levels: LevelState): Indicator | null {
  if (grid.columnCount === headerGrid.columnCount) return indicatorOfRow(cells, columns, levels, 'annual');
  const byX = sameFrame(grid, headerGrid) ? columnsByX(columns, headerGrid) : null;
  if (byX) {
    // The same printed frame on both pages (fewer inner lines here, a merged cell spanning them): by x.
    const at = cells.map((c) => ({ ...c, col: Math.round((c.place.bbox?.[0] ?? 0) + 2) }));
    return indicatorOfRow(at, byX, levels, 'annual');
  }
  if (grid.columnCount === columns.cols.length) {
    const byIndex: IndicatorColumns = { cols: columns.cols.map((c, i) => ({ col: i, role: c.role })) };
    return indicatorOfRow(cells, byIndex, levels, 'annual');
  }
  // Only narrow grids (a page holding just indicator, value and perhaps a level) are read from the right;
  // a wide one without the header's shape is a repeated header or another table.
  if (grid.columnCount > 4) return null;
  const rest = [...cells];
  const target = rest.pop();
  const name = rest.pop();
  if (!target || !name) return null;
  for (const c of rest) {
    const l1 = matchLevel1(c.text) ?? (/^成本指标$/.test(bare(c.text)) ? '成本指标' : null);
    const l2 = matchLevel2(c.text);
    if (l2 && !l1) {
      levels.level2 = l2.name;
      levels.level1 = level1Of(l2.name) ?? levels.level1;
    } else if (l1) {
      levels.level1 = l1;
      levels.level2 = null;
    }
  }
  return { horizon: 'annual', level1: levels.level1, level2: levels.level2, name: name.text, target: target.text, place: name.place };
}

/** '产出指标数量指标X' -> 产出指标 / 数量指标 / X. */
function splitRunTogether(it: Indicator): Indicator {
  const m = RUN_TOGETHER.exec(bare(it.name));
  if (!m) return it;
  return { ...it, level1: matchLevel1(m[1]) ?? m[1], level2: matchLevel2(m[2])?.name ?? m[2], name: m[3] };
}

/** The goal under its label, in the label's column (rows above the label, such as 单位名称, are not it). */
function goalFromColumn(table: Table, col: number | undefined, from: number): FormCell | null {
  if (col === undefined) return null;
  for (const r of table.rows.slice(from)) {
    const c = r.cells.find((x) => x.col === col && x.text.length > 10 && !GOAL_LABEL.test(bare(x.text)));
    if (c) return c;
  }
  return null;
}

/** Xi'an prints the goals as '目标1：…目标2：…' rows without a label. */
function goalsNumbered(cells: readonly FormCell[]): FormCell | null {
  const goals = cells.filter((c) => /^目标\d+[:：]/.test(c.text));
  return goals.length ? { ...goals[0], text: goals.map((c) => c.text).join('') } : null;
}

/** Two grids printed in one frame: the same left and right edges (within 3 points). */
function sameFrame(a: Grid, b: Grid): boolean {
  const [x, y] = [a.place.bbox, b.place.bbox];
  return !!x && !!y && Math.abs(x[0] - y[0]) <= 3 && Math.abs(x[2] - y[2]) <= 3;
}

/** The header's column roles keyed by the x where each header column starts, or null without boxes. */
function columnsByX(columns: IndicatorColumns, headerGrid: Grid): IndicatorColumns | null {
  const x0 = new Map<number, number>();
  for (const row of headerGrid.rows) for (const c of row.cells) if (c.place.bbox && !x0.has(c.col)) x0.set(c.col, c.place.bbox[0]);
  const cols = columns.cols.map((c) => ({ col: x0.has(c.col) ? Math.round(x0.get(c.col)!) : NaN, role: c.role }));
  return cols.every((c) => Number.isFinite(c.col)) ? { cols: cols.sort((a, b) => a.col - b.col) } : null;
}
