/**
 * The SQLite schema: CONTRACT.md's tables and columns (names exactly as there) plus a few more.
 * Amounts are exact: amount_text as printed (separators removed), unit, amount_fen INTEGER.
 */
export const SCHEMA_VERSION = 2;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('ok','partial','failed','not_budget')),
  error TEXT,
  source_kind TEXT CHECK (source_kind IN ('pdf_text','pdf_scan','pdf_mixed','text')),
  department TEXT,
  fiscal_year INTEGER,
  doc_type TEXT CHECK (doc_type IN ('budget','final_accounts')),
  pages INTEGER,
  -- beyond the contract
  title TEXT,
  bytes INTEGER,
  is_template INTEGER NOT NULL DEFAULT 0,
  narrative_unit TEXT,
  pipeline TEXT,
  timings_json TEXT,
  -- which source decided department, fiscal_year and doc_type: {"department":"label","fiscal_year":"cover",...}
  meta_source TEXT,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE IF NOT EXISTS budget_tables (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (unit IN ('元','万元')),
  page_from INTEGER,
  page_to INTEGER,
  -- beyond the contract
  unit_stated INTEGER NOT NULL DEFAULT 1,
  is_empty INTEGER NOT NULL DEFAULT 0,
  note TEXT,
  columns_json TEXT,
  place_json TEXT,
  -- 'read' | 'empty' (no figure, or only zeros, printed) | 'unread' (figures printed, none read)
  read_status TEXT,
  -- the note states the table has nothing to show (本表无发生额, 本部门没有…)
  explained_empty INTEGER NOT NULL DEFAULT 0,
  -- how the table was read: strategy, column roles, identities checked and satisfied, confidence
  parse_json TEXT
);
CREATE INDEX IF NOT EXISTS budget_tables_document ON budget_tables(document_id);

CREATE TABLE IF NOT EXISTS line_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  table_id INTEGER NOT NULL REFERENCES budget_tables(id) ON DELETE CASCADE,
  classification TEXT NOT NULL CHECK (classification IN ('function','economic','other')),
  code TEXT,
  name TEXT NOT NULL,
  measure TEXT NOT NULL,
  amount_text TEXT,
  unit TEXT NOT NULL CHECK (unit IN ('元','万元')),
  amount_fen INTEGER,
  page INTEGER,
  -- beyond the contract
  column_path TEXT,
  row_kind TEXT NOT NULL DEFAULT 'item',
  side TEXT,
  period TEXT,
  decimals INTEGER,
  line INTEGER,
  bbox_json TEXT,
  confidence REAL,
  economic_code TEXT,
  gov_economic_code TEXT,
  code_source TEXT CHECK (code_source IN ('printed','recovered','catalogue')),
  -- 'catalogue' where a name cut short on the page was completed from the code catalogue
  name_source TEXT CHECK (name_source IN ('printed','catalogue')),
  -- PDF: x of the row name's first character (points); names-only tables show their levels by it
  name_indent REAL
);
CREATE INDEX IF NOT EXISTS line_items_document ON line_items(document_id);
CREATE INDEX IF NOT EXISTS line_items_code ON line_items(code);

CREATE TABLE IF NOT EXISTS three_public (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('table','narrative')),
  period TEXT NOT NULL CHECK (period IN ('budget','final','prior_budget','prior_final')),
  item TEXT NOT NULL CHECK (item IN ('total','outbound','reception','vehicle_total','vehicle_purchase','vehicle_operation')),
  amount_text TEXT,
  unit TEXT NOT NULL CHECK (unit IN ('元','万元')),
  amount_fen INTEGER,
  page INTEGER,
  -- beyond the contract
  text TEXT,
  line INTEGER,
  bbox_json TEXT
);
CREATE INDEX IF NOT EXISTS three_public_document ON three_public(document_id);

CREATE TABLE IF NOT EXISTS projects (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mid_term_fen INTEGER,
  annual_fen INTEGER,
  period_text TEXT,
  start_date TEXT,
  end_date TEXT,
  manager TEXT,
  phone TEXT,
  page INTEGER,
  -- beyond the contract
  scope TEXT NOT NULL DEFAULT 'project',
  implementing_unit TEXT,
  attribute TEXT,
  start_text TEXT,
  end_text TEXT,
  overview TEXT,
  legal_basis TEXT,
  funds_unit TEXT,
  mid_term_text TEXT,
  mid_term_fiscal_fen INTEGER,
  mid_term_other_fen INTEGER,
  annual_text TEXT,
  annual_fiscal_fen INTEGER,
  annual_other_fen INTEGER,
  mid_term_goal TEXT,
  annual_goal TEXT,
  line INTEGER,
  bbox_json TEXT
);
CREATE INDEX IF NOT EXISTS projects_document ON projects(document_id);

CREATE TABLE IF NOT EXISTS indicators (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  horizon TEXT NOT NULL CHECK (horizon IN ('mid_term','annual')),
  level1 TEXT,
  level2 TEXT,
  name TEXT NOT NULL,
  target_text TEXT,
  page INTEGER,
  -- beyond the contract
  line INTEGER,
  bbox_json TEXT
);
CREATE INDEX IF NOT EXISTS indicators_project ON indicators(project_id);

CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  metric TEXT NOT NULL,
  amount_fen INTEGER,
  percent REAL,
  text TEXT NOT NULL,
  page INTEGER,
  -- beyond the contract
  subject TEXT,
  basis TEXT,
  amount_text TEXT,
  unit TEXT,
  percent_text TEXT,
  direction TEXT,
  period TEXT,
  line INTEGER,
  bbox_json TEXT,
  count INTEGER,
  phase TEXT,
  reason TEXT
);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document_id);

CREATE TABLE IF NOT EXISTS flags (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error','warning','info')),
  subject TEXT NOT NULL,
  message TEXT NOT NULL,
  expected TEXT,
  actual TEXT,
  evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS flags_document ON flags(document_id);

-- Tables listed in the document's 目录, for completeness checks and research.
CREATE TABLE IF NOT EXISTS listed_tables (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  page INTEGER,
  line INTEGER
);

-- The catalogue of classification codes as documents print them (year, system, code, name):
-- derived from line_items, so it can never drift from what is stored.
CREATE VIEW IF NOT EXISTS code_catalog AS
  SELECT d.fiscal_year, li.classification AS system, li.code, li.name, COUNT(DISTINCT li.document_id) AS documents
  FROM line_items li JOIN documents d ON d.id = li.document_id
  WHERE li.code IS NOT NULL AND li.classification IN ('function', 'economic') AND li.name <> ''
  GROUP BY d.fiscal_year, li.classification, li.code, li.name;
`;
