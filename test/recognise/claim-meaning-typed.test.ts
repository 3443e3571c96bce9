/**
 * Every narrative figure gets one closed, typed meaning (ClaimMeaning) from the figure lexicon: the statement
 * (level, share, change …), the figure by subject, fund, side and measure, the whole it is a part of, and what a
 * change is against. Reconcile compares by these fields alone; these tests read real documents (the Luoyang
 * seed text; pages of real PDFs cut at test time) and check the fields a reviewer would.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMeaning, type Claim } from '../../src/model/index.js';
import { processPages } from '../corpus-pages.js';
import { LUOYANG, textFacts, WANLI } from '../helpers.js';

const { claims } = textFacts(LUOYANG);
const at = (list: readonly Claim[], amount: string, metric?: string) => list.find((c) => c.amount?.text === amount && (!metric || c.metric === metric))!;
const run = async (src: string, pages: number[]) => {
  return (await processPages(src, pages)).facts!.claims;
};

describe('claim-meaning-typed', () => {
  it('every claim the recogniser reads carries a meaning that parses as the closed schema', () => {
    expect(claims.length).toBeGreaterThan(40);
    for (const c of claims) expect(ClaimMeaning.safeParse(c.meaning).success).toBe(true);
  });

  it('a total and its parts: 支出合计 7723.46 is the department total, 基本支出 a part of it with its share', () => {
    // '2021 年支出合计 7723.46 万元，其中：基本支出 4618.49 万元，占 59.80%'
    expect(at(claims, '7723.46', 'expenditure_total').meaning).toMatchObject({ statement: 'level', figure: { subject: 'department', fund: 'all', side: 'expenditure', measure: 'total' } });
    const share = claims.find((c) => c.percent === '59.80')!;
    expect(share.meaning).toMatchObject({
      statement: 'share',
      figure: { subject: 'department', fund: 'all', measure: 'basic' },
      basis: { subject: 'department', fund: 'all', side: 'expenditure', measure: 'total' },
    });
  });

  it('a fund is a field, not words: 一般公共预算基本支出 is the general budget basic, 一般公共预算收入 income of that fund', () => {
    expect(claims.find((c) => c.subject === '一般公共预算基本支出')!.meaning!.figure).toEqual({ subject: 'department', fund: 'gpb', side: 'expenditure', measure: 'basic' });
    expect(at(claims, '7723.46', 'gpb_income').meaning!.figure).toEqual({ subject: 'department', fund: 'gpb', side: 'income', measure: 'total' });
    // A 类 under the general-budget sentence is of that fund, with its code.
    expect(at(claims, '6238.68', 'function_class_amount').meaning!.figure).toEqual({ subject: 'function_class', code: '208', measure: 'total', fund: 'gpb' });
  });

  it('a change is against last year and says what changed: 三公 减少 5.2 万元, 下降 91.23%', () => {
    const [total, reception] = claims.filter((c) => c.percent === '91.23' && c.metric === 'yoy_change');
    expect(total.meaning).toMatchObject({ statement: 'change', against: 'prior_year', changed: { subject: 'three_public', item: 'total' } });
    // '（三）公务接待费0.5万元，…比2020年预算数减少5.2万元，下降91.23%，主要原因：…'
    expect(reception.meaning).toMatchObject({ statement: 'change', changed: { subject: 'three_public', item: 'reception' }, reasoned: true });
  });

  it('near miss: a line no table prints (机关运行经费) is a named line, not a total, though its words hold 支出预算', () => {
    expect(at(claims, '92.64').meaning!.figure).toMatchObject({ subject: 'named', line: 'admin_running_cost' });
  });

  it('a 类 after 项目支出…其中 is the 类’s project part, not its total (长沙市公安局 pp. 8-9)', async () => {
    const c = at(await run('wide/长沙/公安局_2026年部门预算.pdf', [1, 8, 9]), '40230.95');
    expect(c.meaning).toMatchObject({ statement: 'level', figure: { subject: 'function_class', code: '204', measure: 'project' } });
  });

  it('near miss: the same 类 words under a 政府性基金 heading are that fund’s (杭州市交通运输局 p. 14)', async () => {
    const c = (await run('wide/杭州/交通运输局_2026年部门预算.pdf', [1, 13, 14])).find((x) => x.subject === '城乡社区（类）支出')!;
    expect(c.meaning!.figure).toEqual({ subject: 'function_class', code: '212', measure: 'total', fund: 'gov_fund' });
  });

  it('the phase is a field: 支出预算 is budget, 年初预算 initial_budget (普陀区万里街道 and Luoyang texts)', () => {
    const wanli = textFacts(WANLI).claims;
    expect(at(wanli, '18976.76', 'expenditure_total').meaning!.phase).toBe('budget');
    // '2021 年一般公共预算支出年初预算为 7723.46 万元'
    expect(claims.find((c) => c.subject === '一般公共预算支出年初预算')!.meaning!.phase).toBe('initial_budget');
    // '一般公共预算' names a fund, not the budget phase: '一般公共预算收入' has no phase.
    expect(at(claims, '7723.46', 'gpb_income').meaning!.phase).toBeNull();
  });
});
