/**
 * The performance-form warnings other than unmeasurable targets, on real pages cut from ../shared/corpus at test
 * time and read by the real pipeline: for each mechanism one page where the rule must fire and one where it must not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../../src/model/index.js';
import { corpusFile } from '../../../scripts/lib/corpus.js';
import { processFile, processPages } from '../../corpus-pages.js';
import { tempDir } from '../../helpers.js';

async function read(rel: string, pages: number[]): Promise<DocumentResult> {
  return processPages(rel, pages);
}
const flagsOf = (r: DocumentResult, rule: string) => r.flags.filter((f) => f.rule === rule || f.rule.startsWith(`${rule}-`));

describe('duplicate-project: a repetition is the same entry printed again', () => {
  it('fires on one grid printed twice, same funds and targets (福州民政局 pp.28, 52: e福州留守困境儿童关爱帮扶专栏 21.50)', async () => {
    const r = await read('wide/福州/2026年福州市民政局部门预算.pdf', [28, 52]);
    expect(flagsOf(r, 'duplicate-project').map((f) => [f.rule, f.severity, f.subject])).toEqual([['duplicate-project', 'warning', 'e福州留守困境儿童关爱帮扶专栏']]);
  }, 60_000);
  it('near miss: one project code over two budget units’ entries with their own funds (北京医保局 pp.15, 19, 25: 23.70 and 471.09)', async () => {
    const r = await read('wide/北京/医疗保障局_2026年部门预算.pdf', [15, 19, 25]);
    const entries = r.facts!.projects.filter((p) => p.name === '医保信息化安全审计项目');
    expect(entries.map((p) => p.annual.total?.text ?? p.annual.fiscal?.text)).toEqual(['23.700000', '471.092320']);
    expect(flagsOf(r, 'duplicate-project').map((f) => [f.rule, f.severity])).toEqual([['duplicate-project-unresolved', 'info']]);
  }, 60_000);
});

describe('project-funds-vs-total: the forms of the department’s own projects against 项目支出', () => {
  it('fires on a near-complete listing with a gap (福州巡特警支队: 6 forms pp.24-29 sum to 1,320.70, 项目支出 p.10 1,370.70)', async () => {
    const r = await read('wide/福州/公安局_2026年度福州市公安局巡特警支队单位预算.pdf.pdf', [10, 24, 25, 26, 27, 28, 29]);
    expect(flagsOf(r, 'project-funds-vs-total').map((f) => [f.rule, f.severity, f.actual])).toEqual([['project-funds-vs-total', 'warning', '1,320.70万元']]);
  }, 60_000);
  it('near miss: a transfer payment’s form is not the department’s own 项目支出 (福州科技创新局: 70,957.85 less 市级科技创新专项（转移支付） 2,000 = 68,957.85, p.13)', async () => {
    const pages = [13, 27, ...Array.from({ length: 14 }, (_, i) => 29 + i)];
    const r = await read('wide/福州/2026年福州市科技创新局部门预算.pdf', pages);
    expect(r.facts!.projects.filter((p) => p.passedOn).map((p) => p.name)).toEqual(['市级科技创新专项（转移支付）']);
    expect(flagsOf(r, 'project-funds-vs-total')).toEqual([]);
  }, 60_000);
});

describe('project-required-fields: a field is required where the form prints its label', () => {
  it('fires on labels printed with nothing beside them (洛阳 软件维护费经费: 项目负责人, 联系电话, 年度资金总额)', async () => {
    // The form's lines of the Luoyang text extraction, written to a temp file as the text path reads it.
    const lines = readFileSync(corpusFile('text/洛阳高新区人力资源和社会保障局2021年部门预算.txt'), 'utf8').split('\n');
    const from = lines.findIndex((l) => /^项目名称\s+软件维护费经费/.test(l));
    const path = join(tempDir('required-fields-'), 'form.txt');
    writeFileSync(path, ['高新区财政项目支出绩效目标申报审核表', '', ...lines.slice(from, from + 23)].join('\n'));
    const r = await processFile(path);
    const f = flagsOf(r, 'project-required-fields');
    expect(f.map((x) => [x.rule, x.severity, x.subject])).toEqual([['project-required-fields', 'warning', '软件维护费经费']]);
    expect(f[0].actual).toContain('项目负责人');
  }, 60_000);
  it('near miss: Fuzhou’s short grid prints no 负责人, 电话, 概况 or 中期 fields (生态环境局 p.23, the document’s one form)', async () => {
    const r = await read('wide/福州/生态环境局_2026年部门预算.pdf', [23]);
    expect(r.facts!.projects.map((p) => [p.name, p.annual.total?.text])).toEqual([['环境管理监察监测经费', '306.00']]);
    expect(flagsOf(r, 'project-required-fields')).toEqual([]);
  }, 60_000);
});

describe('quantity-times-rate: a head count times a per-head rate against the funds', () => {
  it('fires on a monthly rate (月人均) whose product exceeds the funds (福州交警 p.30: 900人 × 710元 × 12 = 766.80 against 752.32)', async () => {
    const r = await read('wide/福州/公安局交通警察局_2026年部门预算.pdf', [30]);
    expect(flagsOf(r, 'quantity-times-rate').map((f) => [f.severity, f.expected])).toEqual([['warning', '766.80万元']]);
  }, 60_000);
  it('near miss: a count after 每 is the rate’s unit (福州民政局 p.51: 每服务1名自闭症儿童满1个月给予300元)', async () => {
    const r = await read('wide/福州/2026年福州市民政局部门预算.pdf', [51]);
    expect(r.facts!.projects[0].annualGoal).toContain('每服务1名自闭症儿童');
    expect(flagsOf(r, 'quantity-times-rate')).toEqual([]);
  }, 60_000);
});
