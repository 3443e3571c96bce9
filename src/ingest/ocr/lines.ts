import type { Gray, Ink } from './bitmap.js';

/** A ruling line found in an image, in pixels: `pos` is y (horizontal) or x (vertical), the centre of its stroke. */
export interface PixelLine {
  orientation: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
  /** Stroke thickness in pixels (the most common run stack height). */
  thickness: number;
}

export interface LineFinderSettings {
  /** Pieces at least this long are rule candidates; collinear pieces are joined before the length test. */
  minPiece: number;
  /** Collinear pieces whose ends are this close are one rule broken by the scan (faint toner, noise). */
  joinGap: number;
  /** Only pieces at most this thick are joined. */
  joinThickness: number;
  /** Joined lines whose pieces are shorter than this on average are rows of glyph strokes, not rules. */
  minJoinedPiece: number;
  /** Shortest run that counts as a horizontal line (glyph strokes are shorter). */
  minHorizontal: number;
  /** Shortest run for a vertical line (a single table row can be short). */
  minVertical: number;
  /** Gaps up to this many pixels inside a run are bridged (broken or faint scan strokes). */
  maxGap: number;
  /** Thicker components are filled areas or bold glyphs, not rules. */
  maxThickness: number;
  /** The size of a body-text glyph: a piece no longer than this with text on both sides is one of its strokes. */
  glyphSize: number;
}

/** Defaults for a page rendered at `dpi`: 20 pt horizontally, 14 pt vertically, 2.5 pt thick at most. */
export function lineSettingsFor(dpi: number): LineFinderSettings {
  const px = (pt: number) => Math.max(1, Math.round((pt * dpi) / 72));
  return { minHorizontal: px(20), minVertical: px(14), maxGap: Math.max(1, px(0.7)), maxThickness: px(2.5), minPiece: px(8), joinGap: px(2.5), joinThickness: px(1.5), minJoinedPiece: px(12), glyphSize: px(12) };
}

/**
 * Masks for finding rules, more lenient than the page's ink: a pixel is on when it and its neighbour
 * across the rule (the row below for horizontal rules, the column right for vertical ones) are together
 * at least 0.4 times as dark as ink, over the ground `beside` pixels off on either side. A faint one-pixel rule keeps most of its pixels, and a slanted one whose
 * darkness a one-pixel step splits over two rows stays whole. `inkCut` is the page's ink threshold.
 */
export function ruleMasks(g: Gray, inkCut: number, paper: number, beside = 6): { h: Ink; v: Ink } {
  const { width, height, data } = g;
  const full = Math.max(8, paper - inkCut);
  const pair = full * 0.4;
  const h = new Uint8Array(width * height);
  const v = new Uint8Array(width * height);
  // The ground `beside` pixels off the stroke on both sides: the lighter one's darkness (none off the page).
  const ground = (a: number, b: number) => Math.max(0, Math.min(a < 0 ? 0 : paper - data[a], b < 0 ? 0 : paper - data[b]));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const d = paper - data[i];
      if (d <= 0) continue;
      if (d >= full) {
        h[i] = v[i] = 1;
        continue;
      }
      // Measured against that ground, not against paper: a rule inside a shaded header is darker than the
      // shading around it; the shading is not, and on the mask it would stack with its rules into one filled
      // area, dropped with them.
      if (y + 1 < height) {
        const g2 = 2 * ground(y >= beside ? i - beside * width : -1, y + 1 + beside < height ? i + (1 + beside) * width : -1);
        if (d + paper - data[i + width] - g2 >= pair) h[i] = 1;
      }
      if (x + 1 < width) {
        const g2 = 2 * ground(x >= beside ? i - beside : -1, x + 1 + beside < width ? i + 1 + beside : -1);
        if (d + paper - data[i + 1] - g2 >= pair) v[i] = 1;
      }
    }
  }
  return { h: { width, height, data: h }, v: { width, height, data: v } };
}

interface Run {
  line: number;
  from: number;
  to: number;
}

/** Long runs of ink along rows (h) or columns (v), gaps up to maxGap bridged. */
function longRuns(ink: Ink, o: 'h' | 'v', minLen: number, maxGap: number): Run[] {
  const lines = o === 'h' ? ink.height : ink.width;
  const len = o === 'h' ? ink.width : ink.height;
  const at = o === 'h' ? (l: number, i: number) => ink.data[l * ink.width + i] : (l: number, i: number) => ink.data[i * ink.width + l];
  const out: Run[] = [];
  for (let l = 0; l < lines; l++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i <= len; i++) {
      const on = i < len && at(l, i) === 1;
      if (on) {
        if (start < 0) start = i;
        else if (i - last - 1 > maxGap) {
          if (last - start + 1 >= minLen) out.push({ line: l, from: start, to: last });
          start = i;
        }
        last = i;
      }
    }
    if (start >= 0 && last - start + 1 >= minLen) out.push({ line: l, from: start, to: last });
  }
  return out;
}

