import type { Amount, DocumentResult, Place } from '../model/index.js';
import type { Db } from './open.js';

/**
 * The single writer: stores one DocumentResult in one transaction, so a crash or kill leaves every
 * document either fully stored or not at all. Workers never touch the database.
 */

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const bbox = (p: Place | undefined) => (p?.bbox ? JSON.stringify(p.bbox) : null);

/**
 * How complete a stored result is. `--force` replaces a stored document only with a result at least as
 * complete: a retry that failed (a timeout, a crash, a limit) never destroys rows that were read well.
 */
export const COMPLETENESS: Record<DocumentResult['status'], number> = { ok: 3, partial: 2, not_budget: 1, failed: 0 };

export interface WriteOutcome {
  documentId: number;
  /** Set when `replace` found a more complete stored result and kept it: the status that was kept. */
  kept: DocumentResult['status'] | null;
}

export interface StoreWriter {
  /** Whether a document is stored and did not fail, by sha256: the resume point of a batch (failed ones run again). */
  hasDocument(sha256: string): boolean;
  write(result: DocumentResult, opts?: { replace?: boolean }): WriteOutcome;
}

export function createWriter(db: Db): StoreWriter {
  const s = {
    // A document that failed is tried again by the next run (a timeout, a crash, a fixed bug); the rest are kept.
    has: db.prepare("SELECT 1 FROM documents WHERE sha256 = ? AND status <> 'failed'"),
    stored: db.prepare('SELECT id, status FROM documents WHERE sha256 = ?'),
    del: db.prepare('DELETE FROM documents WHERE sha256 = ?'),
    doc: db.prepare(`INSERT INTO documents (path, sha256, status, error, source_kind, department, fiscal_year, doc_type, pages,
      title, bytes, is_template, narrative_unit, pipeline, timings_json, meta_source)
      VALUES (@path, @sha256, @status, @error, @source_kind, @department, @fiscal_year, @doc_type, @pages,
      @title, @bytes, @is_template, @narrative_unit, @pipeline, @timings_json, @meta_source)`),
    table: db.prepare(`INSERT INTO budget_tables (document_id, kind, title, unit, page_from, page_to, unit_stated, is_empty, note, columns_json, place_json,
      read_status, explained_empty, parse_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    item: db.prepare(`INSERT INTO line_items (document_id, table_id, classification, code, name, measure, amount_text, unit, amount_fen, page,
      column_path, row_kind, side, period, decimals, line, bbox_json, confidence, economic_code, gov_economic_code, code_source, name_source, name_indent)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    three: db.prepare(`INSERT INTO three_public (document_id, source, period, item, amount_text, unit, amount_fen, page, text, line, bbox_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    project: db.prepare(`INSERT INTO projects (document_id, name, mid_term_fen, annual_fen, period_text, start_date, end_date, manager, phone, page,
      implementing_unit, attribute, start_text, end_text, overview, legal_basis, funds_unit, mid_term_text, mid_term_fiscal_fen, mid_term_other_fen,
      annual_text, annual_fiscal_fen, annual_other_fen, mid_term_goal, annual_goal, line, bbox_json, scope)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    indicator: db.prepare(`INSERT INTO indicators (project_id, horizon, level1, level2, name, target_text, page, line, bbox_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    claim: db.prepare(`INSERT INTO claims (document_id, metric, amount_fen, percent, text, page, subject, basis, amount_text, unit, percent_text,
      direction, period, line, bbox_json, count, phase, reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    flag: db.prepare(`INSERT INTO flags (document_id, rule, severity, subject, message, expected, actual, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    listed: db.prepare('INSERT INTO listed_tables (document_id, title, kind, page, line) VALUES (?, ?, ?, ?, ?)'),
  };

  const write = db.transaction((r: DocumentResult, replace: boolean): WriteOutcome => {
    if (replace) {
      const old = s.stored.get(r.sha256) as { id: number; status: DocumentResult['status'] } | undefined;
      if (old && COMPLETENESS[old.status] > COMPLETENESS[r.status]) return { documentId: old.id, kept: old.status };
      s.del.run(r.sha256);
    }
    const docId = insert(r);
    return { documentId: docId, kept: null };
  });

  const insert = (r: DocumentResult): number => {
    const f = r.facts;
    const docId = Number(
      s.doc.run({
        path: r.path, sha256: r.sha256, status: r.status, error: r.error, source_kind: r.sourceKind,
        department: f?.meta.department ?? null, fiscal_year: f?.meta.fiscalYear ?? null, doc_type: f?.meta.docType ?? null,
        pages: r.pages, title: f?.meta.title ?? null, bytes: r.bytes, is_template: f?.meta.isTemplate ? 1 : 0,
        narrative_unit: f?.meta.narrativeUnit ?? null, pipeline: r.pipeline, timings_json: json(r.timings),
        meta_source: f && Object.keys(f.meta.sources).length ? JSON.stringify(f.meta.sources) : null,
      }).lastInsertRowid,
    );
    if (!f) return docId;
    for (const t of f.tables) {
      const tableId = Number(
        s.table.run(docId, t.kind, t.title, t.unit, t.pageFrom ?? t.place.page ?? null, t.pageTo ?? t.place.page ?? null,
          t.unitStated ? 1 : 0, t.empty ? 1 : 0, t.note ?? null, json(t.columns), json(t.place),
          t.readStatus ?? 'read', t.explainedEmpty ? 1 : 0, t.parse ? json(t.parse) : null).lastInsertRowid,
      );
      for (const li of t.lineItems) {
        const a = li.amount;
        s.item.run(docId, tableId, li.classification, li.code, li.name, li.measure, a.text, a.unit, a.fen, a.place.page ?? null,
          li.column, li.rowKind, li.side ?? null, li.period ?? null, a.decimals, a.place.line ?? null, bbox(a.place), a.confidence ?? null,
          li.economicCode ?? null, li.govEconomicCode ?? null, li.code ? (li.codeSource ?? 'printed') : null, li.nameSource ?? 'printed', li.indent ?? null);
      }
    }
    for (const t of f.threePublic) {
      const a = t.amount;
      s.three.run(docId, t.source, t.period, t.item, a.text, a.unit, a.fen, a.place.page ?? null, t.text, a.place.line ?? null, bbox(a.place));
    }
    for (const p of f.projects) {
      const unit = p.annual.total?.unit ?? p.midTerm.total?.unit ?? null;
      const fen = (a: Amount | null) => a?.fen ?? null;
      const projectId = Number(
        s.project.run(docId, p.name, fen(p.midTerm.total), fen(p.annual.total), p.periodText, p.startDate, p.endDate, p.manager, p.phone,
          p.place.page ?? null, p.implementingUnit, p.attribute, p.startText, p.endText, p.overview, p.legalBasis, unit,
          p.midTerm.total?.text ?? null, fen(p.midTerm.fiscal), fen(p.midTerm.other), p.annual.total?.text ?? null, fen(p.annual.fiscal),
          fen(p.annual.other), p.midTermGoal, p.annualGoal, p.place.line ?? null, bbox(p.place), p.scope).lastInsertRowid,
      );
      for (const i of p.indicators) {
        s.indicator.run(projectId, i.horizon, i.level1, i.level2, i.name, i.target, i.place.page ?? null, i.place.line ?? null, bbox(i.place));
      }
    }
    for (const c of f.claims) {
      s.claim.run(docId, c.metric, c.amount?.fen ?? null, c.percent === null ? null : Number(c.percent), c.text, c.place.page ?? null,
        c.subject, c.basis, c.amount?.text ?? null, c.amount?.unit ?? null, c.percent, c.direction, c.period, c.place.line ?? null,
        bbox(c.place), c.count, c.phase ?? null, c.reason ?? null);
    }
    for (const l of f.listedTables) s.listed.run(docId, l.title, l.kind, l.place.page ?? null, l.place.line ?? null);
    for (const fl of r.flags) {
      s.flag.run(docId, fl.rule, fl.severity, fl.subject, fl.message, fl.expected, fl.actual, JSON.stringify(fl.evidence));
    }
    return docId;
  };

  return {
    hasDocument: (sha) => s.has.get(sha) !== undefined,
    write: (result, opts = {}) => write(result, opts.replace ?? false),
  };
}
