/**
 * Accuracy against the hand-checked goldens (fixtures/expected/pdf/*.golden.json, the development corpus,
 * and fixtures/expected/wide/*.golden.json, documents of ../shared/corpus/wide keyed by path and sha256)
 * and the corpus metadata truth (fixtures/expected/corpus-metadata.tsv).
 *
 *   npx tsx scripts/accuracy.ts                # all goldens + metadata of every PDF in ../shared/corpus/pdf
 *   npx tsx scripts/accuracy.ts --golden-only  # goldens and the metadata of the golden PDFs only
 *   npx tsx scripts/accuracy.ts --wide-only    # the wide goldens only (no metadata)
 *
 * Per golden document: labelled amounts exact / total, then every miss (code or name, measure,
 * expected, got). A labelled amount is a non-blank cell of the golden (a 项 line in a scored
 * column, or a 三公 figure); blank cells are checked too (a figure where the PDF prints nothing is
 * reported as a blank miss) but are not counted in the share. The comparison is numeric on the
 * printed text (so '0' = '0.00') and requires the same unit. test/recognise/pdf-golden.test.ts
 * imports the functions below, so the test and this report measure the same thing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Decimal } from 'decimal.js';
import type { DocumentResult, LineItem, ThreePublicFigure } from '../src/model/index.js';
import { defaultSettings, processDocument } from '../src/process-document.js';
import { CORPUS as CORPUS_ROOT } from './lib/corpus.js';
export { CORPUS_ROOT };

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GOLDEN_DIR = join(ROOT, 'fixtures', 'expected', 'pdf');
export const WIDE_GOLDEN_DIR = join(ROOT, 'fixtures', 'expected', 'wide');
export const METADATA_TSV = join(ROOT, 'fixtures', 'expected', 'corpus-metadata.tsv');
export const CORPUS = join(CORPUS_ROOT, 'pdf');
/** The wide goldens name their file by its path under ../shared/corpus (wide/<city>/...). */

type Cell = string | null;
export interface GoldenLine {
  code: string;
  name: string;
  parent?: string;
  page: number;
  [measure: string]: Cell | number | string | undefined;
}
export interface GoldenThreePublic {
  period: 'budget' | 'final' | 'prior_budget' | 'prior_final';
  unit: '元' | '万元';
  page: number;
  total: Cell;
  outbound: Cell;
  reception: Cell;
  vehicle_total: Cell;
  vehicle_purchase: Cell;
  vehicle_operation: Cell;
  /** Items printed ambiguously in the PDF: not scored. */
  unlabelled?: string[];
}
/** The totals row of another core table: its printed figures by measure ('side' for two-sided tables). */
export interface GoldenTotal {
  kind: string;
  page: number;
  unit: '元' | '万元';
  /** The row as printed (合计, 收入总计, ...). */
  label: string;
  side?: 'income' | 'expenditure';
  values: Record<string, string>;
}
export interface Golden {
  short: string;
  file: string;
  /** The file's sha256 (wide goldens, from ../shared/corpus/wide/MANIFEST.tsv). */
  sha256?: string;
  region: string;
  table_title: string;
  unit: '元' | '万元';
  page: number;
  pages: number[];
  /** The columns scored for the lines (others in a line are recorded, not scored). */
  measures: string[];
  lines: GoldenLine[];
  three_public: GoldenThreePublic[];
  core_totals?: GoldenTotal[];
}
export interface MetaRow {
  file: string;
  status: string;
  fiscal_year: string;
  doc_type: string;
  department: string;
  note: string;
}
export interface Miss {
  doc: string;
  where: 'line' | 'three_public' | 'total';
  /** Code, or name for documents printed by names only. */
  key: string;
  name: string;
  measure: string;
  expected: string | null;
  unit: string;
  got: string;
  /**
   * 'wrong': a labelled amount not recognised exactly (missing, another value, another unit, or
   * several different values for one cell); 'blank': a figure recognised where the PDF prints a
   * blank; 'extra': more figures recognised for a code and measure than the PDF prints.
   */
  kind: 'wrong' | 'blank' | 'extra';
}
export interface Score {
  doc: string;
  labelled: number;
  exact: number;
  misses: Miss[];
}