/** Runs this much longer than the ones beside them belong to something else (a rule beside a shaded cell). */
const STACK_RATIO = 4;

/**
 * Stacks runs on neighbouring rows (or columns) that overlap into one stroke; a slightly skewed or warped
 * rule steps from row to row and still gives one line. A run joins a stroke only when its length is like
 * that of the stroke's runs on the row before: a rule that passes a shaded header cell runs on far beyond
 * the shading's short runs, and swallowed by it would be dropped with it as a filled area.
 */
function stack(runs: Run[], o: 'h' | 'v', maxThickness: number): PixelLine[] {
  type Group = { runs: Run[]; lastLine: number; from: number; to: number; lastFrom: number; lastTo: number; prevFrom: number; prevTo: number };
  const open: Group[] = [];
  const done: Group[] = [];
  const len = (a: number, b: number) => b - a + 1;
  const alike = (r: Run, from: number, to: number) => {
    const [a, b] = [len(r.from, r.to), len(from, to)];
    return r.from <= to && r.to >= from && Math.max(a, b) <= STACK_RATIO * Math.min(a, b);
  };
  for (const r of runs) {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i].lastLine < r.line - 1) done.push(...open.splice(i, 1));
    }
    // Runs already on this row: compare with the row before, as the stroke's first run on this row was.
    const same = open.find((c) => c.lastLine === r.line && alike(r, c.prevFrom, c.prevTo) && r.from <= c.lastTo + 1 && r.to >= c.lastFrom - 1);
    const g = same ?? open.find((c) => c.lastLine === r.line - 1 && alike(r, c.lastFrom, c.lastTo));
    if (!g) {
      open.push({ runs: [r], lastLine: r.line, from: r.from, to: r.to, lastFrom: r.from, lastTo: r.to, prevFrom: r.from, prevTo: r.to });
      continue;
    }
    g.runs.push(r);
    if (g.lastLine === r.line) {
      g.lastFrom = Math.min(g.lastFrom, r.from);
      g.lastTo = Math.max(g.lastTo, r.to);
    } else {
      [g.prevFrom, g.prevTo] = [g.lastFrom, g.lastTo];
      [g.lastFrom, g.lastTo] = [r.from, r.to];
      g.lastLine = r.line;
    }
    g.from = Math.min(g.from, r.from);
    g.to = Math.max(g.to, r.to);
  }
  done.push(...open);
  const out: PixelLine[] = [];
  for (const g of done) {
    // Thickness where the stroke is: pixels over length, robust to the drift of a skewed rule.
    let pixels = 0;
    let weighted = 0;
    for (const r of g.runs) {
      const n = r.to - r.from + 1;
      pixels += n;
      weighted += n * r.line;
    }
    const thickness = Math.max(1, Math.round(pixels / (g.to - g.from + 1)));
    if (thickness > maxThickness) continue;
    out.push({ orientation: o, pos: weighted / pixels, from: g.from, to: g.to + 1, thickness });
  }
  return out;
}

/**
 * Drops pieces that lie along a longer line, within its stroke plus a few pixels and inside its length:
 * the blurred edge rows of a rule, stacked apart from it because their runs are much shorter.
 */
function absorbEdges(lines: PixelLine[], gap: number): PixelLine[] {
  const byPos = new Map<number, PixelLine[]>();
  for (const l of lines) {
    const k = Math.round(l.pos);
    byPos.set(k, [...(byPos.get(k) ?? []), l]);
  }
  return lines.filter((l) => {
    for (let p = Math.round(l.pos) - 6; p <= Math.round(l.pos) + 6; p++) {
      for (const o of byPos.get(p) ?? []) {
        if (o === l || o.to - o.from <= 2 * (l.to - l.from)) continue;
        if (Math.abs(o.pos - l.pos) <= o.thickness / 2 + l.thickness / 2 + 2.5 && l.from >= o.from - gap && l.to <= o.to + gap) return false;
      }
    }
    return true;
  });
}

/** The page's tones: paper, and the mean grey of its ink (what a rule printed at full strength looks like). */
export interface PageTones {
  gray: Gray;
  paper: number;
  ink: number;
}

