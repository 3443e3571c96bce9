/**
 * OCR accuracy against ground truth for free: pages of the text-layer PDFs in ../shared/corpus/wide are cut
 * out (qpdf), rendered and degraded as a scanner would (scripts/lib/scan-image.ts), wrapped as image-only
 * PDFs and read through the whole pipeline with --ocr auto; the facts are compared with the same cut's
 * text-layer facts: line items (table kind, code or name, measure, side, period -> amount), 三公 figures,
 * narrative claims and the document's metadata (department, year, budget or final accounts, where the
 * text layer finds them). One table per degradation, then per city.
 *
 *   npx tsx scripts/scan-accuracy.ts [--docs 30] [--per-city N] [--pages 1] [--claims]
 *        [--cities 上海,广州] [--keep dir] [--degradations skew-noise-200,faint-200,rot90-200] [--engine paddle|tesseract] [--seed 1] [--json out.json]
 *        [--shard k/n]   (score only the sample's documents k, k+n, ...: the same sample split over n processes)
 *        [--only 北京/,珠海/财政局]   (score only the sample's documents whose city/file name holds one of these:
 *                         each keeps the seed, so the skew and grain, it gets in the whole sample)
 *   npx tsx scripts/scan-accuracy.ts --merge a.json,b.json   (the tables of shards' --json files together)
 *
 * Sampling: --docs documents (default 30) taken round-robin over the cities, in file-name order within each
 * city: one usable document from each city in turn, so a city with fewer usable documents leaves its turns
 * to the others (--per-city caps how many one city gives; no cap by default). A document is usable when its
 * text layer reads as a budget (status ok or partial) with at least 10 line items, and its cut does too: the
 * cut of a few pages is read on the text layer first, and a cut that is not a budget there, or reads fewer
 * than 10 line items, is passed over for the city's next document rather than scored.
 * Pages of the cut: the first page (cover or title: metadata), the --pages pages with the most line items
 * among those where a table begins (a continuation page alone has no title, so its rows belong to no table),
 * the page of the 三公 table, and with --claims the narrative page with the most claims.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeOcr } from '../src/ingest/ocr/index.js';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import type { DocumentResult } from '../src/model/index.js';
import { defaultSettings, processDocument } from '../src/process-document.js';
import { makeScan, seeded, type Degradation } from './lib/scan-image.js';
import { multisetHits } from './lib/multiset.js';
// A name is compared as the pipeline compares names (NFKC, brackets of either width): '(境)' and '（境）' are one
// name, and a scan cannot tell the glyph widths apart.
import { normaliseName } from '../src/recognise/vocab/code-catalogue.js';

const WIDE = new URL('../../shared/corpus/wide/', import.meta.url).pathname;

const base: Degradation = { dpi: 200, skew: 0, rotate: 0, noise: 8, blur: 0.7, faintRules: false, jpegQuality: 70 };
/** Each degradation with the largest skew its pages draw from (uniform in ±maxSkew). */
export const DEGRADATIONS: Record<string, { d: Degradation; maxSkew: number }> = {
  'skew-noise-200': { d: base, maxSkew: 1.5 },
  'faint-200': { d: { ...base, faintRules: true }, maxSkew: 0.6 },
  'rot90-200': { d: { ...base, rotate: 90 }, maxSkew: 0.5 },
  'rot180-200': { d: { ...base, rotate: 180 }, maxSkew: 0.5 },
  'rot270-200': { d: { ...base, rotate: 270 }, maxSkew: 0.5 },
  'low-150': { d: { ...base, dpi: 150, jpegQuality: 60 }, maxSkew: 1 },
  'fine-300': { d: { ...base, dpi: 300, noise: 5, blur: 0.8 }, maxSkew: 0.8 },
};

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const has = (name: string) => args.includes(`--${name}`);
const docCount = Number(opt('docs', '30'));
const perCity = Number(opt('per-city', 'Infinity'));
const tablePages = Number(opt('pages', '1'));
const degradations = opt('degradations', 'skew-noise-200').split(',');
const engine = opt('engine', 'paddle') as 'paddle' | 'tesseract';
const seed0 = Number(opt('seed', '1'));
const jsonOut = opt('json', '');
const [shardK, shardN] = opt('shard', '0/1').split('/').map(Number);
const merge = opt('merge', '').split(',').filter(Boolean);
const only = opt('only', '').split(',').filter(Boolean);
/** Keep the scans made (for a look at a miss). */
const keep = opt('keep', '');

/** Each city's documents in name order; the sampler takes them round-robin over the cities. */
function cityQueues(): { city: string; files: string[] }[] {
  const only = opt('cities', '').split(',').filter(Boolean);
  const cities = readdirSync(WIDE, { withFileTypes: true }).filter((d) => d.isDirectory() && (!only.length || only.includes(d.name))).map((d) => d.name).sort();
  return cities.map((c) => ({ city: c, files: readdirSync(join(WIDE, c)).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(WIDE, c, f)) }));
}

