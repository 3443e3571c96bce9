import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentBody } from './document-page.js';
import { citedPages, flagEvidence, isPdf, type EvidenceSource, type PictureLookup } from './evidence.js';
import { flagsBody, flagsData, flagsScript } from './flags-page.js';
import { html, type Markup } from './html.js';
import { documentTitle, indexBody } from './index-page.js';
import { pageShell } from './layout.js';
import { prepareOutDir } from './out-dir.js';
import type { PagePicture } from './page-view.js';
import { renderPagePictures, type PagePictureOptions, type PagePictureRequest, type PagePictureResult } from './pdf-pictures.js';
import { createPicturePool, defaultPictureWorkers } from './picture-pool.js';
import { reportProgress } from './progress.js';
import { openReportDb, type DocumentRow, type FlagRow, type ReportDb } from './read.js';
import { docPageName, imageDir, insideOut, pageImageName, tablesPageName } from './site-paths.js';
import { checkSource } from './source-file.js';
import { tablePages, tablesBody } from './tables-page.js';
import { decodeTextFile, splitLines } from './text-source.js';

export interface ReportOptions {
  /** Directories a relative document path is resolved against (default: the working directory, then the database's). */
  baseDirs?: string[];
  /** Pixels per PDF point for page pictures (default 1.25: 10 pt text becomes 12.5 px, sharp enough to read). */
  scale?: number;
  log?: (msg: string) => void;
  /** Where the progress line goes (the CLI passes stderr); none by default. */
  progress?: NodeJS.WriteStream | null;
  /** Worker threads drawing page pictures (default: up to 4, one per core); 0 draws them in this thread. */
  workers?: number;
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
  /** Paths of documents whose file on disk no longer has the stored sha256, so nothing is quoted from it. */
  changedSources: string[];
}

const ASSETS = ['report.css', 'report.js'];
const assetDir = fileURLToPath(new URL('./assets/', import.meta.url));
const PICTURE_FORMAT = 'webp' as const;

interface Context {
  outDir: string;
  baseDirs: string[];
  scale: number;
  log: (msg: string) => void;
  generatedAt: string;
  render: (pdf: string, requests: PagePictureRequest[], options: PagePictureOptions) => Promise<PagePictureResult[]>;
}

interface DocumentOutcome {
  flags: number;
  pictures: number;
  pictureFailures: number;
  missing: boolean;
  changed: boolean;
}

const sourceNote = {
  missing: (d: DocumentRow) => html`<p class="note warn">原文件不在磁盘上（${d.path}），无法显示页面截图或原文，以下只列出位置与引文。</p>`,
  changed: (d: DocumentRow, sha: string) =>
    html`<p class="note warn">原文件（${d.path}）在入库后已被修改：其 SHA-256 为 <code>${sha.slice(0, 16)}…</code>，与入库时的 <code>${d.sha256.slice(0, 16)}…</code> 不同。为免引用错误的内容，不显示页面截图或原文，只列出入库时记录的位置与引文。</p>`,
};

