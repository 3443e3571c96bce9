import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt } from '../evidence.js';
import { tableTitleKey } from '../../vocab/table-titles.js';
import type { DocumentFacts, ListedTable } from '../../model/index.js';

function present(facts: DocumentFacts, listed: ListedTable): boolean {
  if (listed.kind === 'project_performance' && facts.projects.some((p) => p.scope !== 'department')) return true;
  if (listed.kind === 'dept_performance' && facts.projects.some((p) => p.scope === 'department')) return true;
  if (listed.kind !== 'other' && facts.tables.some((t) => t.kind === listed.kind)) return true;
  const k = tableTitleKey(listed.title);
  return k.length > 0 && facts.tables.some((t) => {
    const tk = tableTitleKey(t.title);
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
    const missing = facts.listedTables.filter((l) => l.entry === 'table' && !present(facts, l));
    // A file with no table at all is the narrative half of a disclosure published in two files (Beijing's
    // 附件1 情况说明 and 附件2 报表): its 目录 lists the other file's tables. That is not a missing table.
    if (missing.length && !facts.tables.length && !facts.projects.length) {
      return [
        {
          subject: facts.meta.title ?? '目录',
          variant: 'unresolved',
          message: `目录列出了${missing.length}张表，但本文件一张表也没有，像是只含情况说明、表格另成一个文件发布；无法核对这些表是否公开。`,
          expected: '文件中有目录所列的表',
          actual: missing.map((l) => l.title).join('、'),
          evidence: missing.map((l) => evidenceAt(l.place, l.title)),
        },
      ];
    }
    for (const listed of missing) {
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
