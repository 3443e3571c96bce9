import { findLabels } from './fields.js';
import type { FormRow } from './rows.js';

/** Titles: 项目支出绩效目标表, 财政项目支出绩效目标申报审核表, 绩效目标申报表 ... */
const TITLE = /绩效目标[\u4e00-\u9fff]{0,8}表([（(][^）)]*[）)])?$/;
/** A contents or list line naming the table is not a form's title. */
const LIST_ITEM = /^([-•*·]|[一二三四五六七八九十]+[、.]|\d+[、.])|目录/;

/** Parts of the document after the forms: the next 附件 or 第…部分 ends the last form. */
const NEXT_PART = /^(附件\s*\d+|第[一二三四五六七八九十]+部分)/;

/** True when a row is a form title: one of its first two cells names a performance-target table. */
export function isFormTitle(row: FormRow): boolean {
  return row.cells.slice(0, 2).some((c) => {
    const text = c.text.replace(/\s+/g, '');
    return text.length <= 40 && TITLE.test(text) && !LIST_ITEM.test(text);
  });
}

function isNextPart(row: FormRow): boolean {
  return row.cells.length <= 2 && NEXT_PART.test(row.cells[0]?.text ?? '');
}

/**
 * The rows of each project's form. A form runs from its title to the next title (or the next
 * 附件 / 第…部分, so text after the last form is not read as indicators); a run holding
 * two projects (a missing title) is cut again before the second 项目名称, taking the 项目实施单位
 * and 单位 lines just above it along. Runs without a 项目名称, or without funds or an indicator
 * grid (a budget table with a 项目名称 column), are not forms.
 */
export function splitForms(rows: readonly FormRow[]): FormRow[][] {
  const starts = rows.flatMap((row, i) => (isFormTitle(row) ? [i] : []));
  const runs = starts.map((s, k) => {
    const run = rows.slice(s, starts[k + 1] ?? rows.length);
    const end = run.findIndex((r, i) => i > 0 && isNextPart(r));
    return end > 0 ? run.slice(0, end) : run;
  });
  return runs.flatMap(splitAtSecondName).filter(isProjectForm);
}

function splitAtSecondName(run: FormRow[]): FormRow[][] {
  const names = [...new Set(findLabels(run, 'name').map((h) => h.row))];
  if (names.length < 2) return [run];
  const cuts = names.slice(1).map((r) => {
    let cut = r;
    while (cut - 1 > names[0] && run[cut - 1].cells.some((c) => /^(项目实施单位|单位\s*[:：])/.test(c.text))) cut--;
    return cut;
  });
  return [0, ...cuts].map((c, k) => run.slice(c, cuts[k] ?? run.length));
}

function isProjectForm(run: FormRow[]): boolean {
  if (!findLabels(run, 'name').length) return false;
  const hasFunds = findLabels(run, 'midTermTotal').length + findLabels(run, 'annualTotal').length > 0;
  const hasGrid = run.some((r) => r.cells.some((c) => c.text.replace(/\s+/g, '') === '三级指标'));
  return hasFunds || hasGrid;
}
