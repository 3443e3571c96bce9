/**
 * Harvests the code catalogue (src/recognise/vocab/code-catalogue.tsv): (fiscal_year, scheme, code, name,
 * documents) as the documents of ../shared/corpus print them, taken only from tables whose arithmetic
 * closes (corpus-health's identities: at least one hierarchy sum checked and none failing, so the codes
 * and the rows they label were read right), plus the partial lists in ../shared/corpus/reference/.
 *
 *   npx tsx scripts/harvest-codes.ts --db x.sqlite     # a database of ../shared/corpus (else one is ingested, --ocr never)
 *   npx tsx scripts/harvest-codes.ts --db x.sqlite --out other.tsv
 *   npx tsx scripts/harvest-codes.ts --db x.sqlite --out held.tsv --exclude-city 杭州   # a hold-out catalogue
 *
 * --exclude-city C (repeatable) leaves out every document of city C (scripts/lib/corpus.ts cityOfCorpusFile:
 * wide/C/…, the pdf/ files filed under C, Putuo's files and reference list for 上海); --exclude DIR leaves out
 * the documents under DIR. scripts/holdout.ts uses such catalogues to measure a city as if we had never seen it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { normaliseName, schemeByShape, type CodeScheme } from '../src/recognise/vocab/code-catalogue.js';
import { storedTables, tableIdentities } from './lib/identities.js';
import { CORPUS, cityOfCorpusFile } from './lib/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'src', 'recognise', 'vocab', 'code-catalogue.tsv');
const HIERARCHY = new Set(['合计 = Σ类', '类 = Σ款', '款 = Σ项']);

type HarvestCell = { table_id: number; classification: string; code: string | null; name: string; row_kind: string; code_source: string | null };

interface Entry { year: string; scheme: CodeScheme; code: string; name: string; docs: Set<number>; reference: boolean }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const args = (name: string): string[] => process.argv.flatMap((a, i) => (a === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));

/** Which documents a harvest leaves out: every document of these cities, and every document under these folders. */
export interface HarvestExclusion {
  cities?: readonly string[];
  dirs?: readonly string[];
}

export interface HarvestRow { year: string; scheme: CodeScheme; code: string; name: string; documents: number; reference: boolean }

export interface Harvest { rows: HarvestRow[]; tablesUsed: number; tables: number; documentsLeftOut: number }

function leftOut(path: string, ex: HarvestExclusion): boolean {
  if (ex.dirs?.some((d) => path.startsWith(resolve(d) + sep))) return true;
  const city = ex.cities?.length ? cityOfCorpusFile(path) : undefined;
  return city != null && ex.cities!.includes(city);
}

/** A name as a catalogue keeps it: as printed, without spaces and the numbering some tables put before it. */
const cleanName = (name: string) => name.replace(/[\s　]+/g, '').replace(/^(?:[一二三四五六七八九十]+、|\d+[.．、])/, '');
const plausible = (code: string, name: string) =>
  /^\d+$/.test(code) && [3, 5, 7].includes(code.length) && name.length >= 2 && !/^\d|合计|总计|小计|^其中/.test(name) && /[\u4e00-\u9fff]/.test(name);

