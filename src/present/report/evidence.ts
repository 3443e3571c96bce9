import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence } from '../../model/index.js';
import { html, type Markup } from './html.js';
import { renderPdfPictures, type PictureRequest } from './pdf-pictures.js';
import type { DocumentRow, FlagRow } from './read.js';
import { contextLines, decodeTextFile, splitLines } from './text-source.js';

/** Turns each flag's evidence into markup: page pictures for PDFs, quoted lines for text files. */

export interface EvidenceContext {
  outDir: string;
  /** Directories a relative document path is tried against, in order. */
  baseDirs: string[];
  scale: number;
  log: (msg: string) => void;
}

export interface EvidenceStats {
  pictures: number;
  pictureFailures: number;
  missingSource: boolean;
}

export function findSource(docPath: string, baseDirs: string[]): string | null {
  const candidates = path.isAbsolute(docPath) ? [docPath] : baseDirs.map((d) => path.resolve(d, docPath));
  return candidates.find((p) => existsSync(p)) ?? null;
}

const isPdf = (doc: DocumentRow): boolean =>
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

/** The plain list of places and quotes: the fallback when no picture or line can be shown. */
function placeList(items: Evidence[]): Markup {
  return html`<ol class="places">${items.map(
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

interface Planned {
  flagId: number;
  page: number;
  items: Evidence[];
  request: PictureRequest;
  rel: string;
}

/** One whole page per cited page, every box cited on it outlined: the context a band may cut off. */
function planPages(doc: DocumentRow, flags: FlagRow[], outDir: string): Map<number, { rel: string; request: PictureRequest }> {
  const pages = new Map<number, { rel: string; request: PictureRequest }>();
  for (const e of flags.flatMap((f) => f.evidence ?? [])) {
    if (e.page === undefined) continue;
    const rel = `img/${doc.id}/page-${e.page}.png`;
    const entry = pages.get(e.page) ?? { rel, request: { file: path.join(outDir, rel), page: e.page, boxes: [], whole: true } };
    if (e.bbox) entry.request.boxes.push(e.bbox);
    pages.set(e.page, entry);
  }
  return pages;
}

function planPictures(doc: DocumentRow, flags: FlagRow[], outDir: string): Planned[] {
  const planned: Planned[] = [];
  for (const f of flags) {
    const pages = [...new Set((f.evidence ?? []).filter((e) => e.page !== undefined).map((e) => e.page!))];
    for (const page of pages) {
      const items = f.evidence!.filter((e) => e.page === page);
      const rel = `img/${doc.id}/f${f.id}-p${page}.png`;
      const boxes = items.filter((e) => e.bbox).map((e) => e.bbox!);
      planned.push({ flagId: f.id, page, items, rel, request: { file: path.join(outDir, rel), page, boxes } });
    }
  }
  return planned;
}

function figure(p: Planned, width: number, height: number, wholePage: string | null): Markup {
  const withBox = p.items.filter((e) => e.bbox);
  const caption = withBox.length
    ? html`第 ${p.page} 页，框出 ${withBox.length} 处引用${wholePage ? html` · <a href="${wholePage}" target="_blank">查看整页</a>` : ''}`
    : html`第 ${p.page} 页（未给出坐标，显示整页）`;
  return html`<figure class="${withBox.length ? 'page-pic' : 'page-pic whole'}"><a href="${wholePage ?? p.rel}" target="_blank"><img src="${p.rel}" width="${width}" height="${height}" loading="lazy" alt="${`第 ${p.page} 页的截图`}"></a><figcaption>${caption}</figcaption>${placeList(p.items)}</figure>`;
}

/** Evidence markup per flag id, rendering pictures into outDir/img/<doc id>/. */
export async function renderEvidence(
  doc: DocumentRow,
  flags: FlagRow[],
  ctx: EvidenceContext,
): Promise<{ byFlag: Map<number, Markup>; stats: EvidenceStats; note: Markup | null }> {
  const byFlag = new Map<number, Markup>();
  const stats: EvidenceStats = { pictures: 0, pictureFailures: 0, missingSource: false };
  const unparsed = (f: FlagRow) => html`<p class="note">证据格式无法解析，原样显示：</p><pre class="raw">${f.evidenceRaw}</pre>`;
  const source = findSource(doc.path, ctx.baseDirs);
  const withPlaces = flags.filter((f) => f.evidence && f.evidence.length > 0);
  let note: Markup | null = null;

  if (!source) {
    if (withPlaces.length > 0) stats.missingSource = true;
    note = html`<p class="note warn">原文件不在磁盘上（${doc.path}），无法显示页面截图或原文，以下只列出位置与引文。</p>`;
  } else if (isPdf(doc)) {
    const planned = planPictures(doc, withPlaces, ctx.outDir);
    // Whole pages only where a band shows part of one; a page cited without a box is already shown whole.
    const pages = [...planPages(doc, withPlaces, ctx.outDir).values()].filter((p) => p.request.boxes.length > 0);
    const results = new Map<string, { ok: boolean; width?: number; height?: number; error?: string }>();
    if (planned.length) {
      await mkdir(path.join(ctx.outDir, 'img', String(doc.id)), { recursive: true });
      try {
        const requests = [...planned.map((p) => p.request), ...pages.map((p) => p.request)];
        for (const r of await renderPdfPictures(source, requests, ctx.scale)) results.set(r.file, r);
      } catch (err) {
        ctx.log(`could not render ${doc.path}: ${(err as Error).message}`);
        note = html`<p class="note warn">无法打开原文件绘制页面截图（${(err as Error).message}），以下只列出位置与引文。</p>`;
      }
    }
    for (const f of withPlaces) {
      const mine = planned.filter((p) => p.flagId === f.id);
      const parts = mine.map((p) => {
        const r = results.get(p.request.file);
        if (r?.ok) {
          stats.pictures++;
          const whole = pages.find((w) => w.request.page === p.page);
          return figure(p, r.width!, r.height!, whole && results.get(whole.request.file)?.ok ? whole.rel : null);
        }
        stats.pictureFailures++;
        return html`<div class="page-pic missing">${r?.error ? html`<p class="note">第 ${p.page} 页截图失败：${r.error}</p>` : ''}${placeList(p.items)}</div>`;
      });
      const pageless = f.evidence!.filter((e) => e.page === undefined);
      byFlag.set(f.id, html`${parts}${pageless.length ? placeList(pageless) : ''}`);
    }
  } else {
    const lines = splitLines(decodeTextFile(await readFile(source)));
    for (const f of withPlaces) byFlag.set(f.id, textEvidence(f.evidence!, lines));
  }

  for (const f of flags) {
    if (f.evidence === null) byFlag.set(f.id, unparsed(f));
    else if (f.evidence.length === 0) byFlag.set(f.id, html`<p class="note">此问题没有给出原文位置。</p>`);
    else if (!byFlag.has(f.id)) byFlag.set(f.id, placeList(f.evidence));
  }
  return { byFlag, stats, note };
}
