import { BOTH, defineRule, type FlagDraft } from '../rule.js';
import { codedRows, codeNameKey, sameCodeName } from '../codes.js';
import { evidenceAt } from '../evidence.js';
import { listZh, q } from '../format.js';
import type { BudgetTable, Place } from '../../model/index.js';

export const codeNameConflict = defineRule({
  meta: {
    id: 'code-name-conflict',
    severity: 'warning',
    docTypes: BOTH,
    description: {
      zh: '同一科目编码在文件中只能有一个名称（忽略空格、括号内的限定语和被截断的名称）。',
      en: 'One classification code carries one name throughout the document (ignoring spaces, bracketed qualifiers and names cut short).',
    },
    message: '科目编码{code}在{where}中的名称不一致：{names}。',
  },
  check(facts, ctx) {
    const seen = new Map<string, { name: string; table: BudgetTable; place: Place }[]>();
    // Only a standard table's rows are the classification itself: in other tables (政府采购预算表, project lists)
    // a code tags a row named for what is bought or done (应急管理局: 2240106 beside 监控管理系统), and a blank
    // name is no name at all.
    for (const table of facts.tables.filter((t) => t.kind !== 'other')) {
      for (const row of codedRows(ctx.rows(table)).filter((r) => codeNameKey(r.name) !== '')) {
        const k = `${row.classification}|${row.code}`;
        const list = seen.get(k) ?? [];
        list.push({ name: row.name, table, place: row.items[0].amount.place });
        seen.set(k, list);
      }
    }
    const out: FlagDraft[] = [];
    for (const [k, uses] of seen) {
      const code = k.split('|')[1];
      // Cluster the names; one cluster per distinct meaning.
      const clusters: (typeof uses)[] = [];
      for (const u of uses) {
        const c = clusters.find((cl) => sameCodeName(cl[0].name, u.name));
        if (c) c.push(u);
        else clusters.push([u]);
      }
      if (clusters.length < 2) continue;
      const named = clusters.map((cl) => `${listZh([...new Set(cl.map((u) => `“${u.table.title}”`))])}中为${q(cl[0].name)}`);
      out.push({
        subject: `${code} ${clusters.map((cl) => cl[0].name).join(' / ')}`,
        message: `科目编码${code}的名称前后不一致：${named.join('，')}；同一编码在一份文件中应只有一个名称。`,
        expected: clusters[0][0].name,
        actual: clusters.slice(1).map((cl) => cl[0].name).join('；'),
        evidence: clusters.map((cl) => evidenceAt(cl[0].place, `${code} ${cl[0].name}（${cl[0].table.title}）`)),
      });
    }
    return out;
  },
});
