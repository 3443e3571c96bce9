import type { ListedTable, Place, TableKind, Unit } from '../model/index.js';
import { filled, itemText, type Item } from './rows.js';
import { isPartHeadingTitle } from '../vocab/table-titles.js';
import { HEADER_LABELS } from '../vocab/disclosure-words.js';
import { looksLikeTableTitle, scoreTableKind, tableKindOf, titleKind, tocEntryTitle, tocPieces } from './table-kinds.js';

/** A table as found in the reading order: its title, kind, unit and everything printed under it. */
export interface TableSection {
  title: string;
  kind: TableKind;
  titlePlace: Place;
  unit: Unit | null;
  items: Item[];
}

const UNIT = /(?:金额)?单位[:：]\s*(万元|元)/;
/** Lines that open a table's header block (the title may follow them, as in text pulled from PDFs). */
const HEADER_MARKER = new RegExp(`^(${HEADER_LABELS.join('|')})[:：]`);
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const ENUMERATED = /^(?:[-•·]|[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）])/;

export function unitIn(text: string): Unit | null {
  const m = UNIT.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as Unit) : null;
}

/** The title an item would carry if it were a table title; null when it is not one. */
function titleOf(item: Item): string | null {
  const cells = item.kind === 'line' ? [item.text] : filled(item.row);
  if (cells.length === 0 || cells.length > 2) return null;
  const t = cells[0].replace(/\s+/g, '');
  if (!looksLikeTableTitle(t) || tocEntryTitle(t) || /……|\.{4,}/.test(t)) return null;
  // A title of a kind budgetlens does not read (政府采购明细表 …) still ends the table before it.
  return t;
}

function hasData(section: TableSection): boolean {
  return section.items.some((i) => i.kind === 'row' && filled(i.row).length >= 2);
}

/**
 * Splits the reading order into table sections and the 目录's listed tables.
 * A section starts at a table title, or at a header marker (编制部门：…) whose title comes later;
 * a title with 续 continues the previous section of the same kind.
 */
export function findSections(items: readonly Item[]): { sections: TableSection[]; listed: ListedTable[] } {
  const sections: TableSection[] = [];
  const listed: ListedTable[] = [];
  let current: (TableSection & { titled: boolean }) | null = null;
  let inToc = false;
  let afterTitle = false;
  const close = () => {
    if (current && current.titled) sections.push(current);
    current = null;
  };
  for (const item of items) {
    const text = itemText(item).replace(/\s+/g, '');
    if (/^目录$/.test(text)) {
      inToc = true;
      continue;
    }
    const dotted = /……|\.{6,}/.test(text);
    if (inToc && !ENUMERATED.test(text) && !PART_HEADING.test(text) && !/^附件/.test(text) && !dotted) inToc = false;
    if (inToc || dotted) {
      for (const whole of tocPieces(text)) {
        // Entries run together with their leaders ('部门职责....2二、机构设置....3第二部分…表'): the last one is the title.
        const piece = whole.split(/[.…·]{3,}\d*/).filter(Boolean).pop() ?? whole;
        // '第二部分 国家信访局部门预算表' names the part that holds the tables, not one table.
        if (PART_HEADING.test(piece)) continue;
        const pieceDotted = /……|\.{6,}/.test(whole) || dotted;
        const toc = tocEntryTitle(piece) ?? (pieceDotted ? piece.replace(/^[\d.．、\s]+/, '').replace(/[.…\s\d]+$/, '') : null);
        // '五、部门预算表' heads the list of tables; it is not one of them.
        const heading = toc !== null && tableKindOf(toc) === 'other' && /^[一二三四五六七八九十\d、.．]*(部门|单位)?(预算|决算)(公开)?(报)?表$/.test(toc);
        if (toc && !heading && /表([（(][^()（）]*[)）])?$/.test(toc)) {
          const kind = tableKindOf(toc);
          listed.push({ title: toc, kind, entry: kind === 'other' && isPartHeadingTitle(toc) ? 'part' : 'table', place: item.place });
        }
      }
      continue;
    }
    if (PART_HEADING.test(text)) {
      close();
      continue;
    }
    const title = titleOf(item);
    if (title) {
      const kind = titleKind(title);
      const c = current as (TableSection & { titled: boolean }) | null;
      // 续表, or the same title printed again on the next page: the table continues.
      const samePage = (a?: number, b?: number) => a !== undefined && b !== undefined && b - a <= 1;
      if (c && c.titled && c.kind === kind && (/续/.test(title) || (title === c.title && samePage(c.items.at(-1)?.place.page ?? c.titlePlace.page, item.place.page)))) {
        afterTitle = true;
        continue;
      }
      // Text pulled from some PDFs prints the title after the rows: an untitled table with rows takes it.
      if (c && !c.titled && hasData(c)) {
        Object.assign(c, { title, kind, titlePlace: item.place, titled: true });
        continue;
      }
      close();
      current = { title, kind, titlePlace: item.place, unit: unitIn(text), items: [], titled: true };
      afterTitle = true;
      continue;
    }
    if (HEADER_MARKER.test(text)) {
      // A marker right under a title (or a repeated title) belongs to it; one after other content opens the next table.
      const c = current as (TableSection & { titled: boolean }) | null;
      if (!afterTitle && (!c || !c.titled || c.items.length > 0)) {
        close();
        current = { title: '', kind: 'other', titlePlace: item.place, unit: null, items: [], titled: false };
      }
    }
    afterTitle = false;
    if (!current) continue;
    const c = current as TableSection;
    c.unit ??= unitIn(text);
    c.items.push(item);
  }
  close();
  return { sections: sections.map(scoredKind), listed };
}

/** Header words (the lines and rows before the first figure) and the kinds of codes in a section's rows. */
function kindEvidence(section: TableSection) {
  const first = section.items.findIndex((i) => i.kind === 'row' && i.row.cells.some((c) => /\d\.\d{2}$/.test(c.text)));
  const header = section.items.slice(0, first < 0 ? 8 : first).map(itemText).join(' ');
  let functionCodes = 0;
  let economicCodes = 0;
  for (const i of section.items) {
    if (i.kind !== 'row') continue;
    const code = /^[[【(（]?(\d{3}(?:\d{2}){0,2})[\]】)）]?/.exec(filled(i.row)[0] ?? '')?.[1];
    if (!code) continue;
    if (/^2/.test(code)) functionCodes++;
    else if (/^[35]/.test(code)) economicCodes++;
  }
  return { header, functionCodes, economicCodes };
}

/** The kind the title gave, confirmed or outvoted by what the table holds. */
function scoredKind(section: TableSection): TableSection {
  // The title's kind was found with the section (titleKind): not searched for again.
  const kind = scoreTableKind(section.title, kindEvidence(section), section.kind);
  return kind === section.kind ? section : { ...section, kind };
}
