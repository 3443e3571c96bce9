import type { TextRun } from '../../model/source.js';

/**
 * An amount wrapped in a narrow cell can come out of the text layer with its decimals glued to the next
 * column's integer part: '174,900' then '.64101,833' (= '.64' of 174,900.64 and '101,833' of the next
 * amount). Such a run is split where the page's usual number of decimals ends, but only when what follows
 * is a well-formed amount and the run starts where an integer amount of the same line ends (the geometry of
 * one cell); the pieces then fall in their own cells like any other run.
 */

const FRAGMENT = /^\.\d+$/;
const DECIMAL_AMOUNT = /^-?\d{1,3}(?:,\d{3})*\.(\d+)$|^-?\d+\.(\d+)$/;
const INTEGER_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|0|[1-9]\d*)(?:\.\d+)?$/;

/** The number of decimals most amounts (and lone decimal fragments) of the page print, if any print some. */
function usualDecimals(runs: readonly TextRun[]): number | null {
  const counts = new Map<number, number>();
  for (const r of runs) {
    const t = r.text.trim();
    const places = FRAGMENT.test(t) ? t.length - 1 : ((m) => (m ? (m[1] ?? m[2]).length : 0))(DECIMAL_AMOUNT.exec(t));
    if (places) counts.set(places, (counts.get(places) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? best[0] : null;
}

const size = (r: TextRun) => r.fontSize ?? r.height;
const sameLine = (a: TextRun, b: TextRun) => Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) <= Math.min(a.height, b.height) / 2;

/** The page's runs with every glued decimal fragment split off the amount that follows it, in the runs' order. */
export function splitGluedDecimals(runs: readonly TextRun[]): TextRun[] {
  if (!runs.some((r) => r.text.startsWith('.'))) return [...runs];
  const places = usualDecimals(runs);
  if (!places) return [...runs];
  const pieces: TextRun[][] = runs.map((r) => [r]);
  // Left to right, so a run split before can be the integer the next fragment belongs to.
  const order = runs.map((_, i) => i).sort((a, b) => runs[a].x - runs[b].x);
  const done: TextRun[] = [];
  for (const i of order) {
    const r = runs[i];
    const text = r.text.trim();
    const fragment = text.slice(0, places + 1);
    const rest = text.slice(places + 1);
    const glued = r.text === text && FRAGMENT.test(fragment) && AMOUNT.test(rest);
    // The integer it completes ends where the fragment starts (within a character): one cell, one amount.
    const owner = glued && done.some((d) => sameLine(d, r) && INTEGER_AMOUNT.test(d.text.trim()) && Math.abs(d.x + d.width - r.x) <= size(r));
    if (owner) {
      const fragmentWidth = (r.width * fragment.length) / text.length;
      pieces[i] = [
        { ...r, text: fragment, width: fragmentWidth },
        { ...r, text: rest, x: r.x + fragmentWidth, width: r.width - fragmentWidth },
      ];
    }
    done.push(...pieces[i]);
  }
  return pieces.flat();
}
