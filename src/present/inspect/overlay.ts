import type { Bbox, DocumentFacts, LaidOutDocument, SourcePage } from '../../model/index.js';

/**
 * What `inspect` draws over a page, taken from the pipeline's own intermediate results: the ruling lines and
 * text runs ingest found, the cells layout built, the values, codes and column roles recognise read, and the
 * narrative's claims. Plain data, so it is written beside the picture as JSON (a fixture in the making).
 */

export interface PageOverlay {
  page: number;
  widthPt: number;
  heightPt: number;
  segments: { x0: number; y0: number; x1: number; y1: number }[];
  runs: { text: string; bbox: Bbox }[];
  cells: { grid: number; strategy: string; row: number; col: number; text: string; bbox: Bbox }[];
  values: { table: string; title: string; code: string | null; name: string; measure: string; column: string; text: string | null; bbox: Bbox }[];
  /** A column's role (its measure) where its values sit on this page: the x range and the top of its values. */
  columns: { table: string; measure: string; column: string; x0: number; x1: number; top: number }[];
  claims: { metric: string; text: string; bbox: Bbox }[];
}

export const COLOURS = {
  segment: '#1c7ed6',
  run: '#adb5bd',
  cell: '#2b8a3e',
  value: '#f76707',
  column: '#7048e8',
  claim: '#d6336c',
} as const;

const onPage = (page: number) => (p: { page?: number; bbox?: Bbox }): p is { page: number; bbox: Bbox } => p.page === page && p.bbox !== undefined;

export function pageOverlay(page: SourcePage, layout: LaidOutDocument, facts: DocumentFacts | null): PageOverlay {
  const here = onPage(page.number);
  const cells: PageOverlay['cells'] = [];
  layout.blocks.forEach((b, g) => {
    if (b.kind !== 'grid') return;
    b.rows.forEach((r, i) => r.cells.forEach((c) => here(c.place) && cells.push({ grid: g, strategy: b.strategy, row: i, col: c.col, text: c.text, bbox: c.place.bbox! })));
  });
  const values: PageOverlay['values'] = [];
  const columns: PageOverlay['columns'] = [];
  for (const t of facts?.tables ?? []) {
    const byColumn = new Map<string, { measure: string; x0: number; x1: number; top: number }>();
    for (const it of t.lineItems) {
      const p = it.amount.place;
      if (!here(p)) continue;
      values.push({ table: t.key, title: t.title, code: it.code, name: it.name, measure: it.measure, column: it.column, text: it.amount.text, bbox: p.bbox });
      const [x0, y0, x1] = p.bbox;
      const c = byColumn.get(it.column) ?? { measure: it.measure, x0, x1, top: y0 };
      byColumn.set(it.column, { measure: c.measure, x0: Math.min(c.x0, x0), x1: Math.max(c.x1, x1), top: Math.min(c.top, y0) });
    }
    for (const [column, c] of byColumn) columns.push({ table: t.key, column, ...c });
  }
  const claims = (facts?.claims ?? []).filter((c) => here(c.place)).map((c) => ({ metric: c.metric, text: c.text, bbox: c.place.bbox! }));
  return {
    page: page.number,
    widthPt: page.width,
    heightPt: page.height,
    segments: page.segments.map((s) => ({ ...s })),
    runs: page.runs.map((r) => ({ text: r.text, bbox: [r.x, r.y, r.x + r.width, r.y + r.height] as Bbox })),
    cells,
    values,
    columns,
    claims,
  };
}

/** Draws the overlay onto a canvas holding the rendered page (`scale` pixels per PDF point). */
export function drawOverlay(ctx: CanvasRenderingContext2D, o: PageOverlay, scale: number): void {
  const rect = (b: Bbox) => [Math.min(b[0], b[2]) * scale, Math.min(b[1], b[3]) * scale, Math.abs(b[2] - b[0]) * scale, Math.abs(b[3] - b[1]) * scale] as const;
  const label = (text: string, x: number, y: number, colour: string, size = 7) => {
    ctx.font = `${Math.round(size * scale)}px sans-serif`;
    const w = ctx.measureText(text).width;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(x, y - size * scale, w + 2, size * scale + 2);
    ctx.fillStyle = colour;
    ctx.fillText(text, x + 1, y);
  };
  ctx.lineWidth = 1;
  ctx.strokeStyle = COLOURS.run;
  for (const r of o.runs) ctx.strokeRect(...rect(r.bbox));
  ctx.lineWidth = Math.max(2, scale);
  ctx.strokeStyle = COLOURS.segment;
  for (const s of o.segments) {
    ctx.beginPath();
    ctx.moveTo(s.x0 * scale, s.y0 * scale);
    ctx.lineTo(s.x1 * scale, s.y1 * scale);
    ctx.stroke();
  }
  ctx.lineWidth = Math.max(2, scale);
  ctx.strokeStyle = COLOURS.cell;
  for (const c of o.cells) ctx.strokeRect(...rect(c.bbox));
  for (const v of o.values) {
    ctx.fillStyle = 'rgba(247, 103, 7, 0.22)';
    ctx.fillRect(...rect(v.bbox));
    ctx.strokeStyle = COLOURS.value;
    ctx.lineWidth = Math.max(1, scale / 1.5);
    ctx.strokeRect(...rect(v.bbox));
  }
  // Each row's code once, inside the bottom left of its first value.
  const coded = new Set<string>();
  for (const v of o.values) {
    const key = `${v.table}|${v.code}|${Math.round(v.bbox[1])}`;
    if (!v.code || coded.has(key)) continue;
    coded.add(key);
    label(v.code, v.bbox[0] * scale, Math.max(v.bbox[1], v.bbox[3]) * scale - 1, COLOURS.value, 6);
  }
  for (const c of o.columns) label(c.measure, c.x0 * scale, c.top * scale - 2, COLOURS.column, 7);
  ctx.lineWidth = Math.max(2, scale);
  for (const c of o.claims) {
    ctx.strokeStyle = COLOURS.claim;
    ctx.strokeRect(...rect(c.bbox));
    label(c.metric, c.bbox[0] * scale, c.bbox[1] * scale - 1, COLOURS.claim, 6);
  }
}
