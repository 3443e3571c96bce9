import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { evidenceAt } from '../evidence.js';

/**
 * A table the document prints with figures that budgetlens found but could not read. Said once per table, so a
 * reader knows which figures the checks could not use (those checks are then unresolved, not passed).
 */
export const tableUnread = defineRule({
  meta: {
    id: 'table-unread',
    severity: 'info',
    docTypes: BOTH,
    description: {
      zh: '文件中印有数字、但未能读出的表，列出其标题和页码；依赖这些表的核对视为无法判断。',
      en: 'A table whose pages print figures that could not be read is named with its page; checks that need it are unresolved.',
    },
    message: '“{title}”（第{page}页）印有数字，但未能读出，相关核对无法进行。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    for (const table of facts.tables) {
      if (table.readStatus !== 'unread') continue;
      const page = table.pageFrom ?? table.place.page;
      out.push({
        subject: table.title,
        message: `“${table.title}”${page ? `（第${page}页）` : ''}印有数字，但未能读出，相关核对无法进行。`,
        expected: '读出表中数字',
        actual: '未读出',
        evidence: [evidenceAt(table.place, table.title)],
      });
    }
    return out;
  },
});
