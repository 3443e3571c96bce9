import { defineRule } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { claimQuantity, department, tableFigures } from '../claims.js';
import { compare, fromAmount, show, showDiff, showTol, sumOf } from '../quantity.js';
import { fundsOf } from '../projects.js';
import type { Project } from '../../model/index.js';

/** Below this share of 项目支出 the target forms are a selection of projects, not a listing with a gap. */
const SELECTION_SHARE = 0.9;

export const projectFundsVsTotal = defineRule({
  meta: {
    id: 'project-funds-vs-total',
    // The forms' sum is not a figure the document states: forms may list a selection of projects, transfer funds
    // the department passes on (转移支付, 提前下达补助) or one grid twice. A gap either way is a likely problem, not
    // two confidently read figures that contradict.
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '绩效目标表中各项目年度资金之和应等于支出表的项目支出合计。',
      en: "The projects' annual funds in the performance-target grids add up to the project expenditure total.",
    },
    message: '绩效目标表中{count}个项目的年度资金合计{sum}，与项目支出合计{total}不一致。',
  },
  check(facts, ctx) {
    if (!facts.projects.filter((p) => p.scope !== 'department').length) return [];
    const fig = tableFigures(facts, ctx, department('project'))[0];
    const claim = facts.claims.find((c) => /^project_expenditure$|^project$/.test(c.metric) && c.period === 'current' && c.amount?.text);
    const total = fig ? { q: fig.q, where: fig.where } : claim ? { q: claimQuantity(claim)!, where: '情况说明中的项目支出' } : null;
    if (!total) return [];
    const projects = facts.projects.filter((p) => p.scope !== 'department');
    const missing = projects.filter((p) => !fundsOf(p, 'annual'));
    const sumFor = (ps: readonly Project[]) =>
      sumOf(ps.flatMap((p) => {
        const a = fundsOf(p, 'annual');
        return a ? [fromAmount(a, `${p.name} 年度资金总额`)] : [];
      }), '各项目年度资金之和', total.q.unit);
    const sum = sumFor(projects);
    // Forms whose money is passed on (转移支付, 提前下达) are not the department's own 项目支出: the sum without
    // them closing is the reading that holds (Fuzhou 科技创新局: 70,957.85 less the 2,000 transfer = 68,957.85).
    const passedOn = projects.filter((p) => p.passedOn);
    if (passedOn.length && compare(total.q, sumFor(projects.filter((p) => !p.passedOn))) !== 'mismatch') return [];
    const verdict = compare(total.q, sum);
    if (verdict === 'equal') return [];
    const n = projects.length;
    const blank = missing.length ? `（其中${missing.map((p) => `“${p.name}”`).join('、')}未填年度资金）` : '';
    const said = `绩效目标表中${n}个项目的年度资金合计${show(sum, 2)}${blank}，与${total.where}（${show(total.q)}）`;
    const base = {
      subject: '项目支出',
      expected: show(total.q),
      actual: show(sum, 2),
      evidence: [...total.q.evidence.slice(0, 1), ...projects.map((p) => {
        const a = fundsOf(p, 'annual');
        return evidenceAt(a?.place ?? p.fieldPlaces.annual ?? p.place, `${p.name} 年度资金总额 ${a?.text ?? '空白'}`);
      })],
    };
    if (verdict === 'rounding') return [{ ...base, variant: 'rounding', message: `${said}相差${showDiff(total.q, sum)}，在四舍五入误差（±${showTol(total.q, sum)}）以内。` }];
    const short = sum.fen.lt(total.q.fen);
    // Targets covering under 90% of 项目支出 are a selection (Beijing publishes the forms of its key projects
    // only): whether every project had to be listed is not in the document, so the gap is unresolved. Forms
    // above 项目支出 hold money the department passes on (Fuzhou's 专项资金 forms of grants it hands out: both
    // judged cases FALSE); whether a form's money is the department's own the form does not say.
    const selection = short && sum.fen.lt(total.q.fen.times(SELECTION_SHARE));
    const unresolved = selection || !short;
    return [
      {
        ...base,
        ...(unresolved ? { variant: 'unresolved' as const } : {}),
        message: short
          ? selection
            ? `${said}相差${showDiff(total.q, sum)}：绩效目标表只列出了部分项目（不到项目支出的九成），无法判断是否应列出全部项目。`
            : `${said}相差${showDiff(total.q, sum)}，项目资金少于项目支出，可能有项目未列出或资金填写有误。`
          : `${said}相差${showDiff(total.q, sum)}：项目资金超过了项目支出，表中可能有转移支付等由本部门转拨的资金，无法判断各项目资金是否都属本部门的项目支出。`,
      },
    ];
  },
});
