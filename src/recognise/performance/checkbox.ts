import type { Project } from '../../model/index.js';

export type Attribute = NonNullable<Project['attribute']>;

/** One printed box and the words after it. */
export interface BoxOption {
  label: string;
  checked: boolean;
}

/** A box: an HTML input (spreadsheet-to-HTML exports) or a box glyph (text layers, OCR). */
const BOX = /(<input\b[^>]*>|[☑☒■√✓✔□☐])\s*([^<☑☒■√✓✔□☐]*)/g;
const CHECKED_GLYPH = /[☑☒■√✓✔]/;

/** The boxes printed in a cell's text, in order. */
export function boxOptions(text: string): BoxOption[] {
  const out: BoxOption[] = [];
  for (const m of text.matchAll(BOX)) {
    const box = m[1];
    const checked = box.startsWith('<')
      ? /\bchecked\b(?!\s*=\s*["']?false)/i.test(box)
      : CHECKED_GLYPH.test(box);
    out.push({ label: m[2].trim(), checked });
  }
  return out;
}

/** The project attribute a box label names (新增项目, 一次性项目, 延续性项目), or null. */
export function attributeOf(label: string): Attribute | null {
  if (/新增/.test(label)) return '新增';
  if (/一次性/.test(label)) return '一次性';
  if (/延续/.test(label)) return '延续';
  return null;
}

/** The attribute of the first ticked box that names one; null when no such box is ticked. */
export function tickedAttribute(texts: readonly string[]): Attribute | null {
  for (const text of texts) {
    for (const o of boxOptions(text)) {
      const a = o.checked ? attributeOf(o.label) : null;
      if (a) return a;
    }
  }
  return null;
}