const THREE_PUBLIC_ITEMS = ['total', 'outbound', 'reception', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation'] as const;

export function loadGoldens(dir = GOLDEN_DIR): Golden[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.golden.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Golden, 'short'>), short: f.replace(/\.golden\.json$/, '') }));
}

export function loadMetadata(path = METADATA_TSV): MetaRow[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])) as unknown as MetaRow);
}

export async function runPdf(path: string): Promise<DocumentResult> {
  return processDocument(path, new Uint8Array(readFileSync(path)), defaultSettings({ ocr: 'never' }));
}

/** Numeric equality of two printed amounts ('1,234.50' = '1234.5'); false when either is not a number. */
export function sameAmount(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return false;
  try {
    return new Decimal(a.replace(/,/g, '')).equals(new Decimal(b.replace(/,/g, '')));
  } catch {
    return false;
  }
}

const norm = (s: string) => s.replace(/[\s　]/g, '');
const shown = (li: { amount: { text: string | null; unit: string } }) => (li.amount.text == null ? 'blank' : `${li.amount.text} ${li.amount.unit}`);

/** Items of the recognised general-budget expenditure table(s) printed on the golden's pages. */
function candidateItems(g: Golden, r: DocumentResult): { items: LineItem[]; where: string } {
  const tables = r.facts?.tables ?? [];
  const onPages = (t: (typeof tables)[number]) =>
    g.pages.some((p) => t.pageFrom != null && p >= t.pageFrom && p <= (t.pageTo ?? t.pageFrom));
  const gpb = tables.filter((t) => t.kind === 'gpb_expenditure' && onPages(t));
  if (gpb.length) return { items: gpb.flatMap((t) => t.lineItems), where: '' };
  const there = tables.filter(onPages).map((t) => `${t.kind} "${t.title}"`);
  const elsewhere = tables.filter((t) => t.kind === 'gpb_expenditure').map((t) => `p.${t.pageFrom}-${t.pageTo}`);
  return {
    items: [],
    where:
      `no gpb_expenditure table on pp.${g.pages.join(',')}` +
      (there.length ? ` (recognised there: ${there.join('; ')})` : ' (nothing recognised there)') +
      (elsewhere.length ? `; gpb_expenditure found at ${elsewhere.join(', ')}` : ''),
  };
}

/** Golden lines of the table against the recognised line items: a multiset match per (code or name, measure). */
export function scoreLines(g: Golden, r: DocumentResult): Score {
  const score: Score = { doc: g.short, labelled: 0, exact: 0, misses: [] };
  const { items, where } = candidateItems(g, r);
  const current = items.filter((li) => li.period == null || li.period === 'budget' || li.period === 'final');
  const keyOf = (code: string | null, name: string) => (code ? `c:${code}` : `n:${norm(name)}`);
  const byKey = new Map<string, LineItem[]>();
  for (const li of current) {
    const k = `${keyOf(li.code, li.name)}|${li.measure}`;
    byKey.set(k, [...(byKey.get(k) ?? []), li]);
    if (li.code) {
      // Documents printed by names only are matched by name; keep a name key for every item too.
      const kn = `${keyOf(null, li.name)}|${li.measure}`;
      byKey.set(kn, [...(byKey.get(kn) ?? []), li]);
    }
  }
  const used = new Set<LineItem>();
  const blanksExpected = new Map<string, number>();
  for (const line of g.lines) {
    for (const m of g.measures) {
      const expected = (line[m] ?? null) as Cell;
      const k = `${keyOf(line.code || null, line.name)}|${m}`;
      const pool = byKey.get(k) ?? [];
      if (expected == null) {
        blanksExpected.set(k, (blanksExpected.get(k) ?? 0) + 1);
        continue;
      }
      score.labelled++;
      const hit = pool.find((li) => !used.has(li) && li.amount.unit === g.unit && sameAmount(li.amount.text, expected));
      if (hit) {
        used.add(hit);
        score.exact++;
        continue;
      }
      const left = pool.filter((li) => !used.has(li));
      const got = where
        ? where
        : left.length
          ? left.map(shown).join(' | ')
          : pool.length
            ? `(all ${pool.length} matching cells already used by other lines: ${pool.map(shown).join(' | ')})`
            : `no line item with this ${line.code ? 'code' : 'name'} and measure` +
              nearby(current, line, m);
      score.misses.push({ doc: g.short, where: 'line', key: line.code || line.name, name: line.name, measure: m, expected, unit: g.unit, got, kind: 'wrong' });
    }
  }
  // Figures left over after every golden cell took its own: where the golden has blank cells for that
  // code and measure they are figures read into a blank ('blank'), otherwise surplus figures ('extra').
  // Leftovers explained by a labelled miss of the same code and measure are not counted twice.
  const keys = new Set(g.lines.flatMap((l) => g.measures.map((m) => `${keyOf(l.code || null, l.name)}|${m}`)));
  for (const k of keys) {
    const [key, measure] = k.split('|');
    const line = g.lines.find((l) => keyOf(l.code || null, l.name) === key)!;
    const unused = (byKey.get(k) ?? []).filter((li) => !used.has(li) && li.amount.text != null);
    const wrongHere = score.misses.filter((x) => x.kind === 'wrong' && x.measure === measure && x.key === (line.code || line.name)).length;
    const blanks = blanksExpected.get(k) ?? 0;
    unused.slice(wrongHere).forEach((li, i) => {
      const kind = i < blanks ? 'blank' : 'extra';
      // A name is not unique across levels (款 其他一般公共服务支出 > 项 其他一般公共服务支出): surplus only by code.
      if (kind === 'extra' && !line.code) return;
      score.misses.push({
        doc: g.short, where: 'line', key: line.code || line.name, name: line.name, measure, expected: null, unit: g.unit,
        got: kind === 'blank' ? `${shown(li)} where the PDF prints a blank` : `${shown(li)} in addition to the printed cell(s) (column ${JSON.stringify(li.column)})`,
        kind,
      });
    });
  }
  return score;
}

