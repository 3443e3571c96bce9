import type { LaidOutDocument, Project, Unit } from '../../model/index.js';
import { splitForms } from './forms.js';
import { readProject } from './project.js';
import { flattenBlocks } from './rows.js';

/**
 * Projects of the performance-target forms (项目支出绩效目标表 / 绩效目标申报审核表) of a document,
 * in document order. Forms are read over the flattened rows between one title and the next, by
 * their labels rather than by column, so grids broken up, shifted or from PDFs read alike.
 * `defaultUnit` applies when a form prints no 单位.
 */
export function recogniseProjects(doc: LaidOutDocument, defaultUnit: Unit = '万元'): Project[] {
  return splitForms(flattenBlocks(doc.blocks))
    .map((rows) => readProject(rows, defaultUnit))
    .filter((p): p is Project => p !== null);
}

export { flattenBlocks, type FormCell, type FormRow } from './rows.js';
