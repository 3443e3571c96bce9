import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BOM, csvRow, tabularResource } from './csv.js';
import { FiscalDataPackage } from './fdp-descriptor.js';
import { EXCLUDED_FIELDS, EXCLUDED_RESOURCE, SHORTFALL_FIELDS, SHORTFALL_RESOURCE, FDP_FIELDS, FDP_MODEL, FDP_RESOURCE, type FdpField } from './fdp-model.js';
import { fdpExclusions, readFdpRows, tableShortfalls, type Exclusion, type FdpRow, type Shortfall } from './fdp-rows.js';
import { openForExport } from './open.js';

export interface FdpExport {
  descriptorPath: string;
  dataPath: string;
  rows: number;
  excluded: Exclusion[];
  incomplete: Shortfall[];
  /** Lines for the command's output (what was left out). */
  notes: string[];
}

function record(r: FdpRow): Record<FdpField, unknown> {
  const fn = r.classification === 'function';
  const pick = (yes: boolean, v: unknown) => (yes ? v : null);
  return {
    document_id: r.document_id,
    department: r.department,
    fiscal_year: r.fiscal_year,
    doc_type: r.doc_type,
    table_kind: r.table_kind,
    table_title: r.table_title,
    table_id: r.table_id,
    classification: r.classification,
    function_class_code: pick(fn, r.class_code),
    function_class_name: pick(fn, r.class_name),
    function_kuan_code: pick(fn, r.kuan_code),
    function_kuan_name: pick(fn, r.kuan_name),
    function_item_code: pick(fn, r.item_code),
    function_item_name: pick(fn, r.item_name),
    // A cross-classified function row carries its economic code too.
    economic_class_code: fn ? (r.economic_code?.slice(0, 3) ?? null) : r.class_code,
    economic_class_name: pick(!fn, r.class_name),
    economic_kuan_code: fn ? (r.economic_code && r.economic_code.length >= 5 ? r.economic_code.slice(0, 5) : null) : r.kuan_code,
    economic_kuan_name: fn ? (r.economic_code && r.economic_code.length >= 5 ? r.economic_name : null) : r.kuan_name,
    gov_economic_code: r.gov_economic_code,
    approved: r.approved,
    executed: r.executed,
    unit_printed: r.unit,
    page: r.page,
  };
}

/** What the descriptor says about the documents behind the rows. */
export interface PackageSources {
  years: number[];
  documents: Array<{ department: string | null; fiscal_year: number | null; doc_type: string | null; path: string; sha256: string }>;
}

const DOC_TYPE_ZH: Record<string, string> = { budget: '部门预算', final_accounts: '部门决算' };

export function buildDescriptor(now: Date = new Date(), sources: PackageSources = { years: [], documents: [] }): FiscalDataPackage {
  const years = sources.years.filter((y) => Number.isInteger(y)).sort();
  return FiscalDataPackage.parse({
    profile: 'fiscal-data-package',
    name: 'budgetlens-department-budgets',
    title: '部门预算与决算支出（budgetlens 导出）',
    description:
      'Expenditure lines read from Chinese departmental budget (部门预算) and final-account (部门决算) disclosures. ' +
      'One row per printed row of a leaf classification code of the 合计 column: function lines (类/款/项, with their economic ' +
      'codes where the table is cross-classified) and economic lines (类/款) are separate rows (column classification), so filter ' +
      'on one classification before summing. Amounts in yuan (CNY), exact to the fen. Text cells that a spreadsheet would run ' +
      "as a formula (starting with = + - @) carry a leading apostrophe. Templates, failed and non-budget files are left out: " +
      `${EXCLUDED_RESOURCE}.csv names them with the reason; ${SHORTFALL_RESOURCE}.csv lists the tables whose rows do not add up ` +
      'to the total they print, each with why (a flag that reports the gap, or rows the reading missed), so a sum is never short without a word.',
    countryCode: 'CN',
    // Chinese fiscal years are calendar years.
    ...(years.length ? { fiscalPeriod: { start: `${years[0]}-01-01`, end: `${years[years.length - 1]}-12-31` } } : {}),
    granularity: 'aggregated',
    licenses: [
      {
        name: 'other-open',
        title: 'Disclosed by the departments under the Regulations on Open Government Information (政府信息公开条例); reuse follows the publishers\' terms',
      },
    ],
    sources: sources.documents.map((d) => ({
      title: `${d.department ?? '（部门未识别）'} ${d.fiscal_year ?? ''}年${DOC_TYPE_ZH[d.doc_type ?? ''] ?? ''}`.replace(/\s+/g, ' ').trim(),
      path: path.basename(d.path),
      description: `sha256 ${d.sha256}`,
    })),
    created: now.toISOString(),
    resources: [
      tabularResource(FDP_RESOURCE, `${FDP_RESOURCE}.csv`, FDP_FIELDS),
      tabularResource(EXCLUDED_RESOURCE, `${EXCLUDED_RESOURCE}.csv`, EXCLUDED_FIELDS),
      tabularResource(SHORTFALL_RESOURCE, `${SHORTFALL_RESOURCE}.csv`, SHORTFALL_FIELDS),
    ],
    model: FDP_MODEL,
  });
}

