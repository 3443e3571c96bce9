import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport, type ReportSummary } from '../../src/present/report/index.js';
import { escapeHtml, html } from '../../src/present/report/html.js';
import { contextLines } from '../../src/present/report/text-source.js';
import { AMOUNT_BOX, buildFixture, XSS, type Fixture } from './helpers/fixture-db.js';

let fx: Fixture;
let out: string;
let summary: ReportSummary;
const read = (name: string) => readFileSync(path.join(out, name), 'utf8');

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-report-'));
  fx = buildFixture(dir);
  out = path.join(dir, 'site');
  summary = await writeReport(fx.dbPath, out, { now: new Date('2026-01-01T00:00:00Z'), baseDirs: [dir], scale: 2 });
});
afterAll(() => rmSync(path.dirname(fx.dbPath), { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes an index, one page per document and the assets', () => {
    for (const id of Object.values(fx.ids)) expect(existsSync(path.join(out, `doc-${id}.html`))).toBe(true);
    expect(existsSync(path.join(out, 'assets/report.css'))).toBe(true);
    expect(existsSync(path.join(out, 'assets/report.js'))).toBe(true);
    expect(summary).toMatchObject({ documents: 4, flags: 6, pictures: 2, pictureFailures: 0 });
    const index = read('index.html');
    expect(index).toContain('<html lang="zh-CN">');
    expect(index).toContain('name="viewport"');
    expect(index).toContain(`href="doc-${fx.ids.pdf}.html">上海市普陀区司法局</a>`);
    expect(index).toContain('洛阳高新区人力资源和社会保障局');
    expect(index).toMatch(/data-errors="1"/);
    expect(index).toContain('<option value="final_accounts">部门决算</option>');
  });

  it('refers to nothing on the network', () => {
    for (const f of ['index.html', `doc-${fx.ids.pdf}.html`, 'assets/report.css', 'assets/report.js']) {
      expect(read(f)).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    }
  });

  it('shows a PDF flag with its message, expected vs actual and an outlined page picture', async () => {
    const page = read(`doc-${fx.ids.pdf}.html`);
    expect(page).toContain('类“社会保障和就业支出”的金额不等于其下各款之和。');
    expect(page).toMatch(/<dt>应为<\/dt><dd>1,300.00<\/dd>/);
    expect(page).toContain('src="img/1/f1-p1.png"');
    expect(page).toContain('<q>1,234.56</q>');
    expect(page).toContain('部门支出总表');
    // The band links to the whole page, every box cited on it outlined, for the context a band cuts off.
    expect(page).toContain('<a href="img/1/page-1.png" target="_blank">查看整页</a>');
    expect((await loadImage(readFileSync(path.join(out, 'img/1/page-1.png')))).height).toBe(842 * 2);
    const png = await loadImage(readFileSync(path.join(out, 'img/1/f1-p1.png')));
    expect(png.width).toBe(595 * 2);
    // The boxes span 292.5-332.5 pt: the band is 42 pt either side, widened to 140 pt about their middle.
    const canvas = createCanvas(png.width, png.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(png, 0, 0);
    const top = 312.5 - 70;
    const [r, g, b] = ctx.getImageData((AMOUNT_BOX[0] - 2) * 2, (327 - top) * 2, 1, 1).data;
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(120);
    expect(b).toBeGreaterThan(60);
  });

  it('shows the whole page when a flag cites a page without a box', async () => {
    const png = await loadImage(readFileSync(path.join(out, 'img/1/f2-p1.png')));
    expect([png.width, png.height]).toEqual([595 * 2, 842 * 2]);
    expect(read(`doc-${fx.ids.pdf}.html`)).toContain('未给出坐标，显示整页');
  });

  it('escapes every value taken from the database', () => {
    const page = read(`doc-${fx.ids.pdf}.html`);
    expect(page).not.toContain(XSS);
    expect(page).toContain(escapeHtml(XSS));
  });

  it('shows a text flag as the cited lines in context, decoded from GB18030, the quote marked', () => {
    const page = read(`doc-${fx.ids.text}.html`);
    expect(page).toContain('<mark>公务用车运行维护费9.50万元</mark>');
    expect(page).toContain('<div class="ln cited"><span class="no">5</span>');
    expect(page).toContain('<span class="tx">一、部门收支总体情况</span>');
    expect(page).toContain('部分表格未能识别。');
  });

  it('falls back to coordinates and quotes, and says so, when the PDF is not on disk', () => {
    const page = read(`doc-${fx.ids.missing}.html`);
    expect(page).toContain('原文件不在磁盘上');
    expect(page).toContain('坐标 [56.2, 320.1, 120.4, 334.0]');
    expect(page).toContain('<q>1,234.56</q>');
    expect(page).toContain('<pre class="raw">not json</pre>');
    expect(summary.missingSources).toEqual(['/nonexistent/上海市普陀区财政局2024年度部门决算.pdf']);
    expect(readdirSync(path.join(out, 'img'))).toEqual(['1']);
  });

  it('shows why a document failed', () => {
    expect(read(`doc-${fx.ids.failed}.html`)).toContain('文件已加密，无法读取。');
  });
});

describe('helpers', () => {
  it('html escapes interpolations but keeps nested markup', () => {
    expect(html`<p>${'<b>&"\''}</p>${html`<i>${1}</i>`}${[html`<br>`, null, false]}`.value).toBe(
      '<p>&lt;b&gt;&amp;&quot;&#39;</p><i>1</i><br>',
    );
  });

  it('contextLines keeps the cited line and its neighbours inside the file', () => {
    const lines = ['a', 'b', 'c', 'd', 'e'];
    expect(contextLines(lines, 1, 2).map((l) => l.line)).toEqual([1, 2, 3]);
    expect(contextLines(lines, 5, 1).filter((l) => l.cited)).toEqual([{ line: 5, text: 'e', cited: true }]);
    expect(contextLines(lines, 9)).toEqual([]);
  });
});
