/**
 * Leave-one-city-out: how each city of ../shared/corpus/wide reads with a code catalogue harvested
 * WITHOUT that city's documents, against the catalogue harvested from everything. Acceptance is measured
 * on cities we do not have, so anything the catalogue learned from a city flatters that city's figures;
 * this says how much, city by city.
 *
 *   npx tsx scripts/holdout.ts --db corpus.sqlite            # a database of ../shared/corpus (wide + pdf) to harvest from
 *   npx tsx scripts/holdout.ts --db corpus.sqlite --cities 杭州,深圳 --work /tmp/holdout --json holdout.json
 *
 * For every city C: harvest-codes with --exclude-city C (its wide/ folder, the pdf/ files filed under it,
 * Putuo's for 上海), ingest wide/C with that catalogue (BUDGETLENS_CODE_CATALOGUE, read in one place), run
 * corpus-health on it; the same with the full harvest from the same database (one ingest of the cities measured).
 * Line items whose code came from the catalogue (code_source) are checked against the codes the same
 * document prints for the same name in another table (right / wrong / nothing to check against), and
 * against the full-catalogue run's code for the same row. And every function row the city prints with a code is
 * looked up by its name under its parent with each catalogue (scripts/lib/names-only-recall.ts): how a city that
 * printed names only would be coded.
 * The harvest reads a database whose other cities were themselves read with the full catalogue; only
 * printed codes are harvested, so that leaves C's influence on them small, not nil.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { nameKey } from '../src/util/cjk.js';
import { harvestCatalogue, writeCatalogue } from './harvest-codes.js';
import { summarise, type CitySummary, type HealthRun } from './lib/health-report.js';
import { CORPUS } from './lib/corpus.js';
import type { NamesOnlyRecall } from './lib/names-only-recall.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WIDE = join(CORPUS, 'wide');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** How many rows got their code from the catalogue, and how those codes stand. */
export interface CatalogueCodes {
  rows: number;
  /** The document prints this code for the same name in another table. */
  right: number;
  /** The document prints the name with other codes only. */
  wrong: number;
  /** Rows whose code differs from the full-catalogue run's code for the same row (or that run had none). */
  differsFromFull: number;
  wrongExamples: string[];
}

export interface CityHoldout {
  city: string;
  catalogue: { full: number; held: number };
  full: CitySummary & { codes: CodeSourceCounts; fromCatalogue: CatalogueCodes };
  held: CitySummary & { codes: CodeSourceCounts; fromCatalogue: CatalogueCodes };
  /** The city's printed function rows looked up by name under their parent, as if printed names only. */
  namesOnly: { full: NamesOnlyRecall; held: NamesOnlyRecall };
}

type CodeSourceCounts = Record<'printed' | 'recovered' | 'catalogue' | 'none' | 'namesCompleted', number>;

function run(env: NodeJS.ProcessEnv, args: string[]): void {
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 2], env: { ...process.env, ...env }, cwd: ROOT });
}

function ingest(inputs: string[], db: string, catalogue: string): void {
  if (existsSync(db)) return;
  run({ BUDGETLENS_CODE_CATALOGUE: catalogue }, [join(ROOT, 'bin', 'budgetlens.mjs'), 'ingest', ...inputs, '--db', db, '--ocr', 'never']);
}

function health(inputs: string | string[], db: string, json: string): HealthRun {
  if (!existsSync(json)) run({}, ['--import', 'tsx', join(ROOT, 'scripts', 'corpus-health.ts'), ...[inputs].flat(), '--db', db, '--json', json]);
  return JSON.parse(readFileSync(json, 'utf8')) as HealthRun;
}

/** names-only-recall in a child process, so it reads the catalogue `catalogue` names. */
function namesOnly(db: string, city: string, catalogue: string): NamesOnlyRecall {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'lib', 'names-only-recall.ts'), db, `/wide/${city}/`], {
    env: { ...process.env, BUDGETLENS_CODE_CATALOGUE: catalogue }, cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 2],
  });
  return JSON.parse(out) as NamesOnlyRecall;
}

interface Row { sha256: string; table_key: string; row_key: string; name: string; code: string | null; code_source: string | null; name_source: string | null }