/** When the code is not found: what the recogniser did read for that name, to tell codes in another form. */
function nearby(items: LineItem[], line: GoldenLine, measure: string): string {
  const same = items.filter((li) => norm(li.name) === norm(line.name) && li.measure === measure);
  if (same.length) return `; same name read as: ${same.map((li) => `${li.code ?? 'no code'} = ${shown(li)}`).join(' | ')}`;
  const columns = [...new Set(items.filter((li) => (line.code ? li.code === line.code : norm(li.name) === norm(line.name))).map((li) => `${li.column} -> ${li.measure}`))];
  return columns.length ? `; the line's columns were read as ${columns.join(', ')}` : '';
}

/** 三公 figures of the table against facts.threePublic (source 'table'). */
export function scoreThreePublic(g: Golden, r: DocumentResult): Score {
  const score: Score = { doc: g.short, labelled: 0, exact: 0, misses: [] };
  const figures: ThreePublicFigure[] = (r.facts?.threePublic ?? []).filter((f) => f.source === 'table');
  for (const tp of g.three_public) {
    for (const item of THREE_PUBLIC_ITEMS) {
      if (tp.unlabelled?.includes(item)) continue;
      const expected = tp[item];
      const got = figures.filter((f) => f.period === tp.period && f.item === item);
      if (expected == null) {
        const nonBlank = got.filter((f) => f.amount.text != null);
        if (nonBlank.length)
          score.misses.push({ doc: g.short, where: 'three_public', key: tp.period, name: '三公', measure: item, expected: null, unit: tp.unit, got: `${nonBlank.map(shown).join(' | ')} (blank in the PDF)`, kind: 'blank' });
        continue;
      }
      score.labelled++;
      const values = [...new Map(got.filter((f) => f.amount.text != null).map((f) => [`${new Decimal(f.amount.text!).toString()} ${f.amount.unit}`, f])).values()];
      if (values.length === 1 && values[0].amount.unit === tp.unit && sameAmount(values[0].amount.text, expected)) {
        score.exact++;
        continue;
      }
      const periods = [...new Set(figures.map((f) => f.period))];
      score.misses.push({
        doc: g.short, where: 'three_public', key: tp.period, name: '三公', measure: item, expected, unit: tp.unit,
        got: values.length > 1
          ? `several different figures: ${values.map(shown).join(' | ')}`
          : got.length
            ? got.map(shown).join(' | ')
            : figures.length ? `none for period ${tp.period} (table periods read: ${periods.join(', ')})` : 'no 三公 table figures recognised',
        kind: 'wrong',
      });
    }
  }
  return score;
}

