import { describe, expect, it } from 'vitest';
import { indicatorUnmeasurable as rule } from '../../../src/reconcile/rules/indicator-unmeasurable.js';
import { facts, indicator, project, runRule } from '../builders.js';

describe('indicator-unmeasurable', () => {
  it('fires once per project, listing every unmeasurable indicator once (mid-term and annual copies joined)', () => {
    const p = project({
      name: '公开招聘费用',
      indicators: [
        indicator({ horizon: 'mid_term', name: '招聘工作', target: '有序推进', level2: '时效指标' }),
        indicator({ horizon: 'annual', name: '招聘工作', target: '有序推进', level2: '时效指标' }),
        indicator({ name: '充实我区人才力量', target: '逐步提高', level2: '社会效益指标' }),
        indicator({ name: '公开招聘人员满意度', target: '≥90%', level2: '服务对象满意度指标' }),
      ],
    });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'indicator-unmeasurable', severity: 'warning', subject: '公开招聘费用' });
    expect(flags[0].message).toContain('有2个绩效指标');
    expect(flags[0].evidence).toHaveLength(3);
  });
  it('does not fire on numbers, dates, yes/no, a value written into the indicator, or "不涉及"', () => {
    const p = project({
      name: '档案管理经费',
      indicators: [
        indicator({ name: '更换档案柜', target: '50个' }),
        indicator({ name: '完成时间', target: '当年12月前', level2: '时效指标' }),
        indicator({ name: '补贴按月发放', target: '是' }),
        indicator({ name: '参评人员对评审满意度达到99.99%', target: null, level2: '服务对象满意度指标' }),
        indicator({ name: '本项目不涉及经济', target: '无', level2: '经济效益指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
});

describe('indicator-unmeasurable on qualitative indicators (指标性质 定性)', () => {
  it('takes a grade (优/良好) as measurable whatever the grid says, and 符合/达到… only where it says 定性', () => {
    const p = project({
      name: '法律援助办案补贴',
      indicators: [
        indicator({ name: '保障弱势群体权益', target: '良好', nature: 'qualitative', level2: '社会效益指标' }),
        indicator({ name: '调研成果质量', target: '优', level2: '质量指标' }),
        indicator({ name: '办案质量', target: '符合相关办法要求', nature: 'qualitative', level2: '质量指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
  it('still fires on vague words under 定性 (效果明显), while 完成 is an attainment except as a 数量指标\'s target', () => {
    const p = project({
      name: '司法行政业务会议',
      indicators: [
        indicator({ name: '促进业务质量提升', target: '效果明显', nature: 'qualitative', level2: '社会效益指标' }),
        indicator({ name: '按计划完成', target: '完成', level2: '时效指标' }),
        // …except where a count is due: 完成 as a 数量指标's target (Luoyang 第一书记驻村补贴费) has no number.
        indicator({ name: '加强党建、巩固脱贫工作', target: '完成', level2: '数量指标' }),
      ],
    });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('有2个绩效指标');
    expect(flags[0].message).toContain('加强党建');
  });
  it('does not take a grade with the unit column’s word or a comment, a deadline, or a header row for a vague target', () => {
    const p = project({
      name: '无线电技术设施',
      indicators: [
        indicator({ name: '无线电管理社会认可度', target: '优其他', level2: '社会效益指标' }),
        indicator({ name: '研究成果验收通过率', target: '优，通过全部专家评审', level2: '质量指标' }),
        indicator({ name: '完成时间', target: '年底前完成', level2: '时效指标' }),
        indicator({ name: '三级指标', target: '本年绩效指标值绩效度量单位', level2: '二级指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
});

describe('indicator-level-grade-qualitative', () => {
  it('takes 高/中/低 as the grade of an indicator the grid marks 定性 (Beijing 社会效益指标 社会影响力 | 定性 | 高)', () => {
    const p = project({
      name: '学生资助—研究生国家助学金',
      indicators: [
        indicator({ name: '社会影响力', target: '高', nature: 'qualitative', level2: '社会效益指标' }),
        indicator({ name: '网络稳定性', target: '高其他', nature: 'qualitative', level2: '质量指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
  it('near miss: 高 where the grid does not say 定性, and 显著 under 定性, still fire', () => {
    const p = project({
      name: '水利工程运行维护',
      indicators: [
        indicator({ name: '社会影响力', target: '高', level2: '社会效益指标' }),
        indicator({ name: '提升网络管理水平', target: '显著', nature: 'qualitative', level2: '社会效益指标' }),
      ],
    });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('有2个绩效指标');
  });
});

describe('indicator-unmeasurable on targets checked against a reference or by pass/fail', () => {
  it('takes 不超过预算, ≦核定人数, 满意, 合规得满分…不得分 and a grade with its unit column (良好 人) as measurable', () => {
    const p = project({
      name: '环境执法经费',
      indicators: [
        indicator({ name: '是否超过预算', target: '不超过预算', level2: '成本指标' }),
        indicator({ name: '实际支出不超预算', target: '实际支出不超预算金额', level2: '成本指标' }),
        indicator({ name: '项目专职环保员数量', target: '≦核定人数', level2: '数量指标' }),
        indicator({ name: '主管部门满意度', target: '满意', level2: '服务对象满意度指标' }),
        indicator({ name: '资金使用合规性', target: '考察是否符合规范，合规得满分，不合规不得分', level2: '质量指标' }),
        indicator({ name: '受资助大学生生活条件', target: '良好人', nature: 'qualitative', level2: '社会效益指标' }),
        indicator({ name: '为决策提供支撑', target: '优（为相关领域研究、政策制定等提供参考）', nature: 'qualitative', level2: '社会效益指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
  it('still fires on a direction word against the budget (预算执行率提高) and on 不满意度降低', () => {
    const p = project({
      name: '环境执法经费',
      indicators: [
        indicator({ name: '预算执行', target: '预算执行水平提高', level2: '成本指标' }),
        indicator({ name: '投诉情况', target: '不满意度降低', level2: '服务对象满意度指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))[0].message).toContain('有2个绩效指标');
  });
});

describe('indicator-attainment-target-measurable', () => {
  it('takes an attainment target naming its reference (符合…标准, 按要求完成, 按期出版, 及时足额发放, 通过验收) as measurable', () => {
    const p = project({
      name: '考试院等级保护测评项目',
      indicators: [
        indicator({ name: '系统安全性', target: '符合网络安全法要求，达到备案等级标准', level2: '质量指标' }),
        indicator({ name: '检验检测任务完成情况', target: '按要求完成上级下达检验检测任务的', level2: '质量指标' }),
        indicator({ name: '报纸期刊出版', target: '按期出版', level2: '时效指标' }),
        indicator({ name: '发放助学金质量', target: '奖助学金及时足额发给学生', level2: '质量指标' }),
        indicator({ name: '总结报告通过专家评审', target: '通过专家验收', level2: '质量指标' }),
        indicator({ name: '进度', target: '全部完成', level2: '时效指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))).toEqual([]);
  });
  it('still fires where those words sit inside a vague sentence or name no reference (符合…需求, 进一步提高…水平)', () => {
    const p = project({
      name: '部门整体支出',
      indicators: [
        indicator({ name: '视频质量', target: '符合主流视频拍摄剪辑需求', level2: '质量指标' }),
        indicator({ name: '食品安全协同监管', target: '建成后，提升首都食品安全协同监管效能。达到相关能力提升的要求', level2: '社会效益指标' }),
        indicator({ name: '监管水平', target: '进一步提高市场监管执法水平，确保按要求完成', level2: '社会效益指标' }),
      ],
    });
    expect(runRule(rule, facts({ projects: [p] }))[0].message).toContain('有3个绩效指标');
  });
});
