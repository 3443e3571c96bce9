/**
 * Whether two stores hold the same facts, document by document (matched by sha256): every row of the fact
 * tables, without its row ids, compared as a multiset. A change meant to leave the reading alone (a speed-up)
 * must print no difference.
 *
 * Usage: npx tsx scripts/compare-facts.ts before.sqlite after.sqlite [--show N]
 * Prints per table the documents whose rows differ, with their row counts and summed fen before and after,
 * and the first N differing rows (default 3); exits 1 when anything differs.
 */
import Database from 'better-sqlite3';
import { takeOption } from './lib/measure.js';

const argv = process.argv.slice(2);
const show = Number(takeOption(argv, '--show') ?? 3);
const [beforePath, afterPath] = argv;
if (!beforePath || !afterPath) {
  console.error('usage: compare-facts before.sqlite after.sqlite [--show N]');
  process.exit(2);
}

/** Each fact table, read as one document's rows: row ids replaced by what they point at. */
const QUERIES: Record<string, string> = {
  documents: `SELECT status, error, source_kind, department, fiscal_year, doc_type, pages, title, is_template, narrative_unit, meta_source
    FROM documents d WHERE d.sha256 = ?`,
  budget_tables: `SELECT t.kind, t.title, t.unit, t.page_from, t.page_to, t.unit_stated, t.is_empty, t.note, t.columns_json, t.place_json,
    t.read_status, t.explained_empty FROM budget_tables t JOIN documents d ON d.id = t.document_id WHERE d.sha256 = ?`,
  line_items: `SELECT t.kind AS table_kind, t.page_from AS table_page, i.classification, i.code, i.name, i.measure, i.amount_text, i.unit,
    i.amount_fen, i.page, i.column_path, i.row_kind, i.side, i.period, i.decimals, i.line, i.bbox_json, i.confidence, i.economic_code,
    i.gov_economic_code, i.code_source, i.name_source, i.name_indent
    FROM line_items i JOIN documents d ON d.id = i.document_id LEFT JOIN budget_tables t ON t.id = i.table_id WHERE d.sha256 = ?`,
  three_public: `SELECT p.source, p.period, p.item, p.amount_text, p.unit, p.amount_fen, p.page, p.text, p.line, p.bbox_json
    FROM three_public p JOIN documents d ON d.id = p.document_id WHERE d.sha256 = ?`,
  claims: `SELECT c.metric, c.amount_fen, c.percent, c.text, c.page, c.subject, c.basis, c.amount_text, c.unit, c.percent_text, c.direction,
    c.period, c.line, c.bbox_json, c.count, c.phase, c.reason FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.sha256 = ?`,
  projects: `SELECT p.name, p.mid_term_fen, p.annual_fen, p.period_text, p.page, p.implementing_unit, p.attribute, p.mid_term_text,
    p.annual_text, p.annual_fiscal_fen, p.annual_other_fen, p.mid_term_goal, p.annual_goal, p.line, p.scope,
    (SELECT count(*) FROM indicators x WHERE x.project_id = p.id) AS indicators
    FROM projects p JOIN documents d ON d.id = p.document_id WHERE d.sha256 = ?`,
  flags: `SELECT f.rule, f.severity, f.subject, f.message, f.expected, f.actual, f.evidence FROM flags f JOIN documents d ON d.id = f.document_id
    WHERE d.sha256 = ?`,
};

const open = (path: string) => new Database(path, { readonly: true, fileMustExist: true });
const before = open(beforePath), after = open(afterPath);
const docs = (db: Database.Database) =>
  new Map((db.prepare('SELECT sha256, path FROM documents').all() as Array<{ sha256: string; path: string }>).map((r) => [r.sha256, r.path]));
const beforeDocs = docs(before), afterDocs = docs(after);
let differences = 0;
for (const [sha, path] of beforeDocs) if (!afterDocs.has(sha)) (differences++, console.log(`only before: ${path}`));
for (const [sha, path] of afterDocs) if (!beforeDocs.has(sha)) (differences++, console.log(`only after: ${path}`));

/** Rows as sorted JSON lines; the summed fen of the fen columns beside them. */
function rowsOf(db: Database.Database, sql: string, sha: string): { lines: string[]; fen: number } {
  const rows = db.prepare(sql).all(sha) as Array<Record<string, unknown>>;
  let fen = 0;
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (k.endsWith('_fen') && typeof v === 'number') fen += v;
  return { lines: rows.map((r) => JSON.stringify(r)).sort(), fen };
}

/** Lines of `a` not in `b`, counted as a multiset. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const l of b) left.set(l, (left.get(l) ?? 0) + 1);
  return a.filter((l) => {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    return n === 0;
  });
}

const totals: Record<string, number> = {};
for (const [table, sql] of Object.entries(QUERIES)) {
  for (const [sha, path] of beforeDocs) {
    if (!afterDocs.has(sha)) continue;
    const b = rowsOf(before, sql, sha), a = rowsOf(after, sql, sha);
    totals[table] = (totals[table] ?? 0) + a.lines.length;
    const gone = minus(b.lines, a.lines), added = minus(a.lines, b.lines);
    if (!gone.length && !added.length) continue;
    differences++;
    console.log(`${table}: ${path}: ${b.lines.length} rows (${b.fen} fen) before, ${a.lines.length} rows (${a.fen} fen) after`);
    for (const l of gone.slice(0, show)) console.log(`  - ${l}`);
    for (const l of added.slice(0, show)) console.log(`  + ${l}`);
  }
}
console.log(`${beforeDocs.size} documents before, ${afterDocs.size} after; rows after: ${Object.entries(totals).map(([t, n]) => `${t} ${n}`).join(', ')}`);
console.log(differences ? `${differences} difference(s)` : 'identical facts');
process.exitCode = differences ? 1 : 0;