/** One entry per printed row (cells of a row share code and name) of the documents of a city. */
function rowsOf(db: string, shas: ReadonlySet<string>): Row[] {
  const sql = new Database(db, { readonly: true, fileMustExist: true });
  // A row is where it is printed: its table, page and top edge (two rows of one table may share a name: 行政运行).
  const rows = sql.prepare(`SELECT DISTINCT d.sha256, t.kind || '@' || COALESCE(t.page_from, 0) AS table_key,
      li.page || '@' || CAST(ROUND(COALESCE(json_extract(li.bbox_json, '$[1]'), li.line, 0)) AS INTEGER) AS row_key,
      li.name, li.code, li.code_source, li.name_source
    FROM line_items li JOIN documents d ON d.id = li.document_id JOIN budget_tables t ON t.id = li.table_id
    WHERE li.row_kind = 'item' AND li.classification IN ('function', 'economic', 'other')`).all() as Row[];
  sql.close();
  return rows.filter((r) => shas.has(r.sha256));
}

function codeSources(rows: readonly Row[]): CodeSourceCounts {
  const n: CodeSourceCounts = { printed: 0, recovered: 0, catalogue: 0, none: 0, namesCompleted: 0 };
  for (const r of rows) {
    n[!r.code ? 'none' : ((r.code_source ?? 'printed') as 'printed' | 'recovered' | 'catalogue')]++;
    if (r.name_source === 'catalogue') n.namesCompleted++;
  }
  return n;
}

function catalogueCodes(rows: readonly Row[], full: readonly Row[]): CatalogueCodes {
  const printed = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.code || (r.code_source && r.code_source !== 'printed')) continue;
    const k = `${r.sha256}\t${nameKey(r.name)}`;
    printed.set(k, (printed.get(k) ?? new Set()).add(r.code));
  }
  const rowId = (r: Row) => `${r.sha256}\t${r.table_key}\t${r.row_key}\t${r.name}`;
  const fullCode = new Map(full.map((r) => [rowId(r), r.code]));
  const out: CatalogueCodes = { rows: 0, right: 0, wrong: 0, differsFromFull: 0, wrongExamples: [] };
  for (const r of rows.filter((x) => x.code && x.code_source === 'catalogue')) {
    out.rows++;
    const seen = printed.get(`${r.sha256}\t${nameKey(r.name)}`);
    if (seen?.has(r.code!)) out.right++;
    else if (seen) {
      out.wrong++;
      if (out.wrongExamples.length < 5) out.wrongExamples.push(`${r.name} ${r.code} (printed ${[...seen].join('/')}) in ${r.table_key}`);
    }
    if (fullCode.get(rowId(r)) !== r.code) out.differsFromFull++;
  }
  return out;
}

const frac = (a: number, b: number) => `${a}/${b}`;
const delta = (held: number, full: number, worseWhenHigher: boolean) =>
  held === full ? '' : ` (${held > full ? '+' : ''}${held - full}${(held > full) === worseWhenHigher ? ' !' : ''})`;

const recall = (r: NamesOnlyRecall) =>
  r.rows ? `${r.right}/${r.rows} (${Math.round((100 * r.right) / r.rows)}%), ${r.tablesCoded}/${r.tables}` : '-';

export function holdoutTable(rows: readonly CityHoldout[]): string {
  const head = '| city | budgets | catalogue entries full / held | metadata | core tables read | tables closing / checked | tables lost | codes printed / recovered / catalogue / none (held) | catalogue codes: right / wrong / unchecked (held) | held codes differing from full | names completed from the catalogue (held) | names-only lookup right / rows, tables all right: full → held |';
  const line = (c: CityHoldout) => {
    const f = c.full;
    const h = c.held;
    const unchecked = h.fromCatalogue.rows - h.fromCatalogue.right - h.fromCatalogue.wrong;
    return `| ${c.city} | ${h.budgets} | ${c.catalogue.full} / ${c.catalogue.held} | ${frac(h.metaComplete, h.budgets)}${delta(h.metaComplete, f.metaComplete, false)} | ` +
      `${frac(h.coreRead, h.corePrinted)}${delta(h.coreRead, f.coreRead, false)} | ${frac(h.tablesClosing, h.tablesChecked)}${delta(h.tablesChecked - h.tablesClosing, f.tablesChecked - f.tablesClosing, true) ? ` (failing ${h.tablesChecked - h.tablesClosing} vs ${f.tablesChecked - f.tablesClosing})` : ''}${delta(h.tablesChecked, f.tablesChecked, false) ? ` (checked ${f.tablesChecked} with full)` : ''} | ` +
      `${h.lostTables}${delta(h.lostTables, f.lostTables, true)} | ${h.codes.printed} / ${h.codes.recovered} / ${h.codes.catalogue}${delta(h.codes.catalogue, f.codes.catalogue, false)} / ${h.codes.none}${delta(h.codes.none, f.codes.none, true)} | ` +
      `${h.fromCatalogue.right} / ${h.fromCatalogue.wrong} / ${unchecked} | ${h.fromCatalogue.differsFromFull} | ${h.codes.namesCompleted}${delta(h.codes.namesCompleted, f.codes.namesCompleted, false)} | ` +
      `${recall(c.namesOnly.full)} → ${recall(c.namesOnly.held)} |`;
  };
  return [head, head.replace(/[^|]+/g, '---'), ...rows.map(line)].join('\n');
}

