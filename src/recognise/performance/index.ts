import type { LaidOutDocument, Project, Unit } from '../../model/index.js';
import { splitForms } from './forms.js';
import { readProjectLists } from './list-forms.js';
import { readProject } from './project.js';
import { flattenBlocks } from './rows.js';

/**
 * Projects of the performance-target forms (项目支出绩效目标表 / 绩效目标申报审核表) of a document,
 * in document order. Forms are read over the flattened rows between one title and the next, by
 * their labels rather than by column, so grids broken up, shifted or from PDFs read alike.
 * Lists holding many projects per table (one row group per project) are read by column
 * (see list-forms.ts). `defaultUnit` applies when a form prints no 单位.
 */
export function recogniseProjects(doc: LaidOutDocument, defaultUnit: Unit = '万元'): Project[] {
  const lists = readProjectLists(doc.blocks, defaultUnit);
  const forms = splitForms(flattenBlocks(doc.blocks))
    .map((rows) => readProject(rows, defaultUnit))
    .filter((p): p is Project => p !== null)
    // A list's header read as a form ('项目名称 | 项目总额 …') is not a project.
    .filter((p) => p.place.page === undefined || !lists.pages.has(p.place.page));
  const all = [...forms, ...lists.projects];
  return all.length && all.every((p) => p.place.page !== undefined)
    ? all.sort((a, b) => a.place.page! - b.place.page!)
    : all;
}

export { DEPARTMENT_TARGETS, recogniseDepartmentTargets } from './dept-targets.js';
export { recogniseProjectLists } from './list-forms.js';
export { flattenBlocks, type FormCell, type FormRow } from './rows.js';
