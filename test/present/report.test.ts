import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport, type ReportSummary } from '../../src/present/report/index.js';
import { escapeHtml, html } from '../../src/present/report/html.js';
import { regionOf } from '../../src/present/report/read.js';
import { documentReason } from '../../src/present/report/reasons.js';
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
  summary = await writeReport(fx.dbPath, out, { now: new Date('2026-01-01T00:00:00Z'), baseDirs: [dir], scale: 2, workers: 1 });
});
afterAll(() => rmSync(path.dirname(fx.dbPath), { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes an index, a flags view, two pages per document and the assets', () => {
    for (const id of Object.values(fx.ids)) {
      expect(existsSync(path.join(out, `doc-${id}.html`))).toBe(true);
      expect(existsSync(path.join(out, `doc-${id}-tables.html`))).toBe(true);
    }
    for (const f of ['assets/report.css', 'assets/report.js', 'flags.html', 'flags-data.js']) expect(existsSync(path.join(out, f))).toBe(true);
    expect(summary).toMatchObject({ documents: 4, flags: 6, pictures: 1, pictureFailures: 0, changedSources: [] });
    const index = read('index.html');
    expect(index).toContain('<html lang="zh-CN">');
    expect(index).toContain(`href="doc-${fx.ids.pdf}.html">上海市普陀区司法局</a>`);
    expect(index).toContain('<option value="final_accounts">部门决算</option>');
    expect(index).toContain('<option value="上海">上海</option>');
  });

  it('refers to nothing on the network', () => {
    for (const f of ['index.html', 'flags.html', `doc-${fx.ids.pdf}.html`, `doc-${fx.ids.pdf}-tables.html`, 'assets/report.css', 'assets/report.js']) {
      expect(read(f)).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    }
  });

  it('draws each cited page once and lays every flag’s boxes over that one picture', async () => {
    const page = read(`doc-${fx.ids.pdf}.html`);
    expect(page).toContain('类“社会保障和就业支出”的金额不等于其下各款之和。');
    expect(page).toMatch(/<dt>应为<\/dt><dd>1,300.00<\/dd>/);
    expect(page).toContain('<q>1,234.56</q>');
    // Two flags cite page 1: both show img/1/p1.webp, lazily, and no other picture exists.
    expect(page.match(/src="img\/1\/p1\.webp" width="1190" height="1684" loading="lazy"/g)).toHaveLength(2);
    expect(readdirSync(path.join(out, 'img/1'))).toEqual(['p1.webp']);
    // The amount's box sits at its PDF position as a share of the page (400 - 1.5 pad of 595 pt).
    expect(page).toContain(`left:${Math.round(((AMOUNT_BOX[0] - 1.5) / 595) * 10000) / 100}%`);
    // The band: the boxes span 292.5-332.5 pt, 42 pt either side, widened to 140 pt about their middle.
    expect(page).toContain('aspect-ratio:595.0 / 140.0');
    const png = await loadImage(readFileSync(path.join(out, 'img/1/p1.webp')));
    expect([png.width, png.height]).toEqual([1190, 1684]);
    // The picture is the page: the amount's text is drawn dark where the PDF prints it.
    const ctx = createCanvas(png.width, png.height).getContext('2d');
    ctx.drawImage(png, 0, 0);
    const dark = [...ctx.getImageData(AMOUNT_BOX[0] * 2, 322 * 2, (AMOUNT_BOX[2] - AMOUNT_BOX[0]) * 2, 22).data].filter((v, i) => i % 4 === 0 && v < 100);
    expect(dark.length).toBeGreaterThan(20);
  });

  it('shows the whole page when a flag cites a page without a box', () => {
    expect(read(`doc-${fx.ids.pdf}.html`)).toContain('未给出坐标，显示整页');
  });

  it('groups flags by rule, each group a collapsible section', () => {
    const page = read(`doc-${fx.ids.pdf}.html`);
    expect(page.match(/<details class="rule-group"/g)).toHaveLength(3);
    expect(page).toContain('<a href="#rule-1"><code>table.class_sum</code></a> 1 条');
  });

  it('shows the tables as read, every value pointing at its boxed cell on the page picture', () => {
    const page = read(`doc-${fx.ids.pdf}-tables.html`);
    expect(page).toContain('部门支出总表');
    expect(page).toMatch(/<td class="num" data-box="c-(\d+)" tabindex="0" title="第 1 页 · total">1234\.56<\/td>/);
    const [, id] = /data-box="c-(\d+)"[^>]*>1234\.56</.exec(page)!;
    expect(page).toContain(`<span class="box" id="c-${id}"`);
    expect(page).toContain('识别报告');
    expect(page).toContain('src="img/1/p1.webp"');
  });

  it('escapes every value taken from the database', () => {
    const page = read(`doc-${fx.ids.pdf}.html`);
    expect(page).not.toContain(XSS);
    expect(page).toContain(escapeHtml(XSS));
    // The flags' data is a script: text from documents cannot close it.
    expect(read('flags-data.js')).not.toContain('</script>');
  });

  it('shows a text flag as the cited lines in context, decoded from GB18030, the quote marked', () => {
    const page = read(`doc-${fx.ids.text}.html`);
    expect(page).toContain('<mark>公务用车运行维护费9.50万元</mark>');
    expect(page).toContain('<div class="ln cited"><span class="no">5</span>');
    expect(page).toContain('<span class="tx">一、部门收支总体情况</span>');
    expect(page).toContain('此文件只识别了一部分');
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

  it('says in Chinese why a document failed, and never counts it as clean', () => {
    const page = read(`doc-${fx.ids.failed}.html`);
    expect(page).toContain('此文件处理失败，没有经过审查。');
    expect(page).toContain('文件已加密，无法读取。');
    expect(page).not.toContain('没有发现问题');
    expect(page).toContain('这不表示文件没有问题');
    const index = read('index.html');
    expect(index).toMatch(/data-status="failed"[^>]*data-state="unreviewed"/);
    expect(index).toContain('已审查 3 份（其中未发现问题 0 份');
  });
});

describe('reasons and regions', () => {
  it('gives a Chinese reason for the pipeline’s English ones and keeps the stored one beside it', () => {
    expect(documentReason('not_budget', 'The document is a notice (通知/批复), not a department budget or final-accounts disclosure.')).toEqual({
      lead: '此文件不是部门预算或决算公开文件，没有经过审查。',
      chinese: '这是一份通知或批复，不是部门预算或决算公开文件。',
      stored: 'The document is a notice (通知/批复), not a department budget or final-accounts disclosure.',
    });
    expect(documentReason('failed', 'The PDF has 3000 pages, over the 2000-page limit.')?.chinese).toBe('PDF 页数超过 2000 页的上限。');
    expect(documentReason('failed', 'Something nobody foresaw.')).toMatchObject({ chinese: null, stored: 'Something nobody foresaw.' });
    expect(documentReason('ok', null)).toBeNull();
  });

  it('takes the region from the department’s place name, else from the folder', () => {
    expect(regionOf('上海市交通运输局', null, 'x.pdf')).toBe('上海');
    expect(regionOf('广西壮族自治区财政厅', null, 'x.pdf')).toBe('广西');
    expect(regionOf('交通运输局', null, 'corpus/wide/珠海/a.pdf')).toBe('珠海');
    expect(regionOf(null, null, 'a.pdf')).toBeNull();
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
