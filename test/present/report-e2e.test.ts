import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from './helpers/browser.js';
import { CORPUS } from '../../scripts/lib/corpus.js';

/**
 * End to end over real disclosures: the CLI ingests the 2021 Luoyang district budget (text) and two corpus
 * PDFs from ../shared/corpus (a 2026 budget and a 2019 final account), writes the review site, and chromium checks that every flag
 * on every document page shows its evidence: a loaded page picture or the cited lines.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const FILES = [
  path.join(repo, 'fixtures/documents/洛阳高新区人力资源和社会保障局2021年部门预算.txt'),
  path.join(CORPUS, 'pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf'),
  path.join(CORPUS, 'pdf/renwu/2026年佛山市交通运输局部门预算.pdf'),
];
const run = promisify(execFile);
async function cli(...args: string[]): Promise<{ stdout: string }> {
  try {
    return await run(process.execPath, [path.join(repo, 'bin/budgetlens.mjs'), ...args], { cwd: repo, maxBuffer: 16 << 20 });
  } catch (e) {
    const err = e as { code?: number; signal?: string; stderr?: string; stdout?: string };
    throw new Error(`budgetlens ${args[0]} failed (exit ${err.code ?? err.signal}): ${err.stderr || err.stdout}`);
  }
}

let dir: string;
let site: string;
let page: Page;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const missing = FILES.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`input files not found: ${missing.join(', ')}`);
  dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-e2e-'));
  const db = path.join(dir, 'batch.sqlite');
  site = path.join(dir, 'site');
  await cli('ingest', ...FILES, '--db', db, '--ocr', 'never');
  const { stdout } = await cli('report', '--db', db, '--out', site);
  expect(stdout).toMatch(/Wrote the review site for 3 documents/);
  const browser = await launchChromium();
  close = browser.close;
  page = await browser.context.newPage();
}, 480_000);

afterAll(async () => {
  await close?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface FlagCheck {
  id: string;
  pictures: number;
  loaded: number;
  citedLines: number;
}

async function checkFlags(p: Page): Promise<FlagCheck[]> {
  // Lazy images load once scrolled into view; make them eager so each can be checked.
  await p.evaluate(() => document.querySelectorAll('img').forEach((i) => i.setAttribute('loading', 'eager')));
  await p.waitForFunction(() => [...document.images].every((i) => i.complete), undefined, { timeout: 60_000 });
  return p.$$eval('.flag', (flags) =>
    flags.map((f) => {
      const imgs = [...f.querySelectorAll('.page-pic img')] as HTMLImageElement[];
      return {
        id: f.id,
        pictures: imgs.length,
        loaded: imgs.filter((i) => i.naturalWidth > 0).length,
        citedLines: f.querySelectorAll('.ln.cited').length,
      };
    }),
  );
}

describe('review site for a real batch', () => {
  it('shows every flag of every document with a page picture or its quoted lines', async () => {
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    const links = await page.$$eval('#docs tbody a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(3);
    let total = 0;
    for (const href of links) {
      await page.goto(href);
      expect(await page.locator('.note.warn').count()).toBe(0); // every source file was found and opened
      const flags = await checkFlags(page);
      total += flags.length;
      const bad = flags.filter((f) => f.loaded !== f.pictures || f.pictures + f.citedLines === 0);
      expect(bad, `flags without evidence on ${href}`).toEqual([]);
    }
    expect(total).toBeGreaterThan(0);
  }, 240_000);

  it('shows the Luoyang text flags as cited lines and keeps screenshots', async () => {
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-index.png'), fullPage: true });
    await page.click('a:has-text("洛阳")');
    expect(await page.locator('.flag .ln.cited').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-document-text.png') });
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    // The PDF with flags (the 司法局 budget has none once its tables are read right).
    await page.click('a:has-text("佛山")');
    const img = page.locator('.flag .page-pic img').first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-document-pdf.png') });
  }, 120_000);

  it('stays within the size budget of 1.5 MB per document (README; the wide corpus measured 1.04 MB)', () => {
    const bytes = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? bytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0);
    expect(bytes(site) / FILES.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });
});