async function writeDocument(db: ReportDb, d: DocumentRow, ctx: Context): Promise<DocumentOutcome> {
  const flags: FlagRow[] = db.flags(d.id);
  const tables = db.tables(d.id).map((table) => ({ table, items: db.lineItems(table.id) }));
  const outcome: DocumentOutcome = { flags: flags.length, pictures: 0, pictureFailures: 0, missing: false, changed: false };
  const pdf = isPdf(d);
  const wantsSource = flags.some((f) => f.evidence?.length) || (pdf && tables.length > 0);
  const check = wantsSource ? await checkSource(d.path, d.sha256, ctx.baseDirs) : null;
  let note: Markup | null = null;
  const source: EvidenceSource = { pdf };
  let lookup: PictureLookup | null = null;

  if (check?.state === 'missing') {
    outcome.missing = flags.some((f) => f.evidence?.length);
    note = sourceNote.missing(d);
  } else if (check?.state === 'changed') {
    outcome.changed = true;
    note = sourceNote.changed(d, check.sha256);
  } else if (check?.state === 'ok' && pdf) {
    const pages = [...new Set([...citedPages(flags), ...tablePages(tables.map((t) => t.table))])].sort((a, b) => a - b);
    const made = new Map<number, PagePicture | { error: string }>();
    if (pages.length) {
      await mkdir(insideOut(ctx.outDir, imageDir(d.id)), { recursive: true });
      try {
        const requests = pages.map((page) => ({ page, file: insideOut(ctx.outDir, pageImageName(d.id, page, PICTURE_FORMAT)) }));
        for (const r of await ctx.render(check.file, requests, { scale: ctx.scale, format: PICTURE_FORMAT, quality: 70 })) {
          if (r.ok) {
            outcome.pictures++;
            made.set(r.page, { page: r.page, rel: pageImageName(d.id, r.page, PICTURE_FORMAT), width: r.width!, height: r.height!, widthPt: r.widthPt!, heightPt: r.heightPt! });
          } else {
            outcome.pictureFailures++;
            made.set(r.page, { error: r.error ?? '未知错误' });
          }
        }
      } catch (err) {
        ctx.log(`could not render ${d.path}: ${(err as Error).message}`);
        note = html`<p class="note warn">无法打开原文件绘制页面截图（${(err as Error).message}），以下只列出位置与引文。</p>`;
      }
    }
    lookup = (page) => made.get(page);
    source.pictures = lookup;
  } else if (check?.state === 'ok') {
    source.lines = splitLines(decodeTextFile(await readFile(check.file)));
  }

  const evidenceOf = (f: FlagRow) => flagEvidence(f, source);
  const title = documentTitle(d);
  await writeFile(insideOut(ctx.outDir, docPageName(d.id)), pageShell(`${title} · 审查`, documentBody(d, tables.map((t) => t.table), flags, evidenceOf, note), ctx.generatedAt));
  await writeFile(insideOut(ctx.outDir, tablesPageName(d.id)), pageShell(`${title} · 识别的表格`, tablesBody(d, tables, lookup, note), ctx.generatedAt));
  return outcome;
}

/**
 * Writes the static review site for a database into a clean folder: index.html, flags.html (+ flags-data.js),
 * doc-<id>.html and doc-<id>-tables.html per document, assets/, img/<doc id>/p<page>.webp (one picture per page).
 */
export async function writeReport(dbPath: string, outDir: string, options: ReportOptions = {}): Promise<ReportSummary> {
  const db = openReportDb(dbPath);
  try {
    const log = options.log ?? (() => {});
    const workers = options.workers ?? defaultPictureWorkers();
    const pool = workers > 0 ? createPicturePool(workers) : null;
    const ctx: Context = {
      render: pool ? pool.render : renderPagePictures,
      outDir,
      baseDirs: options.baseDirs ?? [process.cwd(), path.dirname(path.resolve(dbPath))],
      scale: options.scale ?? 1.25,
      log,
      generatedAt: (options.now ?? new Date()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    };
    const documents = db.documents();
    await prepareOutDir(outDir);
    await mkdir(insideOut(outDir, 'assets'), { recursive: true });
    for (const a of ASSETS) await copyFile(path.join(assetDir, a), insideOut(outDir, `assets/${a}`));

    const summary: ReportSummary = {
      indexPath: insideOut(outDir, 'index.html'),
      documents: documents.length,
      flags: 0,
      pictures: 0,
      pictureFailures: 0,
      missingSources: [],
      changedSources: [],
    };
    const progress = reportProgress(documents.length, options.progress ?? null);
    // Documents in flight: one per picture worker and one more, so a worker never waits for pages to be written.
    let next = 0;
    const lane = async () => {
      while (next < documents.length) {
        const d = documents[next++];
        const o = await writeDocument(db, d, ctx);
        summary.flags += o.flags;
        summary.pictures += o.pictures;
        summary.pictureFailures += o.pictureFailures;
        if (o.missing) summary.missingSources.push(d.path);
        if (o.changed) summary.changedSources.push(d.path);
        log(`report: ${d.path} (${o.flags} flags, ${o.pictures} pictures)`);
        progress.document(o.pictures);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, workers + 1) }, lane));
    } finally {
      await pool?.close();
    }
    progress.done();
    summary.missingSources.sort();
    summary.changedSources.sort();
    const data = flagsData(db, documents);
    await writeFile(insideOut(outDir, 'flags-data.js'), flagsScript(data));
    await writeFile(insideOut(outDir, 'flags.html'), pageShell('全部问题 · 预算公开审查', flagsBody(data), ctx.generatedAt));
    await writeFile(summary.indexPath, pageShell('预算公开文件审查', indexBody(documents), ctx.generatedAt));
    return summary;
  } finally {
    db.close();
  }
}