const run = (file: string, bytes: Uint8Array, ocr: 'never' | 'auto') => processDocument(file, bytes, defaultSettings({ ocr, ocrEngine: engine }));

function choosePages(r: DocumentResult): number[] {
  const perPage = new Map<number, number>();
  const starts = new Set((r.facts?.tables ?? []).map((t) => t.pageFrom ?? t.place.page));
  for (const t of r.facts?.tables ?? [])
    for (const li of t.lineItems) {
      const p = li.amount.place.page;
      if (li.amount.text !== null && p && starts.has(p)) perPage.set(p, (perPage.get(p) ?? 0) + 1);
    }
  const best = [...perPage].sort((a, b) => b[1] - a[1]).slice(0, tablePages).map(([p]) => p);
  const pages = new Set([1, ...best]);
  // The 三公 table is small (a handful of figures), so the pages with the most line items never include it.
  const three = new Map<number, number>();
  for (const x of r.facts?.threePublic ?? []) if (x.source === 'table' && x.amount.text !== null && x.amount.place.page) three.set(x.amount.place.page, (three.get(x.amount.place.page) ?? 0) + 1);
  const threePage = [...three].sort((a, b) => b[1] - a[1])[0];
  if (threePage) pages.add(threePage[0]);
  if (has('claims')) {
    const claims = new Map<number, number>();
    for (const c of r.facts?.claims ?? []) if (c.place.page) claims.set(c.place.page, (claims.get(c.place.page) ?? 0) + 1);
    const top = [...claims].sort((a, b) => b[1] - a[1])[0];
    if (top) pages.add(top[0]);
  }
  return [...pages].sort((a, b) => a - b);
}

/** Facts as comparable keys: each a multiset of 'key=value'. */
function factKeys(r: DocumentResult, truthSide = false) {
  const f = r.facts;
  const items = (f?.tables ?? []).flatMap((t) =>
    t.lineItems.filter((li) => li.amount.text !== null).map((li) => `${t.kind}|${li.code ?? normaliseName(li.name)}|${li.economicCode ?? ''}|${li.measure}|${li.side ?? ''}|${li.period ?? ''}=${li.amount.text}`),
  );
  const three = (f?.threePublic ?? []).filter((x) => x.amount.text !== null).map((x) => `${x.source}|${x.period}|${x.item}=${x.amount.text}`);
  const claims = (f?.claims ?? []).map((c) => `${c.metric}|${c.period ?? ''}=${c.amount?.fen ?? ''}|${c.percent ?? ''}`);
  const meta = f ? [`department=${f.meta.department}`, `fiscalYear=${f.meta.fiscalYear}`, `docType=${f.meta.docType}`] : [];
  // Metadata the text layer itself does not find is not counted (the scan finding it is no OCR error).
  if (truthSide) meta.splice(0, meta.length, ...meta.filter((m) => !m.endsWith('=null')));
  return { items, three, claims, meta };
}

interface Score {
  doc: string;
  city: string;
  degradation: string;
  pages: number;
  seconds: number;
  status: string;
  counts: Record<'items' | 'three' | 'claims' | 'meta', [number, number]>;
  misses: string[];
}

