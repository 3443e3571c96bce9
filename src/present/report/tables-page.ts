import { Bbox } from '../../model/index.js';
import { html, type Markup } from './html.js';
import { documentTitle } from './index-page.js';
import { docTypeLabel, tableKindLabel } from './labels.js';
import { pageView, type OverlayBox } from './page-view.js';
import type { PictureLookup } from './evidence.js';
import type { DocumentRow, LineItemRow, TableRow } from './read.js';
import { reasonBox } from './document-page.js';
import { docPageName } from './site-paths.js';

/**
 * A document's tables as the program read them: every value beside the page picture it came from, each value's
 * cell boxed on the picture (hover a value to find its box), and how the table was read (its parse report).
 */

/** Pages of one table shown as pictures; a longer table shows its first pages and says so. */
export const MAX_TABLE_PAGES = 8;

function parseJson(raw: string | null): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Any JSON as nested lists: the parse report's shape is the reader's to decide, the page shows all of it. */
function jsonView(value: unknown, depth = 0): Markup {
  if (value === null || value === undefined) return html`—`;
  if (typeof value !== 'object') return html`${String(value)}`;
  if (depth > 3) return html`<code>${JSON.stringify(value)}</code>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return html`（无）`;
    const rows = value.every((v) => v && typeof v === 'object' && !Array.isArray(v)) ? (value as Record<string, unknown>[]) : null;
    if (rows) {
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      return html`<table class="kv"><thead><tr>${keys.map((k) => html`<th>${k}</th>`)}</tr></thead><tbody>${rows.map(
        (r) => html`<tr>${keys.map((k) => html`<td>${jsonView(r[k], depth + 1)}</td>`)}</tr>`,
      )}</tbody></table>`;
    }
    return html`${value.map((v, i) => html`${i ? '，' : ''}${jsonView(v, depth + 1)}`)}`;
  }
  return html`<dl class="kv">${Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => html`<div><dt>${k}</dt><dd>${jsonView(v, depth + 1)}</dd></div>`,
  )}</dl>`;
}

function parseReport(t: TableRow): Markup {
  const report = parseJson(t.parse_json);
  const columns = parseJson(t.columns_json);
  const place = parseJson(t.place_json) as { page?: number } | undefined;
  return html`<details class="parse-report"${report === undefined ? '' : ' open'}><summary>识别报告${
    report === undefined ? '（数据库中没有解析报告，只列出列的含义与位置）' : ''
  }</summary>
${report !== undefined ? jsonView(report) : ''}
<dl class="kv">
<div><dt>列的含义</dt><dd>${columns !== undefined ? jsonView(columns) : '—'}</dd></div>
<div><dt>标题位置</dt><dd>${place?.page ? `第 ${place.page} 页` : '—'}</dd></div>
<div><dt>单位</dt><dd>${t.unit}${t.unit_stated === 0 ? '（表上未注明，按文件推定）' : ''}</dd></div>
${t.note ? html`<div><dt>说明</dt><dd>${t.note}</dd></div>` : ''}
</dl></details>`;
}

interface GridRow {
  label: string;
  cells: Map<string, LineItemRow>;
}

/** Cells back into rows and columns: consecutive items of one row share code, name and side. */
function toGrid(items: LineItemRow[]): { columns: string[]; rows: GridRow[] } {
  const columns: string[] = [];
  const rows: GridRow[] = [];
  let key = '';
  for (const it of items) {
    const col = it.column_path ?? `${it.measure}${it.period ? ` (${it.period})` : ''}`;
    if (!columns.includes(col)) columns.push(col);
    const k = [it.side, it.code, it.name, it.economic_code].join('|');
    const last = rows[rows.length - 1];
    if (!last || k !== key || last.cells.has(col)) {
      const label = [it.code, it.economic_code ? `/${it.economic_code}` : '', it.code ? ' ' : '', it.name].join('');
      rows.push({ label, cells: new Map() });
      key = k;
    }
    rows[rows.length - 1].cells.set(col, it);
  }
  return { columns, rows };
}

function bboxOf(it: LineItemRow): Bbox | null {
  const parsed = it.bbox_json ? Bbox.safeParse(parseJson(it.bbox_json)) : null;
  return parsed?.success ? parsed.data : null;
}

function values(items: LineItemRow[]): Markup {
  if (items.length === 0) return html`<p class="note">此表没有读出数值。</p>`;
  const { columns, rows } = toGrid(items);
  return html`<div class="table-wrap values"><table class="read">
