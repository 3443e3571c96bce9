/**
 * How well the catalogue would code a city's tables if they printed names only (as Hangzhou's do): every
 * function row the city's documents print with a code is looked up by its name under its printed parent,
 * the way recover-codes looks up a names-only row (catalogue entries of the year, the standard 项 endings,
 * the 类 names), and the code found is compared with the printed one. Run by scripts/holdout.ts in a child
 * process, so the catalogue it reads is the one BUDGETLENS_CODE_CATALOGUE names.
 *
 *   BUDGETLENS_CODE_CATALOGUE=held.tsv node --import tsx scripts/lib/names-only-recall.ts db.sqlite /wide/杭州/
 */
import Database from 'better-sqlite3';
import { shippedCatalogue } from '../../src/recognise/tables/recover-codes.js';
import { functionClassCode } from '../../src/recognise/function-classes.js';
import { nameOf } from '../../src/recognise/vocab/code-catalogue.js';

export interface NamesOnlyRecall {
  rows: number;
  right: number;
  wrong: number;
  ambiguous: number;
  unknown: number;
  /** Of the unknown: the catalogue knows the code under another name (a variant of the name, or a renamed item). */
  otherName: number;
  otherNameExamples: string[];
  /** A few printed names the catalogue could not code, with their printed code. */
  unknownExamples: string[];
  wrongExamples: string[];
  ambiguousExamples: string[];
  /** Tables (of the documents) whose every function row the lookup codes right: the ones a names-only reading keeps coded. */
  tables: number;
  tablesCoded: number;
}

interface PrintedRow { table_id: number; fiscal_year: number | null; code: string; name: string }

export function namesOnlyRecall(db: string, pathPart: string): NamesOnlyRecall {
  const sql = new Database(db, { readonly: true, fileMustExist: true });
  const rows = sql.prepare(`SELECT DISTINCT li.table_id, d.fiscal_year, li.code, li.name FROM line_items li JOIN documents d ON d.id = li.document_id
    WHERE instr(d.path, ?) > 0 AND li.classification = 'function' AND li.row_kind = 'item' AND li.code IS NOT NULL
      AND COALESCE(li.code_source, 'printed') = 'printed' AND instr(li.name, '/') = 0`).all(pathPart) as PrintedRow[];
  sql.close();
  const out: NamesOnlyRecall = { rows: 0, right: 0, wrong: 0, ambiguous: 0, unknown: 0, otherName: 0, otherNameExamples: [], unknownExamples: [], wrongExamples: [], ambiguousExamples: [], tables: 0, tablesCoded: 0 };
  const tableRight = new Map<number, boolean>();
  for (const r of rows) {
    if (![3, 5, 7].includes(r.code.length)) continue;
    out.rows++;
    const parent = r.code.length === 3 ? undefined : r.code.slice(0, r.code.length - 2);
    // As recover-codes places an indented row: a row with no parent is a 类 (3 digits).
    const fits = (c: string) => c.startsWith('2') && (parent ? c.length === parent.length + 2 && c.startsWith(parent) : c.length === 3);
    const cls = parent ? null : functionClassCode(r.name);
    const found = [...new Set([...shippedCatalogue(r.fiscal_year).codesNamed(r.name, parent), ...(cls ? [cls] : [])])].filter(fits);
    const right = found.length === 1 && found[0] === r.code;
    tableRight.set(r.table_id, (tableRight.get(r.table_id) ?? true) && right);
    if (right) out.right++;
    else if (found.length === 1) {
      out.wrong++;
      if (out.wrongExamples.length < 8) out.wrongExamples.push(`${r.code} ${r.name} -> ${found[0]}`);
    } else if (found.length > 1) {
      out.ambiguous++;
      if (out.ambiguousExamples.length < 12) out.ambiguousExamples.push(`${r.code} ${r.name} -> ${found.join('/')}`);
    }
    else if (nameOf(r.code, r.fiscal_year ?? undefined)) {
      out.otherName++;
      if (out.otherNameExamples.length < 12) out.otherNameExamples.push(`${r.code} ${r.name} (catalogue: ${nameOf(r.code, r.fiscal_year ?? undefined)})`);
    } else {
      out.unknown++;
      if (out.unknownExamples.length < 8) out.unknownExamples.push(`${r.code} ${r.name}`);
    }
  }
  out.tables = tableRight.size;
  out.tablesCoded = [...tableRight.values()].filter(Boolean).length;
  return out;
}

if (process.argv[1]?.endsWith('names-only-recall.ts')) {
  const [db, pathPart] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(namesOnlyRecall(db, pathPart)));
}