/**
 * A piece's width in full-strength ink: its darkness summed across the stroke, divided by the darkness of
 * the page's ink (the median over points along it, so a crossing rule or a touching glyph does not count).
 * On the lenient masks a faint, blurred one-pixel rule is 4-5 pixels thick, yet holds about one pixel of
 * ink; the strokes of a bold title are as thick on the mask and hold all of it.
 */
export function inkWidth(l: PixelLine, t: PageTones): number {
  const full = Math.max(8, t.paper - t.ink);
  const half = Math.ceil(l.thickness / 2) + 1;
  const c = Math.round(l.pos);
  const widths: number[] = [];
  const { width, height, data } = t.gray;
  for (let i = l.from; i < l.to; i += 3) {
    let dark = 0;
    for (let d = -half; d <= half; d++) {
      const [x, y] = l.orientation === 'h' ? [i, c + d] : [c + d, i];
      if (x >= 0 && y >= 0 && x < width && y < height) dark += t.paper - data[y * width + x];
    }
    widths.push(dark / full);
  }
  // Signed darkness: the grain of the paper averages out instead of adding up.
  widths.sort((a, b) => a - b);
  return widths.length ? widths[widths.length >> 1] : l.thickness;
}

/**
 * Joins pieces of one rule: same orientation, positions within the thicker one's stroke (plus a pixel of
 * slant), ends at most `gap` apart. A piece is joined when it is thin on the mask or, given the page's
 * tones, thin in ink (a faint rule the lenient mask made wide).
 */
function joinCollinear(lines: PixelLine[], gap: number, thin: number, minMeanPiece: number, tones?: PageTones): PixelLine[] {
  const sorted = [...lines].sort((a, b) => a.from - b.from);
  const out: PixelLine[] = [];
  const pieces = new Map<PixelLine, { count: number; inked: number }>();
  // Open lines by rounded position, so a page of glyph-stroke pieces is not compared pairwise.
  const byPos = new Map<number, PixelLine[]>();
  for (const l of sorted) {
    let near: PixelLine | undefined;
    // Only thin pieces are joined: a faint or worn rule is thin, the strokes of a bold title are not.
    if (l.thickness <= thin || (tones && l.thickness <= 2 * thin && inkWidth(l, tones) <= thin * 0.6)) {
      const reach = Math.ceil(thin + 1.5);
      for (let p = Math.round(l.pos) - reach; p <= Math.round(l.pos) + reach && !near; p++) {
        near = byPos.get(p)?.find((o) => Math.abs(o.pos - l.pos) <= Math.max(o.thickness, l.thickness) / 2 + 1.5 && l.from - o.to <= gap && l.to >= o.from - gap);
      }
    }
    if (!near) {
      const copy = { ...l };
      out.push(copy);
      pieces.set(copy, { count: 1, inked: l.to - l.from });
      const key = Math.round(copy.pos);
      byPos.set(key, [...(byPos.get(key) ?? []), copy]);
      continue;
    }
    // The joined line keeps its first piece's position (its bucket); a longer piece's thickness wins.
    if (l.to - l.from > near.to - near.from) near.thickness = Math.max(near.thickness, l.thickness);
    near.from = Math.min(near.from, l.from);
    near.to = Math.max(near.to, l.to);
    const p = pieces.get(near)!;
    p.count++;
    p.inked += l.to - l.from;
  }
  // A broken rule is long dashes with short gaps; a row of glyph strokes is short pieces.
  return out.filter((l) => {
    const p = pieces.get(l)!;
    return p.count === 1 || p.inked / p.count >= minMeanPiece;
  });
}

/** True when two perpendicular lines meet or cross (ends may stop short by `tol`). */
function meets(a: PixelLine, b: PixelLine, tol: number): boolean {
  return b.pos >= a.from - tol && b.pos <= a.to + tol && a.pos >= b.from - tol && a.pos <= b.to + tol;
}

/**
 * Share of a line's length where ink lies close on both sides of it: a row of glyph strokes (the
 * baseline of a run of digits, the middle strokes of 住房公积金) has the rest of its glyphs above and
 * below; a rule has paper on at least one side almost everywhere (text does not touch it for long).
 */