function main(): void {
  const db = arg('--db');
  if (!db || !existsSync(db)) throw new Error('--db FILE: a database of ../shared/corpus (wide + pdf) to harvest the catalogues from');
  const work = arg('--work') ?? join(ROOT, 'node_modules', '.cache', 'budgetlens', 'holdout');
  mkdirSync(work, { recursive: true });
  const cities = arg('--cities')?.split(',') ?? readdirSync(WIDE).filter((d) => existsSync(join(WIDE, d)) && !d.includes('.')).sort();

  const full = harvestCatalogue(db);
  const fullTsv = join(work, 'catalogue-full.tsv');
  writeCatalogue(fullTsv, full.rows);
  const fullDb = join(work, 'full.sqlite');
  process.stderr.write(`full catalogue: ${full.rows.length} entries; ingesting ${cities.join(', ')} with it ...\n`);
  const cityDirs = cities.map((c) => join(WIDE, c));
  ingest(cityDirs, fullDb, fullTsv);
  const fullRun = health(cityDirs, fullDb, join(work, 'full.json'));

  const out: CityHoldout[] = [];
  for (const city of cities) {
    const held = harvestCatalogue(db, { cities: [city] });
    const heldTsv = join(work, `catalogue-without-${city}.tsv`);
    writeCatalogue(heldTsv, held.rows);
    const heldDb = join(work, `without-${city}.sqlite`);
    process.stderr.write(`${city}: catalogue without it ${held.rows.length} entries (${held.documentsLeftOut} documents left out); ingesting ...\n`);
    ingest([join(WIDE, city)], heldDb, heldTsv);
    const heldRun = health(join(WIDE, city), heldDb, join(work, `without-${city}.json`));
    const fullDocs = fullRun.documents.filter((d) => d.city === city);
    const shas = new Set(fullDocs.map((d) => d.sha256));
    const fullRows = rowsOf(fullDb, shas);
    const heldRows = rowsOf(heldDb, shas);
    out.push({
      city,
      catalogue: { full: full.rows.length, held: held.rows.length },
      full: { ...summarise(city, fullDocs), codes: codeSources(fullRows), fromCatalogue: catalogueCodes(fullRows, fullRows) },
      held: { ...summarise(city, heldRun.documents), codes: codeSources(heldRows), fromCatalogue: catalogueCodes(heldRows, fullRows) },
      namesOnly: { full: namesOnly(fullDb, city, fullTsv), held: namesOnly(fullDb, city, heldTsv) },
    });
  }
  console.log(`# Leave-one-city-out (catalogue harvested without the city) against the full catalogue\n`);
  console.log('Figures with the catalogue held out; in brackets the change from the full catalogue (! = worse).\n');
  console.log(holdoutTable(out));
  const missed = out.flatMap((c) => [...c.namesOnly.held.wrongExamples.map((w) => `- ${c.city} wrong: ${w}`), ...c.namesOnly.held.unknownExamples.slice(0, 4).map((w) => `- ${c.city} not in the held-out catalogue: ${w}`)]);
  if (missed.length) console.log(`\nNames-only lookup with the catalogue held out, what it misses (first few per city):\n${missed.join('\n')}`);
  const wrong = out.flatMap((c) => c.held.fromCatalogue.wrongExamples.map((w) => `- ${c.city}: ${w}`));
  if (wrong.length) console.log(`\nCatalogue codes the document contradicts (held out):\n${wrong.join('\n')}`);
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(out, null, 1));
}

main();