/**
 * Totals rows of the other core tables: a figure counts as exact when a recognised table of the kind on
 * (or next to) the golden's page has a total row (by its row kind or its 合计/总计 name) of the same
 * measure, side and unit with that amount.
 */
export function scoreTotals(g: Golden, r: DocumentResult): Score {
  const score: Score = { doc: g.short, labelled: 0, exact: 0, misses: [] };
  const tables = r.facts?.tables ?? [];
  for (const t of g.core_totals ?? []) {
    const there = tables.filter((x) => x.kind === t.kind && x.pageFrom != null && t.page >= x.pageFrom - 1 && t.page <= (x.pageTo ?? x.pageFrom) + 1);
    const rows = there.flatMap((x) => x.lineItems).filter((li) =>
      (li.rowKind === 'total' || /合计|总计/.test(norm(li.name))) && (t.side == null || li.side === t.side) && (li.period == null || li.period === 'budget' || li.period === 'final'));
    for (const [measure, expected] of Object.entries(t.values)) {
      score.labelled++;
      const pool = rows.filter((li) => li.measure === measure);
      if (pool.some((li) => li.amount.unit === t.unit && sameAmount(li.amount.text, expected))) {
        score.exact++;
        continue;
      }
      const got = !there.length
        ? `no ${t.kind} table recognised near p.${t.page}${tables.length ? ` (recognised: ${[...new Set(tables.map((x) => x.kind))].join(', ')})` : ''}`
        : pool.length ? pool.map(shown).join(' | ') : `no total row with measure ${measure}${t.side ? ` on the ${t.side} side` : ''}`;
      score.misses.push({ doc: g.short, where: 'total', key: t.kind, name: t.label, measure, expected, unit: t.unit, got, kind: 'wrong' });
    }
  }
  return score;
}

export function scoreDocument(g: Golden, r: DocumentResult): Score {
  const parts = [scoreLines(g, r), scoreThreePublic(g, r), scoreTotals(g, r)];
  return {
    doc: g.short,
    labelled: parts.reduce((s, p) => s + p.labelled, 0),
    exact: parts.reduce((s, p) => s + p.exact, 0),
    misses: parts.flatMap((p) => p.misses),
  };
}

/** The PDF a golden describes, checked against the golden's sha256 when it states one. */
export function goldenPdf(g: Golden): string {
  const path = g.file.startsWith('wide/') ? join(CORPUS_ROOT, g.file) : join(CORPUS, g.file);
  if (g.sha256 && existsSync(path)) {
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (sha !== g.sha256) throw new Error(`${g.short}: ${g.file} has sha256 ${sha}, the golden was checked against ${g.sha256}`);
  }
  return path;
}

/** Metadata fields that differ from the truth; empty truth fields are not checked. */
export function metadataMismatches(row: MetaRow, r: DocumentResult): string[] {
  const got: Record<string, string> = {
    status: r.status,
    fiscal_year: r.facts?.meta.fiscalYear == null ? '' : String(r.facts.meta.fiscalYear),
    doc_type: r.facts?.meta.docType ?? '',
    department: r.facts?.meta.department ?? '',
  };
  const out: string[] = [];
  for (const k of ['status', 'fiscal_year', 'doc_type', 'department'] as const) {
    if (row[k] && row[k] !== got[k]) out.push(`${k}: expected ${row[k]}, got ${got[k] || '(none)'}`);
  }
  return out;
}

export const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '100.00');

