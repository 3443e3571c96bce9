/**
 * End to end on the real Luoyang 2021 budget (text): what the catalogue must flag and what it must leave alone.
 * Known truth, checked by hand: the shares, the year-over-year statements of the totals and of 三公, and the
 * table sums are right; the problems below are real.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/text/ingest-text.js';
import { layoutDocument } from '../../src/layout/index.js';
import type { DocumentFacts, Flag } from '../../src/model/index.js';
import { recogniseDocument } from '../../src/recognise/index.js';
import { reconcileDocument } from '../../src/reconcile/index.js';

const NAME = '洛阳高新区人力资源和社会保障局2021年部门预算.txt';
const PATH = `/work/shared/corpus/text/${NAME}`;

let facts: DocumentFacts;
let flags: Flag[];
const of = (rule: string) => flags.filter((f) => f.rule === rule);
const subjects = (rule: string) => of(rule).map((f) => f.subject);

beforeAll(() => {
  facts = recogniseDocument(layoutDocument(ingestText(readFileSync(PATH), NAME)));
  flags = reconcileDocument(facts);
});

describe('Luoyang 2021 budget: real problems are flagged', () => {
  it('the 1000% satisfaction target of 招才引智经费 is an error', () => {
    expect(of('indicator-percent-over-100')).toEqual([expect.objectContaining({ severity: 'error', subject: '招才引智经费', actual: '1000%' })]);
  });
  it('2080101 and 2080102 carry different names in the two function tables', () => {
    expect(subjects('code-name-conflict').map((s) => s.slice(0, 7)).sort()).toEqual(['2080101', '2080102']);
    expect(of('code-name-conflict')[0].message).toMatch(/人力资源和社会保障管理事务.*行政运行/);
  });
  it('the tables the 目录 lists but the document lacks', () => {
    expect(subjects('listed-table-missing')).toEqual([
      '一、部门收支总体情况表',
      '二、部门收入总体情况表',
      '六、支出预算分类汇总表（按支出经济分类）',
      '八、政府性基金预算支出情况表',
      '九、国有资本经营预算收支情况表',
      '十、部门支出绩效目标表',
    ]);
  });
  it('phones printed as 1.39E+10', () => {
    expect(subjects('spreadsheet-mangled-field').sort()).toEqual(['专场招聘会工作经费', '公岗人员劳务派遣管理费', '建档立卡贫困户转移就业务工奖励'].sort());
  });
  it('项目实施时间 fields that contradict 起/止', () => {
    expect(subjects('project-period-conflict').sort()).toEqual(['办公补助经费', '职业年金虚账记实缴费', '软件维护费经费'].sort());
  });
  it('project annual funds that do not add up to 项目支出 3104.97万元', () => {
    expect(of('project-funds-vs-total')).toEqual([expect.objectContaining({ expected: '3,104.97万元', actual: '3,081.86万元' })]);
  });
  it('cost indicators that disagree with the funds (社保专干补贴: 37.056 vs 2.88 / 0.96)', () => {
    const f = of('cost-indicator-vs-funds').find((x) => x.subject === '社保专干补贴');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toMatch(/37\.056万元.*2\.88万元.*12\.352万元.*0\.96万元/);
  });
  it('the 机关运行经费 statement: 92.64 up 57.27 means 35.37 before and +161.92%, not 160.42%', () => {
    expect(of('claim-yoy')).toEqual([expect.objectContaining({ severity: 'error', expected: '161.92%', actual: '160.42%' })]);
  });
  it('one unmeasurable-indicator flag per project, not one per indicator', () => {
    const s = subjects('indicator-unmeasurable');
    expect(new Set(s).size).toBe(s.length);
    expect(s).toContain('第一书记驻村补贴费');
  });
});

describe('Luoyang 2021 budget: correct figures are not flagged', () => {
  it('no flag at all on the shares, the totals’ and 三公 year-over-year statements, or the table sums', () => {
    const quiet = [
      'claim-share',
      'share-over-100',
      'rate-on-zero-base',
      'yoy-reason-missing',
      'claim-vs-table',
      'claim-repeated-differs',
      'three-public-text-vs-table',
      'three-public-sum',
      'income-expenditure-balance',
      'row-split-sum',
      'code-hierarchy-sum',
      'table-total-sum',
      'code-amount-conflict',
      'cross-table-totals',
      'unit-confusion',
      'project-count-vs-grids',
      'quantity-times-rate',
    ];
    const noisy = flags.filter((f) => quiet.some((q) => f.rule.startsWith(q)));
    expect(noisy).toEqual([]);
    expect(of('claim-yoy').map((f) => f.subject)).toEqual(['机关运行经费支出预算']);
  });
  it('the only errors are the 1000% target and the 机关运行经费 rate', () => {
    expect(flags.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(['claim-yoy', 'indicator-percent-over-100']);
  });
  it('the checks above did run: a changed share, 三公 figure or sum is caught', () => {
    const share = structuredClone(facts);
    share.claims.find((c) => c.metric === 'basic_share')!.percent = '59.90';
    expect(reconcileDocument(share).some((f) => f.rule === 'claim-share' && f.severity === 'error')).toBe(true);

    const yoy = structuredClone(facts);
    yoy.claims.find((c) => c.metric === 'yoy_change' && c.basis === 'three_public_total')!.percent = '81.23'; // 90.23% would be within the rounding of 0.5 and 5.2
    expect(reconcileDocument(yoy).some((f) => f.rule === 'claim-yoy' && f.subject.includes('三公'))).toBe(true);

    const tp = structuredClone(facts);
    const reception = tp.threePublic.find((f) => f.source === 'table' && f.item === 'reception')!;
    reception.amount = { ...reception.amount, text: '0.60', fen: 600_000 };
    const rules = reconcileDocument(tp).map((f) => f.rule);
    expect(rules).toContain('three-public-text-vs-table');
    expect(rules).toContain('three-public-sum');

    const sum = structuredClone(facts);
    const cell = sum.tables.find((t) => t.kind === 'gpb_expenditure')!.lineItems.find((i) => i.code === '2080101' && i.measure === 'wages')!;
    cell.amount = { ...cell.amount, text: '248.35', fen: 248_350_000 };
    const r = reconcileDocument(sum).map((f) => f.rule);
    expect(r).toContain('row-split-sum');
    expect(r).toContain('code-amount-conflict');
  });
});

describe('Luoyang 2021 budget: every flag is readable and traceable', () => {
  it('has a subject, a one-sentence message and evidence with line numbers', () => {
    expect(flags.length).toBeGreaterThan(20);
    for (const f of flags) {
      expect(f.subject.length).toBeGreaterThan(0);
      expect(f.message).toMatch(/。$/);
      expect(f.message).not.toMatch(/undefined|null|NaN|\[object/);
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e.line).toBeGreaterThan(0);
    }
  });
});
