// Per city: do the Fiscal Data Package's rows sum, per table, to the total the document prints?
// Usage: npx tsx scripts/export-totals.ts <db.sqlite> (after `budgetlens ingest ../shared/corpus/wide --db …`)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { exportFdp } from '../src/present/export/index.js';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: npx tsx scripts/export-totals.ts <db.sqlite>');
const out = mkdtempSync(join(tmpdir(), 'budgetlens-totals-'));
const r = await exportFdp(dbPath, out);

// A small CSV reader for our own output (RFC 4180, BOM first).
function parse(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  const [head, ...body] = rows;
  return body.map((b) => Object.fromEntries(head.map((h, i) => [h, b[i]])));
}
const lines = parse(readFileSync(r.dataPath, 'utf8'));
const fen = (y: string) => (y ? Math.round(Number(y) * 100) : 0);
const byTable = new Map<string, Record<string, string>[]>();
for (const l of lines) byTable.set(l.table_id, [...(byTable.get(l.table_id) ?? []), l]);

const db = new Database(dbPath, { readonly: true });
const totals = db
  .prepare(
    `SELECT t.id, t.title, t.document_id, d.path, d.doc_type, li.period, li.amount_fen FROM line_items li
     JOIN budget_tables t ON t.id = li.table_id JOIN documents d ON d.id = t.document_id
     WHERE li.row_kind = 'total' AND li.measure = 'total' AND (li.side IS NULL OR li.side = 'expenditure')
       AND t.kind IN ('expenditure_summary', 'gpb_expenditure') AND li.amount_fen IS NOT NULL`,
  )
  .all() as Array<{ id: number; title: string; document_id: number; path: string; doc_type: string; period: string | null; amount_fen: number }>;
// The reconciler's own word on a table's sums: the total against its rows, or a level against the level below.
const sumFlags = db.prepare(`SELECT document_id, subject FROM flags WHERE rule LIKE 'table-total-sum%' OR rule LIKE 'code-hierarchy-sum%'`).all() as Array<{ document_id: number; subject: string }>;
const flaggedTable = (documentId: number, title: string) => sumFlags.some((f) => f.document_id === documentId && f.subject.startsWith(`${title}：`));
const docs = db.prepare(`SELECT path FROM documents`).pluck().all() as string[];
db.close();

const city = (p: string) => /\/wide\/([^/]+)\//.exec(p)?.[1] ?? '(other)';
const stats = new Map<string, { documents: number; tables: number; equal: number; flagged: number; off: number }>();
const get = (c: string) => stats.get(c) ?? stats.set(c, { documents: 0, tables: 0, equal: 0, flagged: 0, off: 0 }).get(c)!;
for (const p of docs) get(city(p)).documents++;
const offs: string[] = [];
for (const t of totals) {
  const rows = byTable.get(String(t.id));
  if (!rows) continue;
  const phase = t.period === 'budget' ? 'approved' : t.period === 'final' || t.doc_type === 'final_accounts' ? 'executed' : 'approved';
  const sum = rows.reduce((s, x) => s + fen(x[phase]), 0);
  const s = get(city(t.path));
  s.tables++;
  if (sum === t.amount_fen) s.equal++;
  else if (flaggedTable(t.document_id, t.title)) s.flagged++;
  else {
    s.off++;
    offs.push(`${t.path.replace(/^.*\/wide\//, '')} table ${t.id} ${t.title}: rows ${sum / 100} vs printed ${t.amount_fen / 100} yuan`);
  }
}
console.log(`budget_lines: ${r.rows} rows; left out ${r.excluded.length} documents`);
console.log('city\tdocuments\ttables with a printed total\tequal\toff, the reconciler flags the table sums\toff, no flag');
for (const [c, s] of [...stats].sort()) console.log(`${c}\t${s.documents}\t${s.tables}\t${s.equal}\t${s.flagged}\t${s.off}`);
for (const o of offs) console.log(`  off: ${o}`);
