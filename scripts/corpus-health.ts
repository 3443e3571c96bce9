/**
 * How well budgetlens reads a corpus, per document and per city, measured independently of the
 * recognisers where it can be: which standard tables each PDF prints comes from its page text (a title
 * line and amounts under it), what was read from the database a real `budgetlens ingest` wrote.
 *
 *   npx tsx scripts/corpus-health.ts                         # ../shared/corpus/wide + ../shared/corpus/pdf, fresh ingest
 *   npx tsx scripts/corpus-health.ts DIR... --db x.sqlite    # reuse x.sqlite (ingests only when it does not exist)
 *   npx tsx scripts/corpus-health.ts --json now.json --compare before.json   # per-city deltas against an earlier run
 *
 * Options: --db FILE (reuse; --ingest to add/refresh files in it), --ocr never|auto (default never),
 * --json FILE, --compare FILE, --documents (one line per document), --cache DIR (page text, by sha256).
 * City: the first folder under a corpus root holding a MANIFEST.tsv (wide/上海/...), else the root's name.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { CORE_KINDS } from '../src/recognise/vocab/core-table-titles.js';
import {
  byCity, cityTable, compareRuns, kindTable, summarise, totalsLine,
  type DocumentHealth, type HealthRun, type LostTable, type PrintedCheck, type TableCheck,
} from './lib/health-report.js';
import { storedTables, storedThreePublic, tableIdentities, threePublicTableIdentities } from './lib/identities.js';
import { cachedPageLines, type PageLines } from './lib/page-text.js';
import { MIN_AMOUNTS, amountsOnTablePages, printedTables } from './lib/printed-tables.js';
import { CORPUS } from './lib/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  inputs: string[];
  db?: string;
  ingest: boolean;
  ocr: string;
  json?: string;
  compare?: string;
  documents: boolean;
  cache: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { inputs: [], ingest: false, ocr: 'never', documents: false, cache: join(tmpdir(), 'budgetlens-page-text') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v == null) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--db') o.db = value();
    else if (a === '--ingest') o.ingest = true;
    else if (a === '--ocr') o.ocr = value();
    else if (a === '--json') o.json = value();
    else if (a === '--compare') o.compare = value();
    else if (a === '--documents') o.documents = true;
    else if (a === '--cache') o.cache = value();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.inputs.push(resolve(a));
  }
  if (!o.inputs.length) o.inputs = [join(CORPUS, 'wide'), join(CORPUS, 'pdf')];
  return o;
}

function walk(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : f.toLowerCase().endsWith('.pdf') ? [p] : [];
  });
}

/** The city of a file under an input root (see the header). */
function cityOf(root: string, file: string): string {
  const rel = relative(root, file);
  return existsSync(join(root, 'MANIFEST.tsv')) && rel.includes(sep) ? rel.split(sep)[0] : basename(root);
}

/** The file's name in reports: its path under ../shared/corpus when it lies there. */
const keyOf = (file: string) => (file.startsWith(CORPUS + sep) ? relative(CORPUS, file) : relative(process.cwd(), file));

function ingest(inputs: string[], db: string, ocr: string): void {
  process.stderr.write(`ingesting ${inputs.join(' ')} into ${db} (--ocr ${ocr}) ...\n`);
  execFileSync(process.execPath, [join(ROOT, 'bin', 'budgetlens.mjs'), 'ingest', ...inputs, '--db', db, '--ocr', ocr], { stdio: ['ignore', 2, 2] });
}

interface DocRow { id: number; path: string; sha256: string; status: string; error: string | null; department: string | null; fiscal_year: number | null; doc_type: string | null }
interface TableRow { id: number; kind: string; title: string; page_from: number | null; page_to: number | null; is_empty: number; rows: number }

