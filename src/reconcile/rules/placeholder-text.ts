import { BOTH, defineRule } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { listZh, q } from '../format.js';

export const placeholderText = defineRule({
  meta: {
    id: 'placeholder-text',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '文件中留有未填写的模板占位符（如XX、待填写）。',
      en: 'The document still carries template placeholders (XX, 待填写).',
    },
    message: '文件中有{count}处未填写的占位符：{texts}。',
  },
  check(facts) {
    if (!facts.placeholders.length) return [];
    const texts = [...new Set(facts.placeholders.map((p) => p.text))];
    return [
      {
        subject: facts.meta.title ?? facts.meta.department ?? '本文件',
        message: `文件中有${facts.placeholders.length}处未填写的占位符：${listZh(texts.map(q))}。`,
        expected: '已填写的内容',
        actual: texts.join('；'),
        evidence: facts.placeholders.map((p) => evidenceAt(p.place, p.text)),
      },
    ];
  },
});
