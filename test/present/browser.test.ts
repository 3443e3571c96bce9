import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/present/report/index.js';
import { ARTIFACTS, launchChromium } from './helpers/browser.js';
import { buildFixture, type Fixture } from './helpers/fixture-db.js';

let fx: Fixture;
let site: string;
let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-browser-'));
  fx = buildFixture(dir);
  site = path.join(dir, 'site');
  await writeReport(fx.dbPath, site, { baseDirs: [dir] });
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

const visibleRows = (p: Page) => p.locator('#docs tbody tr:visible').count();

describe('review site in chromium', () => {
  it('opens the index from disk, filters and sorts', async () => {
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await expect.poll(() => visibleRows(page)).toBe(4);
    await expect.poll(() => page.locator('#f-count').textContent()).toBe('显示 4 / 4 份');
    await page.fill('#f-q', '洛阳');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.fill('#f-q', '');
    await page.check('#f-errors');
    await expect.poll(() => visibleRows(page)).toBe(2);
    await page.uncheck('#f-errors');
    await page.selectOption('#f-type', 'final_accounts');
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.selectOption('#f-type', '');
    await page.click('th button[data-col="1"]');
    expect(await page.locator('#docs tbody tr:visible td[data-label="年度"]').first().textContent()).toBe('2021');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-index.png'), fullPage: true });
  });

  it('follows a document link to a flag with its outlined page picture', async () => {
    await page.click(`a[href="doc-${fx.ids.pdf}.html"]`);
    await page.waitForURL(/doc-\d+\.html$/);
    const flag = page.locator('.flag.error').first();
    await expect.poll(() => flag.locator('.message').textContent()).toBe('类“社会保障和就业支出”的金额不等于其下各款之和。');
    const img = flag.locator('.page-pic img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await page.click('.sev-filter button[data-sev="warning"]');
    expect(await page.locator('.flag.error').isVisible()).toBe(false);
    expect(await page.locator('.flag.warning').isVisible()).toBe(true);
    await page.click('.sev-filter button[data-sev="all"]');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-document-pdf.png'), fullPage: true });
  });

  it('shows a text document flag as its quoted line, readable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(pathToFileURL(path.join(site, `doc-${fx.ids.text}.html`)).href);
    expect(await page.locator('.flag .ln.cited mark').first().textContent()).toBe('公务用车运行维护费9.50万元');
    // Nothing wider than the phone screen except inside scrollable boxes.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-document-text-phone.png'), fullPage: true });
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-index-phone.png'), fullPage: true });
  });
});