function inkBothSides(l: PixelLine, ink: Ink, far = Math.ceil(l.thickness / 2) + 8): number {
  const near = Math.ceil(l.thickness / 2) + 3;
  const at = (along: number, across: number) => {
    const [x, y] = l.orientation === 'h' ? [along, across] : [across, along];
    return x >= 0 && y >= 0 && x < ink.width && y < ink.height && ink.data[y * ink.width + x] === 1;
  };
  const c = Math.round(l.pos);
  let both = 0;
  for (let i = l.from; i < l.to; i++) {
    let above = false;
    let below = false;
    for (let d = near; d <= far && !(above && below); d++) {
      above ||= at(i, c - d);
      below ||= at(i, c + d);
    }
    if (above && below) both++;
  }
  return both / Math.max(1, l.to - l.from);
}

/** Above this share of its length with ink on both sides, a line runs through text: it is no rule. */
const THROUGH_TEXT = 0.3;

/**
 * True for a piece no longer than a glyph with text on both sides of it along most of its length (within a
 * glyph's size): a stroke of a character in a line of text, such as the stem of 本 standing right above a
 * column rule. Joined to the rule, it carries the rule up through a spanning header cell and splits it.
 * A rule's piece that short is a fleck of a broken rule; its neighbours are long enough to make the rule.
 */
function glyphStroke(l: PixelLine, ink: Ink, glyphSize: number): boolean {
  return l.to - l.from <= glyphSize && inkBothSides(l, ink, glyphSize) > 0.5;
}

/**
 * True for a line that lies inside one ruled cell without reaching both of its sides: perpendicular
 * rules enclose it left and right (above and below for a vertical), none crosses it, and it stops short of
 * one of them. Every rule of a ruled table runs from rule to rule; a row of glyph strokes (the tops of a
 * code's digits) starts at the cell's padding and ends where the text does.
 */
function strandedInCell(l: PixelLine, across: readonly PixelLine[], tol: number): boolean {
  const spanning = across.filter((o) => o.from - tol <= l.pos && o.to + tol >= l.pos);
  if (spanning.some((o) => o.pos > l.from + tol && o.pos < l.to - tol)) return false;
  const before = spanning.filter((o) => o.pos <= l.from + tol).map((o) => o.pos);
  const after = spanning.filter((o) => o.pos >= l.to - tol).map((o) => o.pos);
  if (!before.length || !after.length) return false;
  return l.from - Math.max(...before) > tol || Math.min(...after) - l.to > tol;
}

/**
 * True for a line that runs from one perpendicular rule to another and crosses one more between them: a
 * row rule of a ruled table, border to border. In a tight table (rows 9.6 pt apart under 9 pt text, Beijing's
 * 基本支出表) the text of the rows above and below lies within a few pixels of the rule along most of its
 * length, and the test for lines through text would drop it; a row of glyph strokes stops where its text does,
 * not on rules.
 */
function borderToBorder(l: PixelLine, across: readonly PixelLine[], tol: number): boolean {
  const spanning = across.filter((o) => o.from - tol <= l.pos && o.to + tol >= l.pos);
  const endsOn = (end: number) => spanning.some((o) => Math.abs(o.pos - end) <= tol);
  return endsOn(l.from) && endsOn(l.to) && spanning.some((o) => o.pos > l.from + tol && o.pos < l.to - tol);
}

/**
 * Horizontal and vertical ruling lines of a page (long thin strokes only): pieces on the rule masks, joined
 * where a faint rule broke. A line under four times the minimum must meet a long perpendicular line: a
 * table's rule always does, a chain of a large title's glyph strokes does not.
 */
export function findLines(ink: Ink, s: LineFinderSettings, vInk: Ink = ink, tones?: PageTones): PixelLine[] {
  const pieces = (mask: Ink, o: 'h' | 'v', min: number) =>
    absorbEdges(stack(longRuns(mask, o, Math.min(s.minPiece, min), s.maxGap), o, s.maxThickness), s.joinGap).filter((l) => !glyphStroke(l, mask, s.glyphSize));
  const h = joinCollinear(pieces(ink, 'h', s.minHorizontal), s.joinGap, s.joinThickness, s.minJoinedPiece, tones).filter((l) => l.to - l.from >= s.minHorizontal);
  const v = joinCollinear(pieces(vInk, 'v', s.minVertical), s.joinGap, s.joinThickness, s.minJoinedPiece, tones).filter((l) => l.to - l.from >= s.minVertical);
  const tol = s.maxThickness + 2;
  // A rule is long for its stroke; the strokes of a large title's glyphs are thick for their length.
  const slender = (l: PixelLine) => l.to - l.from >= 15 * l.thickness;
  const keep = (l: PixelLine, min: number, others: PixelLine[]) =>
    l.to - l.from >= 4 * min || others.some((o) => o.to - o.from >= 2 * (o.orientation === 'h' ? s.minHorizontal : s.minVertical) && meets(l, o, tol));
  const clear = (l: PixelLine, mask: Ink) => inkBothSides(l, mask) <= THROUGH_TEXT;
  // Only row rules are let through text that way: a column of stacked digits' stems, joined across the row
  // rules it meets, would run from rule to rule too.
  const vs = v.filter((l) => slender(l) && clear(l, vInk));
  // Borders and column rules: long enough to stand alone (a glyph's stem is not).
  const columnRules = vs.filter((l) => l.to - l.from >= 4 * s.minVertical);
  const hs = h.filter((l) => slender(l) && (clear(l, ink) || borderToBorder(l, columnRules, tol)));
  const kept = [...hs.filter((l) => keep(l, s.minHorizontal, vs)), ...vs.filter((l) => keep(l, s.minVertical, hs))];
  const [kh, kv] = [kept.filter((l) => l.orientation === 'h'), kept.filter((l) => l.orientation === 'v')];
  return reachAcross(kept.filter((l) => !strandedInCell(l, l.orientation === 'h' ? kv : kh, tol)), s.minPiece + s.joinGap, tol);
}