function checkDocument(db: Database.Database, file: string, city: string, doc: DocRow | undefined, sha256: string, pages: PageLines[]): DocumentHealth {
  const findings: DocumentHealth['findings'] = [];
  if (!doc) {
    return {
      file: keyOf(file), city, sha256, status: 'not_stored', error: 'not in the database', meta: { department: null, fiscal_year: null, doc_type: null, complete: false },
      printed: [], tables: [], lost: [], flags: {}, flag_totals: { error: 0, warning: 0, info: 0 },
      findings: [{ severity: 'error', rule: 'not-stored', message: 'The file is not in the database.' }],
    };
  }
  // The document's tables as the rules saw them (one read of its cells: line_items is indexed by document).
  const stored = storedTables(db, doc.id);
  const tables = (db.prepare('SELECT id, kind, title, page_from, page_to, is_empty FROM budget_tables WHERE document_id = ? ORDER BY id').all(doc.id) as TableRow[])
    .map((t) => ({ ...t, rows: stored.get(t.id)?.lineItems.length ?? 0 }));
  const figures = storedThreePublic(db, doc.id);
  const span = (t: TableRow) => [t.page_from ?? 0, t.page_to ?? t.page_from ?? 0] as const;
  const tpOn = (t: TableRow) => figures.filter((f) => f.page != null && f.page >= span(t)[0] && f.page <= span(t)[1]);
  const hasRows = (t: TableRow) => t.rows > 0 || (t.kind === 'three_public' && tpOn(t).length > 0);

  // Printed (from the page text) against stored.
  const printed: PrintedCheck[] = printedTables(pages).map((p) => {
    const covers = (t: TableRow) => p.page >= span(t)[0] - 1 && p.page <= span(t)[1];
    const same = tables.filter((t) => t.kind === p.kind && covers(t));
    const other = tables.filter((t) => t.kind !== p.kind && covers(t) && hasRows(t) && t.page_from === p.page);
    const read: PrintedCheck['read'] = same.some(hasRows) ? 'read' : same.length ? 'no_rows' : other.length ? 'other_kind' : 'missing';
    return { ...p, read, ...(read === 'other_kind' ? { stored_as: other.map((t) => t.kind).join(',') } : {}) };
  });

  const checks: TableCheck[] = tables.map((t) => {
    const results = t.kind === 'three_public' && tpOn(t).length ? threePublicTableIdentities(tpOn(t)) : stored.has(t.id) ? tableIdentities(stored.get(t.id)!) : [];
    return {
      table_id: t.id, kind: t.kind, title: t.title, pages: `${span(t)[0]}-${span(t)[1]}`, rows: t.rows || tpOn(t).length, checked: results.length,
      exact: results.filter((r) => r.outcome === 'exact').length, rounding: results.filter((r) => r.outcome === 'rounding').length,
      fails: results.filter((r) => r.outcome === 'fails'),
    };
  });

  const lost: LostTable[] = tables.filter((t) => !hasRows(t)).flatMap((t) => {
    const { amounts, nonZero } = amountsOnTablePages(pages, t.title, span(t)[0], span(t)[1]);
    return amounts >= MIN_AMOUNTS ? [{ kind: t.kind, title: t.title, pages: `${span(t)[0]}-${span(t)[1]}`, amounts, zeros_only: nonZero === 0, is_empty: !!t.is_empty }] : [];
  });

  const flags: DocumentHealth['flags'] = {};
  const flagTotals = { error: 0, warning: 0, info: 0 };
  for (const f of db.prepare('SELECT rule, severity, COUNT(*) AS n FROM flags WHERE document_id = ? GROUP BY rule, severity').all(doc.id) as Array<{ rule: string; severity: 'error' | 'warning' | 'info'; n: number }>) {
    (flags[f.rule] ??= {})[f.severity] = f.n;
    flagTotals[f.severity] += f.n;
  }

  const complete = doc.department != null && doc.fiscal_year != null && doc.doc_type != null;
  const core = printed.filter((p) => (CORE_KINDS as readonly string[]).includes(p.kind) && p.amounts >= MIN_AMOUNTS);
  if (doc.status === 'not_budget') {
    if (core.length >= 3) findings.push({ severity: 'error', rule: 'not-budget-prints-core-tables', message: `Stored as not a budget, yet its pages print ${core.length} standard tables.` });
  } else {
    if (!complete) findings.push({ severity: 'error', rule: 'metadata-incomplete', message: `Missing ${[['department', doc.department], ['fiscal_year', doc.fiscal_year], ['doc_type', doc.doc_type]].filter(([, v]) => v == null).map(([k]) => k).join(', ')}.` });
    if (!core.length) findings.push({ severity: 'warning', rule: 'prints-no-core-table', message: 'No standard table title with amounts under it was found in the page text.' });
    for (const p of core.filter((x) => x.read !== 'read'))
      findings.push({ severity: 'error', rule: 'core-table-unread', message: `${p.kind} "${p.title}" on p.${p.page}: ${p.read}${p.stored_as ? ` (${p.stored_as})` : ''}.` });
    for (const l of lost) findings.push({ severity: 'error', rule: 'table-lost', message: `${l.kind} "${l.title}" pp.${l.pages} stored without rows${l.is_empty ? ' (is_empty)' : ''} while ${l.amounts} amounts are printed${l.zeros_only ? ', all of them zero' : ''}.` });
    for (const c of checks.filter((x) => x.fails.length))
      findings.push({ severity: 'warning', rule: 'identity-fails', message: `${c.kind} "${c.title}" pp.${c.pages}: ${c.fails.length} of ${c.checked} identities fail, first ${c.fails[0].identity} at ${c.fails[0].subject} (${c.fails[0].expected} vs ${c.fails[0].actual} fen).` });
  }
  return {
    file: keyOf(file), city, sha256, status: doc.status, error: doc.error,
    meta: { department: doc.department, fiscal_year: doc.fiscal_year, doc_type: doc.doc_type, complete },
    printed, tables: checks, lost, flags, flag_totals: flagTotals, findings,
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const dbPath = o.db ?? join(mkdtempSync(join(tmpdir(), 'corpus-health-')), 'health.sqlite');
  if (!existsSync(dbPath) || o.ingest) ingest(o.inputs, dbPath, o.ocr);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const bySha = new Map((db.prepare('SELECT id, path, sha256, status, error, department, fiscal_year, doc_type FROM documents').all() as DocRow[]).map((d) => [d.sha256, d]));

  const documents: DocumentHealth[] = [];
  for (const root of o.inputs) {
    for (const file of walk(root)) {
      const bytes = new Uint8Array(readFileSync(file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const doc = bySha.get(sha256);
      let pages: PageLines[] = [];
      try {
        pages = doc && doc.status !== 'failed' ? await cachedPageLines(bytes, sha256, o.cache) : [];
      } catch (e) {
        process.stderr.write(`${keyOf(file)}: page text not readable (${(e as Error).message})\n`);
      }
      documents.push(checkDocument(db, file, cityOf(root, file), doc, sha256, pages));
    }
  }
  db.close();
  const run: HealthRun = { created: new Date().toISOString(), inputs: o.inputs.map(keyOf), documents };
  report(run, o);
  if (o.json) writeFileSync(o.json, JSON.stringify(run, null, 1));
  if (o.compare) console.log('\n' + compareRuns(JSON.parse(readFileSync(o.compare, 'utf8')) as HealthRun, run));
}

function report(run: HealthRun, o: Options): void {
  const all = summarise('all', run.documents);
  console.log(`# Corpus health: ${run.inputs.join(', ')} (${run.documents.length} files)\n`);
  console.log(cityTable(byCity(run), all));
  console.log('\n' + kindTable(run.documents));
  console.log('\n' + totalsLine(all));

  const notBudget = run.documents.filter((d) => d.status === 'not_budget');
  console.log(`\n## Not budgets (${notBudget.length}), reported apart\n`);
  for (const d of notBudget) console.log(`- ${d.file}: ${d.error ?? ''}${d.findings.length ? `  <- ${d.findings.map((f) => f.message).join(' ')}` : ''}`);

  // The checks' own findings and the project's flags, by rule and severity, over the budgets.
  const budgets = run.documents.filter((d) => d.status !== 'not_budget');
  const tally = new Map<string, { n: number; docs: number }>();
  const add = (k: string, n: number) => {
    const t = tally.get(k) ?? { n: 0, docs: 0 };
    tally.set(k, { n: t.n + n, docs: t.docs + 1 });
  };
  for (const d of budgets) {
    const own = new Map<string, number>();
    for (const f of d.findings) own.set(`health ${f.severity} ${f.rule}`, (own.get(`health ${f.severity} ${f.rule}`) ?? 0) + 1);
    for (const [k, n] of own) add(k, n);
    for (const [rule, sev] of Object.entries(d.flags)) for (const [s, n] of Object.entries(sev)) add(`flag ${s} ${rule}`, n);
  }
  console.log('\n## Findings and flags by rule (budgets only)\n\n| source | severity | rule | count | documents |\n|---|---|---|---|---|');
  for (const [k, t] of [...tally].sort((a, b) => a[0].localeCompare(b[0]) || b[1].n - a[1].n)) {
    const [source, severity, rule] = k.split(' ');
    console.log(`| ${source} | ${severity} | ${rule} | ${t.n} | ${t.docs} |`);
  }

  if (o.documents) {
    console.log('\n## Documents\n');
    for (const d of run.documents) {
      const core = d.printed.filter((p) => (CORE_KINDS as readonly string[]).includes(p.kind) && p.amounts >= MIN_AMOUNTS);
      const checked = d.tables.filter((t) => t.checked > 0);
      console.log(`### ${d.file} [${d.status}] meta ${d.meta.complete ? 'ok' : 'INCOMPLETE'} (${d.meta.department ?? '-'} ${d.meta.fiscal_year ?? '-'} ${d.meta.doc_type ?? '-'}); ` +
        `core read ${core.filter((p) => p.read === 'read').length}/${core.length}; closing ${checked.filter((t) => !t.fails.length).length}/${checked.length}; lost ${d.lost.length}; flags e${d.flag_totals.error} w${d.flag_totals.warning} i${d.flag_totals.info}`);
      for (const f of d.findings) console.log(`  - ${f.severity} ${f.rule}: ${f.message}`);
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
