import { defineRule, type FlagDraft } from '../rule.js';
import { fieldEvidence } from '../projects.js';

const years = (s: string | null) => [...(s ?? '').matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));

export const projectPeriodConflict = defineRule({
  meta: {
    id: 'project-period-conflict',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '项目实施时间应与起止时间一致，起始时间不应晚于终止时间。',
      en: "A project's stated period (项目实施时间) agrees with its start and end (起/止), and the start is not after the end.",
    },
    message: '项目“{project}”的项目实施时间写作“{period}”，与起止时间（{start}至{end}）不一致。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      const from = years(p.startDate ?? p.startText)[0];
      const to = years(p.endDate ?? p.endText)[0] ?? from;
      if (from === undefined) continue;
      const ev = [fieldEvidence(p, 'period', p.periodText), fieldEvidence(p, 'start', p.startText), fieldEvidence(p, 'end', p.endText)];
      const range = `${p.startText ?? p.startDate}至${p.endText ?? p.endDate}`;
      if (p.startDate && p.endDate && p.startDate > p.endDate) {
        out.push({ subject: p.name, message: `项目“${p.name}”的起始时间（${p.startText}）晚于终止时间（${p.endText}）。`, expected: '起始不晚于终止', actual: range, evidence: ev });
        continue;
      }
      const stated = years(p.periodText);
      const outside = stated.filter((y) => y < from || y > to);
      if (!outside.length) continue;
      out.push({
        subject: p.name,
        message: `项目“${p.name}”的项目实施时间写作“${p.periodText}”，与起止时间（${range}）不一致。`,
        expected: from === to ? `${from}年` : `${from}年至${to}年`,
        actual: p.periodText,
        evidence: ev,
      });
    }
    return out;
  },
});
