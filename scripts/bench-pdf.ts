/**
 * The PDF benchmark of issue #3: a full `budgetlens ingest --ocr never` against bare pdf.js on the same files, in
 * the same run, each in a fresh Node process (start-up included on both sides). Two baselines: bare pdf.js text
 * extraction (getTextContent of every page, the target's reference), and the same plus every page's operator
 * list (getOperatorList), the work a program that reads ruling lines as well as positioned text asks pdf.js for.
 *
 * Usage: npx tsx scripts/bench-pdf.ts [--repeat N] [--concurrency C] [files or folders...]
 *   default: every PDF under /work/shared/corpus/pdf, 2 repeats, concurrency 1 (like for like with the
 *   single-threaded baseline). Runs alternate bare/ours and the best time of each is kept, because these
 *   machines are shared and noisy; the ratio is also given as the median of each run's own pair, for wall time
 *   and for CPU time (the whole process tree's; waiting for a busy core does not count, so it moves least).
 * Prints seconds, the ratio ours/bare (target: at most 2.0), pages per second, the peak RSS of each process
 * (target: under 400 MB for the 241-page Shenzhen document) and where our time went by stage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { defaultMemoryLimitMb, memoryBudget } from '../src/batch/memory-budget.js';
import { documentProcessV8Flags } from '../src/batch/v8-flags.js';
import { listPdfs, MB, measureNode, takeOption, type Measured } from './lib/measure.js';

const BIN = new URL('../bin/budgetlens.mjs', import.meta.url).pathname;
const BARE = new URL('./lib/bare-pdfjs.mjs', import.meta.url).pathname;

const argv = process.argv.slice(2);
const repeat = Number(takeOption(argv, '--repeat') ?? 2);
const concurrency = Number(takeOption(argv, '--concurrency') ?? 1);
const files = (argv.length ? argv : ['/work/shared/corpus/pdf']).flatMap(listPdfs);
const work = mkdtempSync(join(tmpdir(), 'budgetlens-bench-pdf-'));
// A fresh store for each run: every run then does the same work (a rerun into a full store deletes first).
const dbOf = (run: number) => join(work, `bench-${run}.sqlite`);

// The baselines run with the V8 settings our document processes get (document-pool: young generation, GC
// threads), so the ratio does not count as ours a saving that V8's settings would give bare pdf.js as well.
const v8Flags = documentProcessV8Flags(memoryBudget(defaultMemoryLimitMb(concurrency), concurrency));

// Builds the compiled copy of the sources if they changed, so no timed run pays for it.
await measureNode([BIN, '--help']);

const best = (runs: Measured[], key: 'seconds' | 'cpuSeconds' = 'seconds') => runs.reduce((a, b) => (b[key] < a[key] ? b : a));
const bare: Measured[] = [];
const bareOps: Measured[] = [];
const ours: Measured[] = [];
for (let i = 0; i < repeat; i++) {
  bare.push(await measureNode([...v8Flags, BARE, ...files]));
  bareOps.push(await measureNode([...v8Flags, BARE, '--ops', ...files]));
  ours.push(await measureNode([BIN, 'ingest', ...files, '--db', dbOf(i), '--ocr', 'never', '--force', '--no-progress', '--concurrency', String(concurrency)]));
  const r = (m: Measured[]) => `${m[i].seconds.toFixed(2)} s (${m[i].cpuSeconds.toFixed(2)} cpu)`;
  process.stderr.write(`run ${i + 1}/${repeat}: bare ${r(bare)}, bare+ops ${r(bareOps)}, ours ${r(ours)}, ratio ${(ours[i].seconds / bare[i].seconds).toFixed(2)} (cpu ${(ours[i].cpuSeconds / bare[i].cpuSeconds).toFixed(2)}), load ${loadavg()[0].toFixed(1)}\n`);
}

const pages = Number(bare[0].stdout.trim());
const stages: Record<string, number> = {};
const handle = new Database(dbOf(repeat - 1), { readonly: true });
for (const { timings_json } of handle.prepare('SELECT timings_json FROM documents').all() as Array<{ timings_json: string | null }>) {
  for (const [stage, ms] of Object.entries(JSON.parse(timings_json ?? '{}') as Record<string, number>)) stages[stage] = (stages[stage] ?? 0) + ms;
}
const summary = handle.prepare('SELECT status, count(*) AS n FROM documents GROUP BY status').all() as Array<{ status: string; n: number }>;
handle.close();
rmSync(work, { recursive: true, force: true });

console.log(`${files.length} files, ${pages} pages; ingest --ocr never --concurrency ${concurrency}; best of ${repeat}; baselines run with ${v8Flags.join(' ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`documents: ${summary.map((s) => `${s.n} ${s.status}`).join(', ')}`);
console.log(['', 'seconds', 'cpu s', 'pages/s', 'peak RSS MB'].join('\t'));
const row = (name: string, runs: Measured[]) =>
  console.log([name, best(runs).seconds.toFixed(2), best(runs, 'cpuSeconds').cpuSeconds.toFixed(2), (pages / best(runs).seconds).toFixed(1), MB(Math.max(...runs.map((r) => r.peakRssBytes)))].join('\t'));
row('bare pdf.js', bare);
row('bare + ops', bareOps);
row('budgetlens', ours);
// Each run's pair ran back to back under the same load: the median of the paired ratios is the steadier figure.
const ratios = (base: Measured[], key: 'seconds' | 'cpuSeconds') => {
  const paired = ours.map((r, i) => r[key] / base[i][key]).sort((x, y) => x - y);
  return `median of paired runs ${paired[Math.floor(paired.length / 2)].toFixed(2)}, best of each ${(best(ours, key)[key] / best(base, key)[key]).toFixed(2)}`;
};
console.log(`ratio (budgetlens / bare pdf.js text): wall ${ratios(bare, 'seconds')}; cpu ${ratios(bare, 'cpuSeconds')}`);
console.log(`ratio (budgetlens / bare pdf.js text + operator lists): wall ${ratios(bareOps, 'seconds')}; cpu ${ratios(bareOps, 'cpuSeconds')}`);
console.log(`budgetlens time by stage (s, summed over documents): ${Object.entries(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ')}`);
