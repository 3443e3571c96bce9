import { DocumentFacts, RecogniserId, type BudgetTable, type LaidOutDocument, type ThreePublicFigure, type Unit } from '../model/index.js';
import { readDocumentMeta } from './document-meta.js';
import { extractClaims, narrativeThreePublic } from './narrative/claims.js';
import { recogniseDepartmentTargets, recogniseProjects } from './performance/index.js';
import { typeProject } from './performance/project-meaning.js';
import { withRateStatements } from './performance/rate-statements.js';
import { withTargetTypes } from './performance/target-type.js';
import { itemText, itemsOf, type Item } from './rows.js';
import { printedFigures } from './tables/budget-table.js';
import { findSections, type TableSection } from './sections.js';
import { isPartSpendingTitle } from './table-kinds.js';
import { recogniseCodedTable } from './tables/coded-table.js';
import { recogniseThreePublicTable } from './tables/three-public-table.js';
import { recogniseTwoSidedTable } from './tables/two-sided-table.js';
import { recoverFunctionCodes, shippedCatalogue } from './tables/recover-codes.js';
import { restoreCutNames } from './tables/restore-cut-names.js';
import { PLACEHOLDER_MARKS } from '../vocab/disclosure-words.js';

/** Recognise stage: grids and paragraphs to typed budget facts. */

function recogniseTable(section: TableSection, key: string, unit: Unit, unitStated: boolean, isFinalDoc: boolean, fiscalYear: number | null) {
  switch (section.kind) {
    case 'three_public':
      return recogniseThreePublicTable(section, { key, unit, unitStated, isFinalDoc, fiscalYear });
    case 'fiscal_appropriation_summary':
    case 'income_expenditure_summary':
      return { table: recogniseTwoSidedTable(section, { key, unit, unitStated }), figures: [] };
    case 'project_performance':
    case 'dept_performance':
      return null;
    case 'other':
      // A table of part of the spending (projects, 机关运行经费) is kept and read as kind 'other' (its rows are facts, the 目录 lists it).
      return isPartSpendingTitle(section.title) ? { table: recogniseCodedTable(section, { key, unit, unitStated }), figures: [] } : null;
    default:
      return { table: recogniseCodedTable(section, { key, unit, unitStated }), figures: [] };
  }
}

/**
 * A table that shows no figure of its own while grid rows on its pages that no table took print some: those
 * rows are most likely its own, cut off from it, so it is unread, never empty.
 */
function unreadIfPageHasFigures(table: BudgetTable, items: readonly Item[], inSection: ReadonlySet<Item>): BudgetTable {
  if (table.readStatus !== 'empty' || table.pageFrom === undefined) return table;
  const stray = items.filter((i) => i.kind === 'row' && !inSection.has(i) && i.place.page !== undefined && i.place.page >= table.pageFrom! && i.place.page <= (table.pageTo ?? table.pageFrom!));
  return printedFigures({ items: stray }).nonZero > 0 ? { ...table, readStatus: 'unread', empty: false } : table;
}

/** Titles without numbering (一、 3. 预算10表 表10) and year, whitespace removed, one contained in the other. */
function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .replace(/\s+/g, '')
      .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[.．、]|(?:预算|公开|附)?表?\d+表?[:：.．、]?)+/, '')
      .replace(/^\d{4}年度?/, '');
  const [x, y] = [norm(a), norm(b)];
  return x.length > 2 && y.length > 2 && (x.includes(y) || y.includes(x));
}

const ALL: readonly RecogniserId[] = RecogniserId.options;

export function recogniseDocument(doc: LaidOutDocument, recognisers: readonly RecogniserId[] = ALL): DocumentFacts {
  const on = (id: RecogniserId) => recognisers.includes(id);
  const items = itemsOf(doc);
  const { sections, listed } = findSections(items);
  const meta = readDocumentMeta(items, sections, doc.fileName);
  const isFinalDoc = meta.docType === 'final_accounts';

  const tables: BudgetTable[] = [];
  const threePublic: ThreePublicFigure[] = [];
  // Tables without a printed unit take the unit most other tables print (usually 万元 or 元).
  const statedUnits = sections.map((s) => s.unit).filter((u): u is Unit => u !== null);
  const defaultUnit: Unit = statedUnits.filter((u) => u === '元').length > statedUnits.length / 2 ? '元' : '万元';
  const inSection = new Set(sections.flatMap((s) => s.items));
  for (const section of sections) {
    if (!on(section.kind === 'three_public' ? 'three_public' : 'tables')) continue;
    const recognised = recogniseTable(section, `t${tables.length + 1}`, section.unit ?? defaultUnit, section.unit !== null, isFinalDoc, meta.fiscalYear);
    if (!recognised) continue;
    const table = unreadIfPageHasFigures(recognised.table, items, inSection);
    // An 'other' table (project spending, 政府采购 …) is kept when read, or when the 目录 lists it (so that it is
    // not reported missing); unread and unlisted, it is left out like every table of a kind budgetlens does not read.
    if (table.kind === 'other' && table.readStatus !== 'read' && !listed.some((l) => sameTitle(l.title, table.title))) continue;
    tables.push(table);
    threePublic.push(...recognised.figures);
  }

  const narrative = items.filter((i) => i.kind === 'line').map((i) => ({ text: itemText(i), place: i.place }));
  const claims = on('claims') ? extractClaims(narrative, meta.department, meta.fiscalYear) : [];
  if (on('three_public')) threePublic.push(...narrativeThreePublic(claims, isFinalDoc));

  const placeholders = items
    .filter((i) => PLACEHOLDER_MARKS.test(itemText(i)))
    .slice(0, 50)
    .map((i) => ({ text: itemText(i).slice(0, 120), place: i.place }));

  return DocumentFacts.parse({
    meta,
    // Names a clipped cell cut short are completed first, so the codes recovered by name see them whole.
    tables: recoverFunctionCodes(restoreCutNames(tables, meta.fiscalYear), shippedCatalogue(meta.fiscalYear)),
    threePublic,
    projects: on('projects')
      ? withTargetTypes([...recogniseProjects(doc, defaultUnit), ...recogniseDepartmentTargets(doc, defaultUnit)]).map((p) => withRateStatements(typeProject(p)))
      : [],
    claims,
    listedTables: listed,
    placeholders,
  });
}
