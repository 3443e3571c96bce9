import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/present/report/index.js';
import { ARTIFACTS, launchChromium } from './helpers/browser.js';
import { AMOUNT_BOX, buildFixture, TOTAL_BOX, type Fixture } from './helpers/fixture-db.js';

/** The review site in Debian's chromium, from disk and offline: index, flags view, grouped document page, tables as read. */

const MANY = 30; // flags of one rule on one document: the group starts collapsed and shows 20 at a time

let fx: Fixture;
let site: string;
let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-browser-'));
  fx = buildFixture(dir);
  // One rule firing many times on the same page, as a real 165-flag document does.
  const db = new Database(fx.dbPath);
  const add = db.prepare(`INSERT INTO flags (document_id, rule, severity, subject, message, evidence) VALUES (?, 'table.row_sum', 'warning', ?, ?, ?)`);
  for (let i = 1; i <= MANY; i++) {
    add.run(fx.ids.pdf, `第 ${i} 行`, `第 ${i} 行的合计不等于基本支出与项目支出之和。`, JSON.stringify([{ page: 1, bbox: i % 2 ? AMOUNT_BOX : TOTAL_BOX, quote: String(i) }]));
  }
  db.close();
  site = path.join(dir, 'site');
  await writeReport(fx.dbPath, site, { baseDirs: [dir], workers: 0 });
  ({ context, close } = await launchChromium());
  page = await context.newPage();
  // The site must work offline: any request that is not a local file fails the test.
  await context.route(/^(?!file:)/, (route) => {
    throw new Error(`network request from the review site: ${route.request().url()}`);
  });
}, 60_000);

afterAll(async () => {
  await close?.();
  if (fx) rmSync(path.dirname(fx.dbPath), { recursive: true, force: true });
});

const url = (name: string) => pathToFileURL(path.join(site, name)).href;
const visibleRows = (p: Page, table = '#docs') => p.locator(`${table} tbody tr:visible`).count();

