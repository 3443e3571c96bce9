import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvRow } from './csv.js';
import { FiscalDataPackage } from './fdp-descriptor.js';
import { FDP_FIELDS, FDP_MODEL, FDP_RESOURCE, type FdpField } from './fdp-model.js';
import { readFdpRows, type FdpRow } from './fdp-rows.js';
import { openForExport } from './open.js';

export interface FdpExport {
  descriptorPath: string;
  dataPath: string;
  rows: number;
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
    function_class_code: pick(fn, r.class_code),
    function_class_name: pick(fn, r.class_name),
    function_kuan_code: pick(fn, r.kuan_code),
    function_kuan_name: pick(fn, r.kuan_name),
    function_item_code: pick(fn, r.item_code),
    function_item_name: pick(fn, r.item_name),
    economic_class_code: pick(!fn, r.class_code),
    economic_class_name: pick(!fn, r.class_name),
    economic_kuan_code: pick(!fn, r.kuan_code),
    economic_kuan_name: pick(!fn, r.kuan_name),
    approved: r.approved,
    executed: r.executed,
    unit_printed: r.unit,
    page: r.page,
  };
}

export function buildDescriptor(now: Date = new Date()): FiscalDataPackage {
  return FiscalDataPackage.parse({
    profile: 'fiscal-data-package',
    name: 'budgetlens-department-budgets',
    title: '部门预算与决算支出（budgetlens 导出）',
    description:
      'Expenditure lines read from Chinese departmental budget (部门预算) and final-account (部门决算) disclosures. ' +
      'One row per leaf classification code of the 合计 column: function lines (类/款/项) and economic lines (类/款) ' +
      'are separate rows, so filter on one classification before summing. Amounts in yuan (CNY), exact to the fen.',
    created: now.toISOString(),
    resources: [
      {
        name: FDP_RESOURCE,
        path: `${FDP_RESOURCE}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: FDP_FIELDS },
      },
    ],
    model: FDP_MODEL,
  });
}

/** Writes datapackage.json and budget_lines.csv (the descriptor is validated first; nothing is written if it fails). */
export async function exportFdp(dbPath: string, outDir: string, now?: Date): Promise<FdpExport> {
  const descriptor = buildDescriptor(now);
  const db = openForExport(dbPath);
  let rows: FdpRow[];
  try {
    rows = readFdpRows(db);
  } finally {
    db.close();
  }
  await mkdir(outDir, { recursive: true });
  const names = FDP_FIELDS.map((f) => f.name);
  const csv = csvRow(names) + rows.map((r) => csvRow(names.map((n) => record(r)[n]))).join('');
  const dataPath = path.join(outDir, `${FDP_RESOURCE}.csv`);
  const descriptorPath = path.join(outDir, 'datapackage.json');
  await writeFile(dataPath, csv);
  await writeFile(descriptorPath, JSON.stringify(descriptor, null, 2) + '\n');
  return { descriptorPath, dataPath, rows: rows.length };
}
