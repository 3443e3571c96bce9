import type { Bbox } from '../../model/index.js';
import { html, type Markup } from './html.js';

/**
 * A page picture with boxes laid over it in HTML. Every flag and table on a page shows the same picture file
 * (the browser loads it once); a band around the boxes is the same picture, shifted inside a clipped frame.
 */

export interface PagePicture {
  page: number;
  /** Site-relative path of the picture. */
  rel: string;
  width: number;
  height: number;
  widthPt: number;
  heightPt: number;
}

export interface OverlayBox {
  bbox: Bbox;
  /** Shown in the box's corner to match a numbered list of quotes. */
  label?: string;
  /** Element id, so a value in a table can point at its box. */
  id?: string;
  title?: string;
}

const MARGIN_PT = 42;
const MIN_BAND_PT = 140;
const pct = (v: number) => `${(Math.round(v * 10000) / 100).toString()}%`;

/** Vertical band of the page around the boxes, full width so row labels stay in view. */
export function bandOf(boxes: Bbox[], heightPt: number): [number, number] {
  if (boxes.length === 0) return [0, heightPt];
  let top = Math.min(...boxes.map((b) => Math.min(b[1], b[3]))) - MARGIN_PT;
  let bottom = Math.max(...boxes.map((b) => Math.max(b[1], b[3]))) + MARGIN_PT;
  if (bottom - top < MIN_BAND_PT) {
    const mid = (top + bottom) / 2;
    top = mid - MIN_BAND_PT / 2;
    bottom = mid + MIN_BAND_PT / 2;
  }
  return [Math.max(0, top), Math.min(heightPt, bottom)];
}

function box(p: PagePicture, b: OverlayBox): Markup {
  const [x0, y0, x1, y1] = b.bbox;
  const pad = 1.5;
  const left = (Math.min(x0, x1) - pad) / p.widthPt;
  const top = (Math.min(y0, y1) - pad) / p.heightPt;
  const w = (Math.abs(x1 - x0) + 2 * pad) / p.widthPt;
  const h = (Math.abs(y1 - y0) + 2 * pad) / p.heightPt;
  return html`<span class="box"${b.id ? html` id="${b.id}"` : ''}${b.title ? html` title="${b.title}"` : ''} style="left:${pct(left)};top:${pct(top)};width:${pct(w)};height:${pct(h)}">${
    b.label ? html`<b>${b.label}</b>` : ''
  }</span>`;
}

/**
 * The picture with its boxes: `band` clips it to the rows around the boxes (a flag), otherwise the whole page
 * (a table as read). Images load lazily and carry their size, so the page does not jump while they arrive.
 */
export function pageView(p: PagePicture, boxes: OverlayBox[], band: boolean, alt: string): Markup {
  const [top, bottom] = band ? bandOf(boxes.map((b) => b.bbox), p.heightPt) : [0, p.heightPt];
  const span = Math.max(1, bottom - top);
  const frameRatio = `${p.widthPt.toFixed(1)} / ${span.toFixed(1)}`;
  return html`<div class="pv${band ? ' band' : ''}" style="aspect-ratio:${frameRatio}"><div class="pv-page" style="top:${pct(-top / span)};height:${pct(p.heightPt / span)}"><img src="${p.rel}" width="${p.width}" height="${p.height}" loading="lazy" decoding="async" alt="${alt}">${boxes.map((b) => box(p, b))}</div></div>`;
}