describe('review site in chromium', () => {
  it('opens the index from disk, filters by region, state and type, and sorts', async () => {
    await page.goto(url('index.html'));
    await expect.poll(() => visibleRows(page)).toBe(4);
    await expect.poll(() => page.locator('#f-count').textContent()).toBe('显示 4 / 4 份');
    await page.fill('#f-q', '洛阳');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.fill('#f-q', '');
    await page.check('#f-errors');
    await expect.poll(() => visibleRows(page)).toBe(2);
    await page.uncheck('#f-errors');
    await page.selectOption('#f-region', '上海');
    await expect.poll(() => visibleRows(page)).toBe(2);
    await page.selectOption('#f-region', '');
    // A failed document is "not reviewed", never "clean".
    await page.selectOption('#f-state', 'clean');
    await expect.poll(() => visibleRows(page)).toBe(0);
    await page.selectOption('#f-state', 'unreviewed');
    await expect.poll(() => visibleRows(page)).toBe(1);
    expect(await page.locator('#docs tbody tr:visible td[data-label="错误"]').textContent()).toBe('—');
    await page.selectOption('#f-state', '');
    await page.selectOption('#f-type', 'final_accounts');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.selectOption('#f-type', '');
    await page.click('th button[data-col="2"]');
    expect(await page.locator('#docs tbody tr:visible td[data-label="年度"]').first().textContent()).toBe('2021');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-index.png'), fullPage: true });
  });

  it('lists every flag across documents, filtered by rule, severity and text, paged, each linking to its flag', async () => {
    await page.goto(url('flags.html'));
    const total = 6 + MANY;
    await expect.poll(() => page.locator('#g-count').textContent()).toBe(`符合条件 ${total} / ${total} 个问题`);
    expect(await visibleRows(page, '#all-flags')).toBe(total); // one page of 100
    await page.selectOption('#g-sev', '0');
    await expect.poll(() => visibleRows(page, '#all-flags')).toBe(2);
    await page.selectOption('#g-sev', '');
    await page.selectOption('#g-rule', { label: `table.row_sum（${MANY}）` });
    await expect.poll(() => visibleRows(page, '#all-flags')).toBe(MANY);
    await page.fill('#g-q', '第 17 行');
    await expect.poll(() => visibleRows(page, '#all-flags')).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-flags.png'), fullPage: true });
    // The link opens the document at that flag, inside its collapsed group, past the first 20.
    const href = await page.locator('#all-flags tbody a').getAttribute('href');
    expect(href).toMatch(/^doc-\d+\.html#flag-\d+$/);
    await page.click('#all-flags tbody a');
    await expect.poll(() => page.url()).toContain(href!);
    const target = page.locator(page.url().replace(/^.*#/, '#'));
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await target.locator('.subject').textContent()).toBe('第 17 行');
  });

  it('groups a document’s flags by rule: a large group collapsed, pictures shared and lazy, more on request', async () => {
    await page.goto(url(`doc-${fx.ids.pdf}.html`));
    const big = page.locator('details.rule-group', { hasText: 'table.row_sum' });
    expect(await big.getAttribute('open')).toBeNull();
    expect(await big.locator('.flag:visible').count()).toBe(0);
    await big.locator('summary').click();
    expect(await big.locator('.flag:visible').count()).toBe(20);
    await big.locator('.show-more').click();
    expect(await big.locator('.flag:visible').count()).toBe(MANY);
    // Every picture on the page is the one page picture, loaded lazily.
    const srcs = await page.$$eval('.pv img', (imgs) => [...new Set(imgs.map((i) => i.getAttribute('src')))]);
    expect(srcs).toEqual(['img/1/p1.webp']);
    expect(await page.$$eval('.pv img', (imgs) => imgs.every((i) => i.getAttribute('loading') === 'lazy'))).toBe(true);
    // The error flag's band shows its boxes over the loaded picture.
    const flag = page.locator('.flag.error').first();
    await expect.poll(() => flag.locator('.message').textContent()).toBe('类“社会保障和就业支出”的金额不等于其下各款之和。');
    const img = flag.locator('.pv img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const frame = await flag.locator('.pv').boundingBox();
    const box = await flag.locator('.pv .box').nth(1).boundingBox();
    // The amount box sits inside the band at its place on the page (400 of 595 pt across).
    expect(box!.x - frame!.x).toBeCloseTo(((AMOUNT_BOX[0] - 1.5) / 595) * frame!.width, 0);
    await page.click('.sev-filter button[data-sev="warning"]');
    expect(await page.locator('.flag.error').isVisible()).toBe(false);
    expect(await page.locator('details.rule-group', { hasText: 'table.class_sum' }).isVisible()).toBe(false);
    await page.click('.sev-filter button[data-sev="all"]');
    await flag.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-document-pdf.png') });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(30_000);
  });

  it('shows the tables as read beside the page, a value lighting its box', async () => {
    await page.goto(url(`doc-${fx.ids.pdf}-tables.html`));
    const cell = page.locator('td[data-box]', { hasText: '1234.56' }).first();
    const id = await cell.getAttribute('data-box');
    await cell.hover();
    await expect.poll(() => page.locator(`#${id}`).getAttribute('class')).toBe('box hot');
    const img = page.locator('.table-page .pv img').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.parse-report summary').first().textContent()).toContain('识别报告');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-tables.png'), fullPage: true });
  });

  it('says in Chinese why a failed document was not reviewed', async () => {
    await page.goto(url(`doc-${fx.ids.failed}.html`));
    expect(await page.locator('.reason .lead').textContent()).toBe('此文件处理失败，没有经过审查。');
    expect(await page.locator('body').textContent()).not.toContain('没有发现问题');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-document-failed.png') });
  });

  it('shows a text document flag as its quoted line, readable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`doc-${fx.ids.text}.html`));
    expect(await page.locator('.flag .ln.cited mark').first().textContent()).toBe('公务用车运行维护费9.50万元');
    // Nothing wider than the phone screen except inside scrollable boxes.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-document-text-phone.png'), fullPage: true });
    for (const name of ['index.html', 'flags.html', `doc-${fx.ids.pdf}-tables.html`]) {
      await page.goto(url(name));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(0);
    }
    await page.goto(url('index.html'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-index-phone.png'), fullPage: true });
  });
});
