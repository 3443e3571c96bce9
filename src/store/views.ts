/**
 * Read-only views for researchers, applied when the database is opened (after SCHEMA_SQL).
 * amount_fen stays the exact figure; amount_yuan (REAL) is for reading and charts, not for sums that must be exact.
 * Level of a code: function 3/5/7 digits = 类/款/项; economic 3/5 digits = 类/款 (7 = 项 where printed).
 */
const LEVEL = `CASE length(li.code) WHEN 3 THEN '类' WHEN 5 THEN '款' WHEN 7 THEN '项' END`;

export const VIEW_NAMES = [
  'v_function_spending',
  'v_economic_spending',
  'v_three_public',
  'v_three_public_wide',
  'v_flag_summary',
] as const;

export const VIEWS_SQL = `
-- Expenditure by function classification: one row per coded cell of the expenditure tables.
-- Filter table_kind = 'expenditure_summary' (all money) or 'gpb_expenditure' (general budget only) before summing,
-- and level = '类' (or '款', '项') so parents and children are not added together.
CREATE VIEW IF NOT EXISTS v_function_spending AS
SELECT d.id AS document_id, d.department, d.fiscal_year, d.doc_type,
       t.kind AS table_kind, t.title AS table_title,
       li.code, ${LEVEL} AS level, substr(li.code, 1, 3) AS class_code, li.name,
       li.measure, li.period, li.amount_text, li.unit, li.amount_fen, li.amount_fen / 100.0 AS amount_yuan, li.page
FROM line_items li
JOIN budget_tables t ON t.id = li.table_id
JOIN documents d ON d.id = li.document_id
WHERE li.classification = 'function' AND li.code IS NOT NULL
  AND t.kind IN ('expenditure_summary', 'gpb_expenditure')
  AND (li.side IS NULL OR li.side = 'expenditure');

-- Expenditure by economic classification (301 工资福利支出 > 30101 基本工资 ...), mostly basic expenditure.
CREATE VIEW IF NOT EXISTS v_economic_spending AS
SELECT d.id AS document_id, d.department, d.fiscal_year, d.doc_type,
       t.kind AS table_kind, t.title AS table_title,
       li.code, ${LEVEL} AS level, li.name,
       li.measure, li.period, li.amount_text, li.unit, li.amount_fen, li.amount_fen / 100.0 AS amount_yuan, li.page
FROM line_items li
JOIN budget_tables t ON t.id = li.table_id
JOIN documents d ON d.id = li.document_id
WHERE li.classification = 'economic' AND li.code IS NOT NULL;

-- 三公 figures, from the table and from the narrative, one row per figure.
CREATE VIEW IF NOT EXISTS v_three_public AS
SELECT d.id AS document_id, d.department, d.fiscal_year, d.doc_type,
       tp.source, tp.period, tp.item, tp.amount_text, tp.unit, tp.amount_fen, tp.amount_fen / 100.0 AS amount_yuan,
       tp.page, tp.line, tp.text
FROM three_public tp
JOIN documents d ON d.id = tp.document_id;

-- 三公 as one row per document, source and period, items as columns (yuan); NULL where not stated.
CREATE VIEW IF NOT EXISTS v_three_public_wide AS
SELECT d.id AS document_id, d.department, d.fiscal_year, d.doc_type, tp.source, tp.period,
       max(CASE tp.item WHEN 'total' THEN tp.amount_fen END) / 100.0 AS total_yuan,
       max(CASE tp.item WHEN 'outbound' THEN tp.amount_fen END) / 100.0 AS outbound_yuan,
       max(CASE tp.item WHEN 'reception' THEN tp.amount_fen END) / 100.0 AS reception_yuan,
       max(CASE tp.item WHEN 'vehicle_total' THEN tp.amount_fen END) / 100.0 AS vehicle_total_yuan,
       max(CASE tp.item WHEN 'vehicle_purchase' THEN tp.amount_fen END) / 100.0 AS vehicle_purchase_yuan,
       max(CASE tp.item WHEN 'vehicle_operation' THEN tp.amount_fen END) / 100.0 AS vehicle_operation_yuan
FROM three_public tp
JOIN documents d ON d.id = tp.document_id
GROUP BY d.id, tp.source, tp.period;

-- Flags per document by severity; documents without flags appear with zeros.
CREATE VIEW IF NOT EXISTS v_flag_summary AS
SELECT d.id AS document_id, d.path, d.department, d.fiscal_year, d.doc_type, d.status,
       count(CASE f.severity WHEN 'error' THEN 1 END) AS errors,
       count(CASE f.severity WHEN 'warning' THEN 1 END) AS warnings,
       count(CASE f.severity WHEN 'info' THEN 1 END) AS infos,
       count(f.id) AS flags
FROM documents d
LEFT JOIN flags f ON f.document_id = d.id
GROUP BY d.id;
`;
