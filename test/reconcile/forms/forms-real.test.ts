/**
 * The performance-form rules on real pages, cut from ../shared/corpus at test time and read by the real
 * pipeline (ingest, layout, recognise, reconcile): for each mechanism one page where the rule must fire and
 * one where it must not.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, processDocument } from '../../../src/process-document.js';
import type { Flag } from '../../../src/model/index.js';
import { cutPages } from '../../corpus-pages.js';

const GUANGZHOU = 'pdf/renwu/2026年广州市生态环境局部门预算.pdf';

async function flagsOf(rel: string, pages: number[]): Promise<Flag[]> {
  const pdf = await cutPages(rel, pages);
  const r = await processDocument(pdf, new Uint8Array(readFileSync(pdf)), defaultSettings({ ocr: 'never' }));
  return r.flags;
}
const subjects = (flags: readonly Flag[], rule: string) => flags.filter((f) => f.rule === rule).map((f) => f.subject);

describe('indicator-unmeasurable: a comparator against the budget is checkable (Guangzhou 是否超过预算 = 不超预算)', () => {
  let flags: Flag[] = [];
  beforeAll(async () => {
    flags = await flagsOf(GUANGZHOU, [1, 90, 116]);
  }, 60_000);
  it('does not fire on a project whose only such target is 不超预算 (p.90), and still fires on 提升 (p.116)', () => {
    const fired = subjects(flags, 'indicator-unmeasurable');
    expect(fired).not.toContain('土壤、固废污染防治经费');
    expect(fired).toContain('水与海洋生态环境监管一次性专项服务');
  });
});
