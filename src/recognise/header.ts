import type { GridRow } from '../model/index.js';
import { measureOf } from './measures.js';

/** What a column of a coded table holds. */
export type ColumnRole =
  | { role: 'code'; part: number }
  | { role: 'name' }
  | { role: 'unit_code' }
  | { role: 'text' }
  | { role: 'amount'; path: string; measure: string };

/**
 * Header paths of a tabbed grid's columns. Merged header cells come as empty cells: an empty cell
 * under-which a lower header row has text belongs to the nearest filled cell on its left.
 */
export function headerPaths(headerRows: readonly GridRow[], columnCount: number): string[] {
  // A merged cell with a known span (ruled PDF grids) covers its columns; text files only show the
  // first column of a merge, so an empty cell is filled from the left when a lower header row has text.
  const spanned = headerRows.map(() => new Array<boolean>(columnCount).fill(false));
  const spanAware = headerRows.some((r) => r.cells.some((c) => c.colSpan > 1));
  const grid = headerRows.map((r, ri) => {
    const texts = new Array<string>(columnCount).fill('');
    for (const c of r.cells) {
      if (c.col >= columnCount) continue;
      texts[c.col] = c.text;
      for (let k = 1; k < c.colSpan && c.col + k < columnCount; k++) {
        texts[c.col + k] = c.text;
        spanned[ri][c.col + k] = true;
      }
    }
    return texts;
  });
  const paths: string[][] = Array.from({ length: columnCount }, () => []);
  grid.forEach((texts, r) => {
    let spanning = '';
    for (let c = 0; c < columnCount; c++) {
      const t = texts[c];
      if (t) {
        if (!spanned[r][c]) spanning = t;
        paths[c].push(t);
        continue;
      }
      const lowerHasText = grid.slice(r + 1).some((row) => row[c]);
      if (spanning && lowerHasText && !spanAware) paths[c].push(spanning);
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
    // 行次 (line numbers) and unit codes are printed columns, not amounts.
    if (/单位代码|单位编码|行次|栏次/.test(last) || /单位代码|单位编码/.test(path)) return { role: 'unit_code' };
    // A project's 绩效目标 or a row's 备注 printed beside the figures: words, never an amount column.
    if (/^(绩效目标|备注|说明)$/.test(last)) return { role: 'text' };
    if (CODE_PART.test(last) || (CODE_HEADER.test(path) && !/名称/.test(last))) return { role: 'code', part: codePart++ };
    // '人员经费/科目名称' names rows; only after that does a group word give an amount column its meaning.
    if (/科目名称$|^名称$|^项目$|^(预算)?单位(名称)?$/.test(last)) return { role: 'name' };
    const measure = measureOf(path);
    if (measure) return { role: 'amount', path, measure };
    if (NAME_HEADER.test(path)) return { role: 'name' };
    return { role: 'amount', path, measure: path ? 'unmapped' : 'unlabelled' };
  });
}
