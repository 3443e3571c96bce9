import type { RuleSegment } from '../model/source.js';
import type { LatticeSettings } from './settings.js';
import type { Edge } from './types.js';

type Draft = Omit<Edge, 'id'>;

/** Axis-aligned edges from raw segments; slanted ones and ticks are dropped. */
export function segmentsToEdges(segments: readonly RuleSegment[], s: LatticeSettings): Draft[] {
  const out: Draft[] = [];
  for (const g of segments) {
    const dx = Math.abs(g.x1 - g.x0);
    const dy = Math.abs(g.y1 - g.y0);
    if (dy <= s.maxSlant && dx >= s.minEdgeLength) {
      out.push({ orientation: 'h', pos: (g.y0 + g.y1) / 2, from: Math.min(g.x0, g.x1), to: Math.max(g.x0, g.x1) });
    } else if (dx <= s.maxSlant && dy >= s.minEdgeLength) {
      out.push({ orientation: 'v', pos: (g.x0 + g.x1) / 2, from: Math.min(g.y0, g.y1), to: Math.max(g.y0, g.y1) });
    }
  }
  return out;
}

/**
 * Parallel edges whose positions lie within the tolerance of their neighbour take one shared position
 * (the mean of the cluster), so double borders and stroke jitter give one line.
 */
export function snapEdges(edges: readonly Draft[], tolerance: number): Draft[] {
  const sorted = [...edges].sort((a, b) => a.pos - b.pos);
  const out: Draft[] = [];
  let cluster: Draft[] = [];
  const flush = () => {
    if (!cluster.length) return;
    const mean = cluster.reduce((t, e) => t + e.pos, 0) / cluster.length;
    for (const e of cluster) out.push({ ...e, pos: mean });
    cluster = [];
  };
  for (const e of sorted) {
    if (cluster.length && e.pos - cluster[cluster.length - 1].pos > tolerance) flush();
    cluster.push(e);
  }
  flush();
  return out;
}

/** Collinear edges that overlap or leave a gap up to the tolerance become one edge. */
export function joinEdges(edges: readonly Draft[], tolerance: number): Draft[] {
  const sorted = [...edges].sort((a, b) => a.pos - b.pos || a.from - b.from);
  const out: Draft[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.pos === e.pos && e.from <= last.to + tolerance) {
      last.to = Math.max(last.to, e.to);
    } else {
      out.push({ ...e });
    }
  }
  return out;
}

/**
 * Closes a table's frame where a page break left it open. A merged cell that runs on from the previous
 * page (or on to the next) is printed without its top (bottom) border, while the columns beside it have
 * theirs: Beijing's 项目支出绩效目标表 prints a project's name, amount and goal that way, and without the
 * border those cells were lost. Where two or more vertical edges end at the height of an existing
 * horizontal edge without meeting one, that horizontal is extended over them (one line is enough when it
 * spans the same height as the frame's other column lines).
 */
export function closePageBreakFrames(edges: readonly Draft[], tolerance: number): Draft[] {
  const hs = edges.filter((e) => e.orientation === 'h').map((e) => ({ ...e }));
  const vs = edges.filter((e) => e.orientation === 'v');
  const meets = (v: Draft, y: number) => hs.some((h) => Math.abs(h.pos - y) <= tolerance && v.pos >= h.from - tolerance && v.pos <= h.to + tolerance);
  // Two passes: a line closed by several open lines (the bottom) can attach a lone one at the top.
  for (let pass = 0; pass < 2; pass++) for (const h of hs) {
    for (const end of ['from', 'to'] as const) {
      const open = vs.filter((v) => Math.abs(v[end] - h.pos) <= tolerance && !meets(v, v[end]));
      // One open line alone is enough when it is a column line of the same frame (the first column
      // merged over the break): two or more other lines span exactly the same height.
      const other = end === 'from' ? 'to' : 'from';
      const sameFrame = (o: Draft) => vs.filter((v) => Math.abs(v[end] - o[end]) <= tolerance && Math.abs(v[other] - o[other]) <= tolerance).length >= 3;
      // It must also meet the frame somewhere else (a loose stroke beside a table meets nothing).
      const attached = (o: Draft) => hs.some((x) => x !== h && o.pos >= x.from - tolerance && o.pos <= x.to + tolerance && x.pos >= o.from - tolerance && x.pos <= o.to + tolerance);
      if (open.length < 2 && !(open.length === 1 && sameFrame(open[0]) && attached(open[0]))) continue;
      const xs = open.map((v) => v.pos);
      h.from = Math.min(h.from, ...xs);
      h.to = Math.max(h.to, ...xs);
    }
  }
  return [...hs, ...vs];
}

/** Segments to snapped, joined edges, horizontal first, with stable ids. */
export function mergeSegments(segments: readonly RuleSegment[], s: LatticeSettings): Edge[] {
  const drafts = segmentsToEdges(segments, s);
  const merged: Draft[] = [];
  for (const o of ['h', 'v'] as const) {
    const mine = drafts.filter((d) => d.orientation === o);
    merged.push(...joinEdges(snapEdges(mine, s.snapTolerance), s.joinTolerance));
  }
  const closed = closePageBreakFrames(merged, s.intersectionTolerance);
  return closed.map((d, id) => ({ id, ...d }));
}