<thead><tr><th scope="col">行</th>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr><th scope="row">${r.label}</th>${columns.map((c) => {
      const it = r.cells.get(c);
      if (!it) return html`<td></td>`;
      const boxed = bboxOf(it) !== null && it.page !== null;
      return html`<td class="num"${boxed ? html` data-box="c-${it.id}" tabindex="0"` : ''} title="${`第 ${it.page ?? '?'} 页 · ${it.measure}`}">${it.amount_text ?? html`<span class="blank">空</span>`}</td>`;
    })}</tr>`,
  )}</tbody></table></div>`;
}

function pictures(t: TableRow, items: LineItemRow[], lookup: PictureLookup | null): Markup {
  const from = t.page_from;
  if (from === null) return html``;
  const to = Math.min(t.page_to ?? from, from + MAX_TABLE_PAGES - 1);
  if (!lookup) return html`<p class="note">没有可显示的页面截图。</p>`;
  const out: Markup[] = [];
  for (let page = from; page <= to; page++) {
    const pic = lookup(page);
    if (!pic) continue;
    if ('error' in pic) {
      out.push(html`<p class="note">第 ${page} 页截图失败：${pic.error}</p>`);
      continue;
    }
    const boxes: OverlayBox[] = [];
    for (const it of items) {
      const b = it.page === page ? bboxOf(it) : null;
      if (b) boxes.push({ bbox: b, id: `c-${it.id}`, title: `${it.name} ${it.amount_text ?? ''}` });
    }
    out.push(html`<figure class="page-pic table-page">${pageView(pic, boxes, false, `第 ${page} 页`)}<figcaption>第 ${page} 页 · 框出 ${boxes.length} 个数值 · <a href="${pic.rel}" target="_blank">打开原图</a></figcaption></figure>`);
  }
  const more = (t.page_to ?? from) - to;
  return html`${out}${more > 0 ? html`<p class="note">此表还有 ${more} 页未显示截图。</p>` : ''}`;
}

/** Pages whose pictures the tables page shows, so they are rendered with the flags' pages in one pass. */
export function tablePages(tables: TableRow[]): number[] {
  const pages: number[] = [];
  for (const t of tables) {
    if (t.page_from === null) continue;
    const to = Math.min(t.page_to ?? t.page_from, t.page_from + MAX_TABLE_PAGES - 1);
    for (let p = t.page_from; p <= to; p++) pages.push(p);
  }
  return pages;
}

export function tablesBody(
  d: DocumentRow,
  tables: { table: TableRow; items: LineItemRow[] }[],
  lookup: PictureLookup | null,
  note: Markup | null,
): Markup {
  const heading = [documentTitle(d), d.fiscal_year ? `${d.fiscal_year}年` : '', d.doc_type ? docTypeLabel(d.doc_type) : ''].filter(Boolean).join(' ');
  return html`<nav class="crumbs"><a href="index.html">← 全部文件</a> · <a href="${docPageName(d.id)}">← 本文件的问题</a></nav>
<h1>${heading}：识别的表格</h1>
${reasonBox(d)}
${note ?? ''}
${tables.length === 0 ? html`<p class="note">没有识别出表格。</p>` : ''}
<ol class="toc">${tables.map(({ table: t, items }) => html`<li><a href="#t-${t.id}">${t.title}</a> <span class="file">${tableKindLabel(t.kind)} · ${items.length} 个数值</span></li>`)}</ol>
${tables.map(
    ({ table: t, items }) => html`<section class="read-table" id="t-${t.id}">
<h2>${t.title} <span class="tag">${tableKindLabel(t.kind)}</span>${t.is_empty ? html` <span class="tag">空表</span>` : ''}</h2>
<p class="file">单位：${t.unit} · 页码：${t.page_from ?? '—'}${t.page_to && t.page_to !== t.page_from ? `–${t.page_to}` : ''} · ${items.length} 个数值</p>
${parseReport(t)}
<div class="side-by-side">${values(items)}<div class="pictures">${pictures(t, items, lookup)}</div></div>
</section>`,
  )}`;
}
