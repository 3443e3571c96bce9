import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { nameKey } from '../../util/cjk.js';
import type { DocumentFacts, ListedTable } from '../../model/index.js';

/** A table title without its numbering and year: '五、一般公共预算支出情况表' -> '一般公共预算支出情况表'. */
export function titleKey(title: string): string {
  return nameKey(title)
    .replace(/^[一二三四五六七八九十]+[、.]?|^\d+[、.]/, '')
    .replace(/^(附件\d*|附表\d*)/, '')
    .replace(/^(\d{4}年度?)/, '')
    .replace(/^.*?(?=部门|财政|一般|政府|国有|支出|收入|预算)/, '');
}

function present(facts: DocumentFacts, listed: ListedTable): boolean {
  if (listed.kind === 'project_performance' && facts.projects.some((p) => p.scope !== 'department')) return true;
  if (listed.kind === 'dept_performance' && facts.projects.some((p) => p.scope === 'department')) return true;
  if (listed.kind !== 'other' && facts.tables.some((t) => t.kind === listed.kind)) return true;
  const k = titleKey(listed.title);
  return k.length > 0 && facts.tables.some((t) => {
    const tk = titleKey(t.title);
    return tk.length > 0 && (tk.includes(k) || k.includes(tk));
  });
}

export const listedTableMissing = defineRule({
  meta: {
    id: 'listed-table-missing',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '目录中列出的表应在文件中出现。',
      en: 'Every table the table of contents lists is present in the document.',
    },
    message: '目录列出了“{title}”，但文件中没有这张表。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const listed of facts.listedTables) {
      if (present(facts, listed)) continue;
      out.push({
        subject: listed.title,
        message: `目录列出了“${listed.title}”，但文件中没有这张表。`,
        expected: '文件中有此表',
        actual: '未找到',
        evidence: [evidenceAt(listed.place, listed.title)],
      });
    }
    return out;
  },
});
