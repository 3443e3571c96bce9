import type { GridRow } from '../model/index.js';
import { measureOf } from './measures.js';

/** What a column of a coded table holds. */
export type ColumnRole =
  | { role: 'code'; part: number }
  | { role: 'name' }
  | { role: 'unit_code' }
  | { role: 'amount'; path: string; measure: string };

/**
 * Header paths of a tabbed grid's columns. Merged header cells come as empty cells: an empty cell
 * under-which a lower header row has text belongs to the nearest filled cell on its left.
 */
export function headerPaths(headerRows: readonly GridRow[], columnCount: number): string[] {
  const grid = headerRows.map((r) => {
    const texts = new Array<string>(columnCount).fill('');
    for (const c of r.cells) if (c.col < columnCount) texts[c.col] = c.text;
    return texts;
  });
  const paths: string[][] = Array.from({ length: columnCount }, () => []);
  grid.forEach((texts, r) => {
    let spanning = '';
    for (let c = 0; c < columnCount; c++) {
      const t = texts[c];
      if (t) {
        spanning = t;
        paths[c].push(t);
        continue;
      }
      const lowerHasText = grid.slice(r + 1).some((row) => row[c]);
      if (spanning && lowerHasText) paths[c].push(spanning);
    }
  });
  return paths.map((p) => p.join('/'));
}

const CODE_PART = /^(类|款|项)$/;
const CODE_HEADER = /科目编码|功能分类科目编码|经济分类科目编码|科目代码|编码|代码/;
const NAME_HEADER = /科目名称|项目|名称|单位（科目名称）|功能分类|经济分类/;

/** Roles of the columns of a coded table from its header paths. */
export function columnRoles(paths: readonly string[]): ColumnRole[] {
  let codePart = 0;
  return paths.map((path) => {
    const last = path.split('/').pop() ?? '';
    if (/单位代码|单位编码/.test(path)) return { role: 'unit_code' };
    if (CODE_PART.test(last) || (CODE_HEADER.test(path) && !/名称/.test(last))) return { role: 'code', part: codePart++ };
    const measure = measureOf(path);
    if (measure) return { role: 'amount', path, measure };
    if (NAME_HEADER.test(path)) return { role: 'name' };
    return { role: 'amount', path, measure: path ? 'unmapped' : 'unlabelled' };
  });
}