async function main(): Promise<void> {
  const wideOnly = process.argv.includes('--wide-only');
  const goldenOnly = process.argv.includes('--golden-only') || wideOnly;
  const wide = existsSync(WIDE_GOLDEN_DIR) ? loadGoldens(WIDE_GOLDEN_DIR) : [];
  const goldens = [...(wideOnly ? [] : loadGoldens()), ...wide];
  const isWide = new Set(wide);
  const bySet = { dev: { labelled: 0, exact: 0 }, wide: { labelled: 0, exact: 0 } };
  const meta = loadMetadata();
  const metaByName = new Map(meta.map((m) => [basename(m.file), m]));
  const results = new Map<string, DocumentResult>();
  let labelled = 0;
  let exact = 0;
  const blanks: Miss[] = [];
  console.log('# Golden documents: labelled amounts exact / total\n');
  for (const g of goldens) {
    const path = goldenPdf(g);
    const t0 = performance.now();
    const r = await runPdf(path);
    // Keyed by the full path: two corpus folders hold files of the same name (应急管理局_2026年部门预算.pdf).
    results.set(path, r);
    const s = scoreDocument(g, r);
    labelled += s.labelled;
    exact += s.exact;
    const set = bySet[isWide.has(g) ? 'wide' : 'dev'];
    set.labelled += s.labelled;
    set.exact += s.exact;
    const wrong = s.misses.filter((m) => m.kind === 'wrong');
    blanks.push(...s.misses.filter((m) => m.kind !== 'wrong'));
    const row = isWide.has(g) ? undefined : metaByName.get(basename(g.file));
    const mm = row ? metadataMismatches(row, r) : isWide.has(g) ? [] : ['no metadata row'];
    console.log(
      `## ${g.short} (${g.region}; ${g.table_title}, ${g.unit}, ${g.lines.length} lines): ${s.exact}/${s.labelled} exact (${pct(s.exact, s.labelled)}%)` +
        `  status=${r.status} ${(performance.now() - t0).toFixed(0)} ms${mm.length ? `  META: ${mm.join('; ')}` : ''}`,
    );
    const where = (m: Miss) => (m.where === 'line' ? 'line' : m.where === 'total' ? 'total' : '三公');
    for (const m of wrong) console.log(`   miss ${where(m)} ${m.key} ${m.where === 'three_public' ? '' : m.name + ' '}${m.measure}: expected ${m.expected} ${m.unit}, got ${m.got}`);
    for (const m of s.misses.filter((x) => x.kind !== 'wrong')) console.log(`   ${m.kind} ${m.where === 'line' ? 'line' : '三公'} ${m.key} ${m.measure}: got ${m.got}`);
  }
  console.log(`\nTOTAL labelled amounts exact: ${exact}/${labelled} (${pct(exact, labelled)}%); figures read into blank cells or surplus: ${blanks.length}`);
  if (!wideOnly) console.log(`  development goldens (fixtures/expected/pdf): ${bySet.dev.exact}/${bySet.dev.labelled} (${pct(bySet.dev.exact, bySet.dev.labelled)}%)`);
  if (wide.length) console.log(`  wide goldens (fixtures/expected/wide): ${bySet.wide.exact}/${bySet.wide.labelled} (${pct(bySet.wide.exact, bySet.wide.labelled)}%)`);
  console.log('');
  if (wideOnly) return;

  console.log('# Metadata (status, fiscal_year, doc_type, department)\n');
  const files = goldenOnly || !existsSync(CORPUS) ? [] : walk(CORPUS);
  let ok = 0;
  let n = 0;
  const rows = goldenOnly ? meta.filter((m) => results.has(join(CORPUS, m.file))) : meta;
  for (const row of rows) {
    const path = join(CORPUS, row.file);
    if (!existsSync(path)) {
      console.log(`?? ${row.file}: file not found`);
      continue;
    }
    const r = results.get(path) ?? (await runPdf(path));
    const mm = metadataMismatches(row, r);
    n++;
    if (!mm.length) ok++;
    console.log(`${mm.length ? 'XX' : 'ok'} ${row.file}: ${r.status} ${r.facts?.meta.fiscalYear ?? '-'} ${r.facts?.meta.docType ?? '-'} ${r.facts?.meta.department ?? '-'}${mm.length ? `   <- ${mm.join('; ')}${r.error ? ` [${r.error}]` : ''}` : ''}`);
  }
  for (const f of files) {
    const rel = relative(CORPUS, f);
    if (!meta.some((m) => m.file === rel)) console.log(`?? ${rel}: no row in corpus-metadata.tsv`);
  }
  console.log(`\nMETADATA all four fields right: ${ok}/${n}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : f.toLowerCase().endsWith('.pdf') ? [p] : [];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