const work = mkdtempSync(join(tmpdir(), 'scan-accuracy-'));
const pdfjs = await loadPdfjs();
const scores: Score[] = merge.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Score[]);
/** Documents passed over, with why (said in the output, never silently dropped). */
const skipped: string[] = [];
try {
  const queues = cityQueues();
  const taken = new Map<string, number>();
  const itemCount = (r: DocumentResult) => (r.facts?.tables ?? []).reduce((n, t) => n + t.lineItems.filter((li) => li.amount.text !== null).length, 0);
  /** The city's next usable document: its pages cut, and the cut's text-layer facts (the truth). */
  async function nextUsable(q: { city: string; files: string[] }) {
    for (let file = q.files.shift(); file; file = q.files.shift()) {
      const full = await run(file, new Uint8Array(readFileSync(file)), 'never');
      // A file without tables (a narrative-only attachment, a notice) says nothing about the grid step.
      if ((full.status !== 'ok' && full.status !== 'partial') || !full.facts || itemCount(full) < 10) {
        skipped.push(`${q.city} ${basename(file)}: ${full.status}, ${itemCount(full)} items`);
        continue;
      }
      const pages = choosePages(full);
      const cut = join(work, 'cut.pdf');
      execFileSync('qpdf', ['--warning-exit-0', file, '--pages', '.', pages.join(','), '--', cut], { stdio: ['ignore', 'ignore', 'ignore'] });
      const cutBytes = new Uint8Array(readFileSync(cut));
      const truthRun = await run(cut, cutBytes, 'never');
      if ((truthRun.status !== 'ok' && truthRun.status !== 'partial') || itemCount(truthRun) < 10) {
        skipped.push(`${q.city} ${basename(file)}: cut ${pages.join(',')} reads ${truthRun.status} with ${itemCount(truthRun)} items on its text layer`);
        continue;
      }
      return { file, pages, cut, cutBytes, truth: factKeys(truthRun, true) };
    }
    return null;
  }
  let scored = 0;
  while (!merge.length && scored < docCount && queues.some((q) => q.files.length)) {
    for (const q of queues) {
      if (scored >= docCount) break;
      if ((taken.get(q.city) ?? 0) >= perCity) continue;
      const chosen = await nextUsable(q);
      if (!chosen) continue;
      taken.set(q.city, (taken.get(q.city) ?? 0) + 1);
      scored++;
      if ((scored - 1) % shardN !== shardK) continue;
      const { file, pages, cut, cutBytes, truth } = chosen;
      if (only.length && !only.some((o) => `${q.city}/${basename(file)}`.includes(o))) continue;
      const city = q.city;
      for (const name of degradations) {
        const spec = DEGRADATIONS[name];
        if (!spec) throw new Error(`unknown degradation ${name}; known: ${Object.keys(DEGRADATIONS).join(', ')}`);
        // Seeded by the document's place in the sample, so a shard scans a document as the whole run would.
        const seed = seed0 * 7919 + (scored - 1) * degradations.length + degradations.indexOf(name);
        const skew = (seeded(seed)() * 2 - 1) * spec.maxSkew;
        const doc = await pdfjs.getDocument(documentParams(cutBytes.slice())).promise;
        const scanBytes = await makeScan(doc, pages.map((_, i) => i + 1), { ...spec.d, skew }, seed);
        await doc.destroy();
        const t0 = performance.now();
        // The same neutral file name on both sides: metadata must come from the pages, not the name.
        const scanned = await run(cut, new Uint8Array(scanBytes), 'auto');
        if (keep) writeFileSync(join(keep, `${city}-${basename(file, '.pdf')}-${name}.pdf`), scanBytes);
        const seconds = (performance.now() - t0) / 1000;
        const got = factKeys(scanned);
        const counts = {
          items: [multisetHits(truth.items, got.items), truth.items.length],
          three: [multisetHits(truth.three, got.three), truth.three.length],
          claims: [multisetHits(truth.claims, got.claims), truth.claims.length],
          meta: [multisetHits(truth.meta, got.meta), truth.meta.length],
        } as Score['counts'];
        const left = new Set(got.items);
        const missing = (want: string[], have: string[], tag: string) => {
          const pool = new Set(have);
          return want.filter((k) => !pool.has(k)).slice(0, 8).map((k) => `${tag} ${k}`);
        };
        const misses = [...truth.items.filter((k) => !left.has(k)).slice(0, 8), ...missing(truth.three, got.three, '三公'), ...missing(truth.claims, got.claims, 'claim'), ...truth.meta.filter((k) => !got.meta.includes(k)).map((k) => `meta ${k} got ${got.meta.find((g) => g.split('=')[0] === k.split('=')[0])}`)];
        const s: Score = { doc: basename(file), city, degradation: name, pages: pages.length, seconds, status: scanned.status, counts, misses };
        scores.push(s);
        const pct = ([a, b]: [number, number]) => (b ? `${a}/${b}` : '-');
        console.error(`${city} ${s.doc} [${name} skew ${skew.toFixed(2)}] pages ${pages.join(',')} ${s.status} ${seconds.toFixed(0)} s: items ${pct(counts.items)} 三公 ${pct(counts.three)} claims ${pct(counts.claims)} meta ${pct(counts.meta)}`);
        for (const m of misses) console.error(`    miss ${m}`);
      }
    }
  }
} finally {
  await closeOcr();
  rmSync(work, { recursive: true, force: true });
}

const sum = (list: Score[], k: keyof Score['counts']) => list.reduce((a, s) => [a[0] + s.counts[k][0], a[1] + s.counts[k][1]], [0, 0]);
const cell = ([a, b]: number[]) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : '-');
const table = (rows: [string, Score[]][]) => {
  const lines = ['| | docs | pages | line items | 三公 | claims | metadata | s/page |', '|---|---|---|---|---|---|---|---|'];
  for (const [name, list] of rows) {
    const pages = list.reduce((a, s) => a + s.pages, 0);
    const secs = list.reduce((a, s) => a + s.seconds, 0);
    lines.push(`| ${name} | ${list.length} | ${pages} | ${cell(sum(list, 'items'))} | ${cell(sum(list, 'three'))} | ${cell(sum(list, 'claims'))} | ${cell(sum(list, 'meta'))} | ${(secs / Math.max(1, pages)).toFixed(1)} |`);
  }
  return lines.join('\n');
};
console.log(`engine ${engine}, ${new Set(scores.map((s) => `${s.city}/${s.doc}`)).size} documents from ${new Set(scores.map((s) => s.city)).size} cities (round-robin over the cities; ${skipped.length} passed over)\n`);
for (const s of skipped) console.log(`- passed over: ${s}`);
if (skipped.length) console.log('');
console.log(table(degradations.map((d) => [d, scores.filter((s) => s.degradation === d)])));
console.log('\nper city (all degradations):\n');
console.log(table([...new Set(scores.map((s) => s.city))].map((c) => [c, scores.filter((s) => s.city === c)])));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(scores, null, 1));