/**
 * Ends carried over a gap to the rule they stop short of: a worn rule often breaks just before the
 * border it runs into (every row rule of a column at once, when the break is in the print head), and the
 * stub left beyond the break is too short to be seen; a lattice needs the two to meet. An end that meets
 * no perpendicular rule (within its stroke and 2 px) moves to the nearest one that spans its position within `reach`
 * beyond it; nothing moves where no rule is, and an end already on a rule stays.
 */
function reachAcross(lines: PixelLine[], reach: number, tol: number): PixelLine[] {
  return lines.map((l) => {
    const across = lines.filter((o) => o.orientation !== l.orientation && o.from - tol <= l.pos && o.to + tol >= l.pos);
    const onRule = (end: number) => across.some((o) => Math.abs(o.pos - end) <= o.thickness / 2 + 2);
    const before = across.filter((o) => o.pos < l.from && l.from - o.pos <= reach).map((o) => o.pos);
    const after = across.filter((o) => o.pos > l.to && o.pos - l.to <= reach).map((o) => o.pos);
    const from = !onRule(l.from) && before.length ? Math.floor(Math.max(...before)) : l.from;
    const to = !onRule(l.to) && after.length ? Math.ceil(Math.min(...after)) + 1 : l.to;
    return from === l.from && to === l.to ? l : { ...l, from, to };
  });
}
/**
 * Whitens the long runs that make up the found lines (plus a pixel of halo), so no rule reaches the
 * recogniser as `1` or `|`. Runs not on a found line (glyph strokes) are left alone. A pixel off the rule's own
 * stroke whose neighbour further out is ink (at or under `inkCut`, the page's ink threshold) stays: it is the
 * edge of a glyph that touches the rule (a right-aligned figure's last 0 read as '(' once its right side is
 * whitened). `masks` are the ink the rules were found on, one per orientation.
 */
export function eraseLines(pixels: Uint8Array, width: number, masks: { h: Ink; v: Ink }, inkCut: number, s: LineFinderSettings, lines: readonly PixelLine[]): void {
  const halo = 1;
  const before = new Uint8Array(pixels);
  for (const o of ['h', 'v'] as const) {
    const min = Math.min(s.minPiece, o === 'h' ? s.minHorizontal : s.minVertical);
    const mine = lines.filter((l) => l.orientation === o);
    const lineOf = (r: Run) => mine.find((l) => Math.abs(r.line - l.pos) <= l.thickness / 2 + 2 && r.from < l.to && r.to >= l.from);
    const mask = masks[o];
    for (const r of longRuns(mask, o, min, s.maxGap)) {
      const l = lineOf(r);
      if (!l) continue;
      for (let i = r.from; i <= r.to; i++) {
        for (let d = -halo; d <= halo; d++) {
          const across = r.line + d;
          const x = o === 'h' ? i : across;
          const y = o === 'h' ? across : i;
          if (x < 0 || y < 0 || x >= mask.width || y >= mask.height) continue;
          if (Math.abs(across - l.pos) > l.thickness / 2) {
            const out = across + Math.sign(across - l.pos);
            const [ox, oy] = o === 'h' ? [x, out] : [out, y];
            if (ox >= 0 && oy >= 0 && ox < mask.width && oy < mask.height && before[oy * width + ox] <= inkCut) continue;
          }
          pixels[y * width + x] = 255;
        }
      }
    }
  }
}
