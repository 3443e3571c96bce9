/**
 * Makes the demo documents in fixtures/documents/generated/ from the seed text in fixtures/documents, so the
 * README's first command shows every input path (text, text-layer PDF, scan) on a fresh clone without the
 * corpus: the text is laid out by the pipeline's own ingest and layout stages, printed to a PDF with ruled
 * tables by headless Chromium (Debian's `chromium`, `fonts-wqy-microhei`), and two table pages of that PDF are
 * scanned by make-scan-fixture.ts (rendered, turned, blurred, noised, image-only).
 *
 *   npx tsx scripts/make-demo-documents.ts [--chromium /usr/bin/chromium] [--scan-pages 3,6]
 *
 * The outputs are committed: they are the project's own renderings of the seed text, not corpus documents.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ingestText } from '../src/ingest/text/ingest-text.js';
import { layoutDocument } from '../src/layout/index.js';
import type { Grid, TextBlock } from '../src/model/index.js';
import { takeOption } from './lib/measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, 'fixtures', 'documents', '洛阳高新区人力资源和社会保障局2021年部门预算.txt');
const OUT = join(ROOT, 'fixtures', 'documents', 'generated');
const args = process.argv.slice(2);
const chromium = takeOption(args, '--chromium') ?? '/usr/bin/chromium';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function gridHtml(g: Grid): string {
  const rows = g.rows.map((r) => {
    let col = 0;
    const cells: string[] = [];
    for (const c of [...r.cells].sort((a, b) => a.col - b.col)) {
      for (; col < c.col; col++) cells.push('<td></td>');
      cells.push(`<td${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${/^-?[\d,]+(\.\d+)?%?$/.test(c.text) ? ' class="n"' : ''}>${esc(c.text)}</td>`);
      col += c.colSpan;
    }
    for (; col < g.columnCount; col++) cells.push('<td></td>');
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('\n')}</table>`;
}

const textHtml = (b: TextBlock) => b.lines.map((l) => `<p>${esc(l.text)}</p>`).join('\n');

const laid = layoutDocument(ingestText(readFileSync(SEED), basename(SEED)));
const html = `<!doctype html><html lang="zh"><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 10pt; }
p { margin: 0 0 3pt; }
table { border-collapse: collapse; margin: 8pt 0 12pt; break-inside: auto; }
tr { break-inside: avoid; }
td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
</style><body>
${laid.blocks.map((b) => (b.kind === 'grid' ? gridHtml(b) : textHtml(b))).join('\n')}
</body></html>`;

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'budgetlens-demo-'));
try {
  const page = join(work, 'seed.html');
  writeFileSync(page, html);
  const pdf = join(OUT, `${basename(SEED, '.txt')}_打印.pdf`);
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`,
    '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(page).href,
  ], { stdio: 'ignore' });
  console.log(`${pdf}: printed from the seed text's layout`);
  // The scan: the pages of the PDF that hold the 三公 table and the expenditure table.
  const pages = takeOption(args, '--scan-pages') ?? '3,6';
  if (pages) {
    const scan = join(OUT, `${basename(SEED, '.txt')}_扫描件.pdf`);
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'make-scan-fixture.ts'), pdf, scan, pages], { stdio: 'inherit' });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
