import { defineRule, type FlagDraft } from '../rule.js';
import { fieldEvidence } from '../projects.js';
import type { Project } from '../../model/index.js';

/** A number a spreadsheet rewrote in scientific notation: 1.39E+10. */
const SCIENTIFIC = /^\s*\d+(?:\.\d+)?\s*[eE]\s*\+?\s*\d+\s*$/;

const FIELDS: [keyof Project & string, string][] = [
  ['phone', '联系电话'],
  ['manager', '项目负责人'],
  ['periodText', '项目实施时间'],
  ['legalBasis', '项目立项依据'],
];

export const spreadsheetMangledField = defineRule({
  meta: {
    id: 'spreadsheet-mangled-field',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '字段被电子表格改写成科学计数法（如电话号码显示为1.39E+10），原内容已无法辨认。',
      en: 'A field a spreadsheet turned into scientific notation (a phone number printed as 1.39E+10); the original is lost.',
    },
    message: '项目“{project}”的{field}显示为“{value}”，已被电子表格转成科学计数法，无法辨认。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const p of facts.projects) {
      for (const [key, label] of FIELDS) {
        const v = p[key];
        if (typeof v !== 'string' || !SCIENTIFIC.test(v)) continue;
        out.push({
          subject: p.name,
          message: `项目“${p.name}”的${label}显示为“${v.trim()}”，已被电子表格转成科学计数法，原号码无法辨认。`,
          expected: `完整的${label}`,
          actual: v.trim(),
          evidence: [fieldEvidence(p, key === 'periodText' ? 'period' : key, v)],
        });
      }
    }
    return out;
  },
});
