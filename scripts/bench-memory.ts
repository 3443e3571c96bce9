/**
 * Does a long batch stay flat in memory? Copies the corpus PDFs several times (each copy made a new document by a
 * trailing PDF comment, so the batch does not skip it as already stored), runs one `budgetlens ingest --ocr never`
 * over all copies, samples its RSS every 50 ms and prints the peak, median and final RSS of each round.
 * Flat means the later rounds need no more memory than the earlier ones (round 1 is warm-up); a leak shows
 * as a rise from round to round.
 *
 * Usage: npx tsx scripts/bench-memory.ts [--rounds N] [--concurrency C] [files or folders...]
 *   default: 6 rounds of every PDF under /work/shared/corpus/pdf, the CLI's default concurrency.
 */
import { copyFileSync, appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { listPdfs, MB, measureNode, takeOption } from './lib/measure.js';

const BIN = new URL('../bin/budgetlens.mjs', import.meta.url).pathname;

const argv = process.argv.slice(2);
const rounds = Number(takeOption(argv, '--rounds') ?? 6);
const concurrency = takeOption(argv, '--concurrency');
const files = (argv.length ? argv : ['/work/shared/corpus/pdf']).flatMap(listPdfs);

const work = mkdtempSync(join(tmpdir(), 'budgetlens-bench-memory-'));
for (let r = 1; r <= rounds; r++) {
  const dir = join(work, `round-${r}`);
  mkdirSync(dir);
  files.forEach((file, i) => {
    const copy = join(dir, `${String(i).padStart(3, '0')}-${basename(file)}`);
    copyFileSync(file, copy);
    // A comment after %%EOF: the same document to a reader, different bytes to the batch.
    appendFileSync(copy, `\n%budgetlens memory benchmark, round ${r}\n`);
  });
}

await measureNode([BIN, '--help']); // builds the compiled copy first, outside the measured run
const run = await measureNode(
  [BIN, 'ingest', work, '--db', join(work, 'bench.sqlite'), '--ocr', 'never', ...(concurrency ? ['--concurrency', concurrency] : [])],
  { sample: true },
);
rmSync(work, { recursive: true, force: true });

// When each document finished, from the progress lines ("[k/N] ok ...").
const finished = run.lines.filter(([, l]) => /^\[\d+\/\d+\]/.test(l)).map(([t]) => t);
const perRound = files.length;
const roundAt = (t: number) => Math.min(rounds - 1, Math.floor(finished.filter((f) => f <= t).length / perRound));
const stats = Array.from({ length: rounds }, () => ({ peak: 0, last: 0, all: [] as number[] }));
for (const [t, rss] of run.samples) {
  const s = stats[roundAt(t)];
  s.peak = Math.max(s.peak, rss);
  s.last = rss;
  s.all.push(rss);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(`${rounds} rounds x ${perRound} PDFs, ingest --ocr never${concurrency ? ` --concurrency ${concurrency}` : ''}: ${run.seconds.toFixed(1)} s`);
// The peak of a round depends on which two large documents happen to overlap; the median shows the level.
console.log(['round', 'peak RSS MB', 'median MB', 'at its end MB'].join('\t'));
stats.forEach((s, i) => console.log([i + 1, MB(s.peak), MB(median(s.all)), MB(s.last)].join('\t')));
console.log(`peak of the whole run: ${MB(run.peakRssBytes)} MB`);
console.log(run.stdout.split('\n').find((l) => /workers replaced/.test(l)) ?? 'no worker was replaced for memory');
// Round 1 is warm-up (each worker's heap grows to what one large document needs); after it, flat means the
// later rounds need no more than the earlier ones.
const mid = Math.max(2, Math.ceil((rounds + 1) / 2));
const [earlier, later] = [stats.slice(1, mid), stats.slice(mid)];
if (earlier.length && later.length) {
  const most = (ss: typeof stats, f: (s: (typeof stats)[number]) => number) => Math.max(...ss.map(f));
  console.log(
    `rounds ${mid + 1}-${rounds} against rounds 2-${mid}: peak ${(most(later, (s) => s.peak) / most(earlier, (s) => s.peak)).toFixed(2)}, ` +
      `median ${(most(later, (s) => median(s.all)) / most(earlier, (s) => median(s.all))).toFixed(2)} (1.00 or less: flat)`,
  );
}
