import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentBody } from './document-page.js';
import { renderEvidence } from './evidence.js';
import { documentTitle, indexBody } from './index-page.js';
import { docPageName, pageShell } from './layout.js';
import { readReportData } from './read.js';

export interface ReportOptions {
  /** Directories a relative document path is resolved against (default: the working directory, then the database's). */
  baseDirs?: string[];
  /** Pixels per PDF point for page pictures (default 1.5: 12 pt text becomes 18 px). */
  scale?: number;
  log?: (msg: string) => void;
  /** Fixed time for reproducible output in tests. */
  now?: Date;
}

export interface ReportSummary {
  indexPath: string;
  documents: number;
  flags: number;
  pictures: number;
  pictureFailures: number;
  /** Paths of documents whose file was not found, so their evidence shows as coordinates and quotes. */
  missingSources: string[];
}

const ASSETS = ['report.css', 'report.js'];
const assetDir = fileURLToPath(new URL('./assets/', import.meta.url));

/** Writes the static review site for a database: index.html, doc-<id>.html, assets/, img/<doc id>/*.png. */
export async function writeReport(dbPath: string, outDir: string, options: ReportOptions = {}): Promise<ReportSummary> {
  const data = readReportData(dbPath);
  const log = options.log ?? (() => {});
  const ctx = {
    outDir,
    baseDirs: options.baseDirs ?? [process.cwd(), path.dirname(path.resolve(dbPath))],
    scale: options.scale ?? 1.5,
    log,
  };
  const generatedAt = (options.now ?? new Date()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  await mkdir(path.join(outDir, 'assets'), { recursive: true });
  for (const a of ASSETS) await copyFile(path.join(assetDir, a), path.join(outDir, 'assets', a));

  const summary: ReportSummary = {
    indexPath: path.join(outDir, 'index.html'),
    documents: data.documents.length,
    flags: 0,
    pictures: 0,
    pictureFailures: 0,
    missingSources: [],
  };
  for (const doc of data.documents) {
    const flags = data.flagsByDocument.get(doc.id) ?? [];
    const tables = data.tablesByDocument.get(doc.id) ?? [];
    const { byFlag, stats, note } = await renderEvidence(doc, flags, ctx);
    summary.flags += flags.length;
    summary.pictures += stats.pictures;
    summary.pictureFailures += stats.pictureFailures;
    if (stats.missingSource) summary.missingSources.push(doc.path);
    const body = documentBody(doc, tables, flags, byFlag, note);
    await writeFile(path.join(outDir, docPageName(doc.id)), pageShell(`${documentTitle(doc)} · 审查`, body, generatedAt));
    log(`report: ${doc.path} (${flags.length} flags, ${stats.pictures} pictures)`);
  }
  await writeFile(summary.indexPath, pageShell('预算公开文件审查', indexBody(data.documents), generatedAt));
  return summary;
}