/**
 * Writes datapackage.json, budget_lines.csv and excluded_documents.csv (UTF-8 with BOM); the descriptor is
 * validated first, so nothing is written if it fails.
 */
export async function exportFdp(dbPath: string, outDir: string, now?: Date): Promise<FdpExport> {
  const db = openForExport(dbPath);
  let rows: FdpRow[];
  let excluded: Exclusion[];
  let incomplete: Shortfall[];
  let sources: PackageSources;
  try {
    rows = readFdpRows(db);
    excluded = fdpExclusions(db);
    incomplete = tableShortfalls(db, rows);
    const ids = [...new Set(rows.map((r) => r.document_id))];
    const docs = db.prepare(`SELECT id, department, fiscal_year, doc_type, path, sha256 FROM documents ORDER BY id`).all() as Array<PackageSources['documents'][number] & { id: number }>;
    const used = docs.filter((d) => ids.includes(d.id));
    sources = { years: used.map((d) => d.fiscal_year!).filter((y) => y !== null), documents: used };
  } finally {
    db.close();
  }
  const descriptor = buildDescriptor(now, sources);
  await mkdir(outDir, { recursive: true });
  const names = FDP_FIELDS.map((f) => f.name);
  const csv = BOM + csvRow(names) + rows.map((r) => csvRow(names.map((n) => record(r)[n]))).join('');
  const dataPath = path.join(outDir, `${FDP_RESOURCE}.csv`);
  const descriptorPath = path.join(outDir, 'datapackage.json');
  await writeFile(dataPath, csv);
  await writeFile(
    path.join(outDir, `${EXCLUDED_RESOURCE}.csv`),
    BOM + csvRow(EXCLUDED_FIELDS.map((f) => f.name)) + excluded.map((e) => csvRow([e.document_id, e.path, e.status, e.reason])).join(''),
  );
  const shortfallNames = SHORTFALL_FIELDS.map((f) => f.name);
  await writeFile(
    path.join(outDir, `${SHORTFALL_RESOURCE}.csv`),
    BOM + csvRow(shortfallNames) + incomplete.map((x) => csvRow(shortfallNames.map((n) => x[n]))).join(''),
  );
  await writeFile(descriptorPath, JSON.stringify(descriptor, null, 2) + '\n');
  const notes = excluded.length
    ? [`Left out ${excluded.length} document(s), listed with the reason in ${EXCLUDED_RESOURCE}.csv: ${excluded.map((e) => `${path.basename(e.path)} (${e.reason})`).join('; ')}`]
    : [];
  if (incomplete.length) {
    notes.push(
      `${incomplete.length} table(s) whose rows do not add up to the total they print, listed with the reason in ${SHORTFALL_RESOURCE}.csv: ` +
        incomplete.map((x) => `${path.basename(x.path)} ${x.table_title} (${x.exported_sum} of ${x.printed_total} yuan${x.flag ? `; flag ${x.flag}` : '; rows not read'})`).join('; '),
    );
  }
  return { descriptorPath, dataPath, rows: rows.length, excluded, incomplete, notes };
}