/** The catalogue's rows from a database of ../shared/corpus, leaving out what `exclude` names. */
export function harvestCatalogue(db: string, exclude: HarvestExclusion = {}): Harvest {
  const sql = new Database(db, { readonly: true, fileMustExist: true });
  const entries = new Map<string, Entry>();
  const add = (year: string, scheme: CodeScheme, code: string, name: string, doc: number | null) => {
    const key = `${year}\t${scheme}\t${code}\t${normaliseName(name)}`;
    const e = entries.get(key) ?? { year, scheme, code, name, docs: new Set<number>(), reference: false };
    if (doc == null) e.reference = true;
    else e.docs.add(doc);
    entries.set(key, e);
  };

  // Only pairs the document printed: a code recovered from another table or looked up in this very
  // catalogue (line_items.code_source) would feed the catalogue its own guesses.
  const hasSource = (sql.prepare("SELECT COUNT(*) AS n FROM pragma_table_info('line_items') WHERE name = 'code_source'").get() as { n: number }).n > 0;
  const all = sql.prepare(`SELECT id, path, fiscal_year FROM documents WHERE status IN ('ok', 'partial') AND is_template = 0`).all() as Array<{ id: number; path: string; fiscal_year: number | null }>;
  const docs = all.filter((d) => !leftOut(d.path, exclude));
  let used = 0;
  let tables = 0;
  for (const d of docs) {
    const cells = sql.prepare(`SELECT table_id, classification, code, name, row_kind,
      ${hasSource ? 'code_source' : 'NULL'} AS code_source FROM line_items WHERE document_id = ? ORDER BY id`).all(d.id) as HarvestCell[];
    const byTable = new Map<number, HarvestCell[]>();
    for (const c of cells) {
      const list = byTable.get(c.table_id) ?? [];
      list.push(c);
      byTable.set(c.table_id, list);
    }
    const stored = storedTables(sql, d.id);
    for (const [table, list] of byTable) {
      tables++;
      const results = stored.has(table) ? tableIdentities(stored.get(table)!) : [];
      if (!results.some((r) => HIERARCHY.has(r.identity)) || results.some((r) => r.outcome === 'fails')) continue;
      used++;
      for (const c of list) {
        if (!c.code || c.row_kind !== 'item' || (c.classification !== 'function' && c.classification !== 'economic')) continue;
        if (c.code_source && c.code_source !== 'printed') continue;
        const name = cleanName(c.name);
        const scheme = schemeByShape(c.code);
        if (!scheme || !plausible(c.code, name)) continue;
        add(d.fiscal_year == null ? '' : String(d.fiscal_year), scheme, c.code, name, d.id);
      }
    }
  }
  sql.close();

  // The reference lists: codes seen in 2026 city budgets, and Putuo's line-item codes (year not stated).
  const refDir = join(CORPUS, 'reference');
  const seen = join(refDir, 'function_and_economic_codes_seen_in_2026_city_budgets.tsv');
  if (existsSync(seen)) {
    for (const line of readFileSync(seen, 'utf8').split('\n').slice(1)) {
      const [, code, name] = line.split('\t');
      const scheme = code && schemeByShape(code.trim());
      if (scheme && name && plausible(code.trim(), cleanName(name))) add('2026', scheme, code.trim(), cleanName(name), null);
    }
  }
  // Putuo's list is one Shanghai district's: a hold-out of 上海 leaves it out with the city's documents.
  const putuo = join(refDir, 'putuo_line_item_codes.tsv');
  const putuoDocument = join(CORPUS, 'pdf', 'govbudgetchecker', '上海市普陀区');
  if (existsSync(putuo) && !leftOut(putuoDocument, exclude)) {
    for (const line of readFileSync(putuo, 'utf8').split('\n').slice(1)) {
      const [, cls, type, item, name] = line.split('\t');
      const code = `${cls ?? ''}${type ?? ''}${item ?? ''}`.trim();
      const scheme = schemeByShape(code);
      if (scheme && name && plausible(code, cleanName(name))) add('', scheme, code, cleanName(name), null);
    }
  }

  const rows = [...entries.values()]
    .sort((a, b) => a.scheme.localeCompare(b.scheme) || a.code.localeCompare(b.code) || a.year.localeCompare(b.year) || b.docs.size - a.docs.size)
    .map((e) => ({ year: e.year, scheme: e.scheme, code: e.code, name: e.name, documents: e.docs.size, reference: e.reference }));
  return { rows, tablesUsed: used, tables, documentsLeftOut: all.length - docs.length };
}

export function writeCatalogue(out: string, rows: readonly HarvestRow[]): void {
  const header = [
    '# Classification codes as real documents print them: harvested by scripts/harvest-codes.ts from tables of',
    '# ../shared/corpus whose sums close, plus ../shared/corpus/reference. documents = how many documents print the',
    '# pair; reference = 1 when a reference list has it; fiscal_year empty = not stated. Facts, not copies of documents.',
    'fiscal_year\tscheme\tcode\tname\tdocuments\treference',
  ];
  writeFileSync(out, [...header, ...rows.map((e) => `${e.year}\t${e.scheme}\t${e.code}\t${e.name}\t${e.documents}\t${e.reference ? 1 : 0}`)].join('\n') + '\n');
}

function main(): void {
  const out = arg('--out') ?? OUT;
  let db = arg('--db');
  if (!db || !existsSync(db)) {
    db ??= join(mkdtempSync(join(tmpdir(), 'harvest-codes-')), 'corpus.sqlite');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'budgetlens.mjs'), 'ingest', CORPUS, '--db', db, '--ocr', 'never'], { stdio: ['ignore', 2, 2] });
  }
  const exclude = { cities: args('--exclude-city'), dirs: args('--exclude') };
  const { rows, tablesUsed, tables, documentsLeftOut } = harvestCatalogue(db, exclude);
  writeCatalogue(out, rows);
  const by = (s: CodeScheme) => new Set(rows.filter((r) => r.scheme === s).map((r) => r.code)).size;
  console.log(`${out}: ${rows.length} (year, scheme, code, name) entries from ${tablesUsed} of ${tables} tables that close` +
    `${documentsLeftOut ? ` (${documentsLeftOut} documents left out)` : ''}; ` +
    `distinct codes: function ${by('function')}, economic_dept ${by('economic_dept')}, economic_gov ${by('economic_gov')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
