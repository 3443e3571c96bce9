import type { Evidence } from '../../model/index.js';
import { html, type Markup } from './html.js';
import { pageView, type PagePicture } from './page-view.js';
import type { DocumentRow, FlagRow } from './read.js';
import { contextLines } from './text-source.js';

/** Turns each flag's evidence into markup: the cited page picture with boxes for PDFs, quoted lines for text files. */

export type PictureLookup = (page: number) => PagePicture | { error: string } | undefined;

export interface EvidenceSource {
  /** Lines of a text source whose sha256 matched; undefined for PDFs or when the file cannot be quoted. */
  lines?: string[];
  pictures?: PictureLookup;
  /** Whole-page picture links open in a new tab. */
  pdf: boolean;
}

export const isPdf = (doc: DocumentRow): boolean =>
  doc.source_kind ? doc.source_kind.startsWith('pdf') : doc.path.toLowerCase().endsWith('.pdf');

function fmtBox(b: readonly number[]): string {
  return `[${b.map((v) => v.toFixed(1)).join(', ')}]`;
}

function placeText(e: Evidence): string {
  const parts: string[] = [];
  if (e.page !== undefined) parts.push(`第 ${e.page} 页`);
  if (e.line !== undefined) parts.push(`第 ${e.line} 行`);
  if (e.bbox) parts.push(`坐标 ${fmtBox(e.bbox)}`);
  return parts.join(' · ') || '未给出位置';
}

/** The plain list of places and quotes: always shown, and all there is when no picture or line can be. */
export function placeList(items: Evidence[], numbered = false): Markup {
  return html`<ol class="places${numbered ? ' numbered' : ''}">${items.map(
    (e) => html`<li><span class="place">${placeText(e)}</span>${e.quote ? html` <q>${e.quote}</q>` : ''}</li>`,
  )}</ol>`;
}

function highlight(text: string, quote: string | undefined): Markup {
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<mark>${quote}</mark>${text.slice(at + quote.length)}`;
}

function textEvidence(items: Evidence[], lines: string[]): Markup {
  return html`${items.map((e) => {
    const ctx = e.line !== undefined ? contextLines(lines, e.line) : [];
    if (ctx.length === 0) return placeList([e]);
    return html`<div class="lines" role="group" aria-label="${placeText(e)}">${ctx.map(
      (l) =>
        html`<div class="${l.cited ? 'ln cited' : 'ln'}"><span class="no">${l.line}</span><span class="tx">${
          l.cited ? highlight(l.text, e.quote) : l.text
        }</span></div>`,
    )}</div>`;
  })}`;
}

function pdfEvidence(items: Evidence[], pictures: PictureLookup): Markup {
  const pages = [...new Set(items.filter((e) => e.page !== undefined).map((e) => e.page!))];
  const parts = pages.map((page) => {
    const here = items.filter((e) => e.page === page);
    const boxes = here.filter((e) => e.bbox);
    const pic = pictures(page);
    if (!pic || 'error' in pic) {
      return html`<div class="page-pic missing">${pic ? html`<p class="note">第 ${page} 页截图失败：${pic.error}</p>` : ''}${placeList(here)}</div>`;
    }
    const numbered = boxes.length > 1;
    const caption = boxes.length
      ? html`第 ${page} 页，框出 ${boxes.length} 处引用 · <a href="${pic.rel}" target="_blank">查看整页</a>`
      : html`第 ${page} 页（未给出坐标，显示整页）`;
    const view = pageView(
      pic,
      boxes.map((e, i) => ({ bbox: e.bbox!, label: numbered ? String(i + 1) : undefined })),
      boxes.length > 0,
      `第 ${page} 页的截图`,
    );
    return html`<figure class="${boxes.length ? 'page-pic' : 'page-pic whole'}">${view}<figcaption>${caption}</figcaption>${placeList(here, numbered)}</figure>`;
  });
  const pageless = items.filter((e) => e.page === undefined);
  return html`${parts}${pageless.length ? placeList(pageless) : ''}`;
}

/** Evidence markup for one flag. */
export function flagEvidence(f: FlagRow, source: EvidenceSource): Markup {
  if (f.evidence === null) return html`<p class="note">证据格式无法解析，原样显示：</p><pre class="raw">${f.evidenceRaw}</pre>`;
  if (f.evidence.length === 0) return html`<p class="note">此问题没有给出原文位置。</p>`;
  if (source.pdf && source.pictures) return pdfEvidence(f.evidence, source.pictures);
  if (!source.pdf && source.lines) return textEvidence(f.evidence, source.lines);
  return placeList(f.evidence);
}

/** The pages a document's flags cite, for rendering each once. */
export function citedPages(flags: FlagRow[]): number[] {
  return [...new Set(flags.flatMap((f) => (f.evidence ?? []).map((e) => e.page).filter((p): p is number => p !== undefined)))];
}
