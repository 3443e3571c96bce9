import { html, type Markup } from './html.js';
import { documentTitle } from './index-page.js';
import type { DocumentRow, ReportDb } from './read.js';

/**
 * Every flag of every document on one page. The flags travel as data (flags-data.js, loaded by a script tag so
 * the site still works from disk) and assets/report.js filters, sorts and pages them: a batch of thousands of
 * documents has hundreds of thousands of flags, far more than one HTML table should hold.
 */

const SEVERITIES = ['error', 'warning', 'info'];

export interface FlagsData {
  /** [id, title, region, year, department] per document that has flags. */
  docs: [number, string, string, number | null, string][];
  rules: string[];
  /** [flag id, document id, severity index, rule index, subject, message] */
  flags: [number, number, number, number, string, string][];
}

export function flagsData(db: ReportDb, docs: DocumentRow[]): FlagsData {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const used = new Set<number>();
  const flags: FlagsData['flags'] = [];
  for (const f of db.allFlags()) {
    if (!byId.has(f.document_id)) continue;
    let r = ruleIndex.get(f.rule);
    if (r === undefined) ruleIndex.set(f.rule, (r = rules.push(f.rule) - 1));
    const s = SEVERITIES.indexOf(f.severity);
    flags.push([f.id, f.document_id, s < 0 ? 2 : s, r, String(f.subject), String(f.message)]);
    used.add(f.document_id);
  }
  return {
    docs: [...used].map((id) => {
      const d = byId.get(id)!;
      return [id, documentTitle(d), d.region ?? '', d.fiscal_year, d.department ?? ''];
    }),
    rules,
    flags,
  };
}

/** A script that sets the data; `</` is escaped so text from documents cannot close the script. */
export function flagsScript(data: FlagsData): string {
  return `window.BUDGETLENS_FLAGS = ${JSON.stringify(data).replace(/<\//g, '<\\/').replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))};\n`;
}

export function flagsBody(data: FlagsData): Markup {
  const count = (s: number) => data.flags.filter((f) => f[2] === s).length;
  const regions = [...new Set(data.docs.map((d) => d[2]).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const depts = [...new Set(data.docs.map((d) => d[4]).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const ruleCounts = data.rules.map((r, i) => [r, data.flags.filter((f) => f[3] === i).length] as const).sort((a, b) => b[1] - a[1]);
  return html`<nav class="crumbs"><a href="index.html">← 全部文件</a></nav>
<h1>全部问题</h1>
<p class="summary">${data.docs.length} 份文件中的 ${data.flags.length} 个问题：<span class="badge error">错误 ${count(0)}</span> <span class="badge warning">警告 ${count(1)}</span> <span class="badge info">提示 ${count(2)}</span></p>
<form class="filters" id="flag-filters" onsubmit="return false">
<label>搜索问题文字 <input type="search" id="g-q" placeholder="主题或说明中的文字"></label>
<label>规则 <select id="g-rule"><option value="">全部</option>${ruleCounts.map(([r, n]) => html`<option value="${data.rules.indexOf(r)}">${r}（${n}）</option>`)}</select></label>
<label>严重程度 <select id="g-sev"><option value="">全部</option><option value="0">错误</option><option value="1">警告</option><option value="2">提示</option></select></label>
<label>地区 <select id="g-region"><option value="">全部</option>${regions.map((r) => html`<option value="${r}">${r}</option>`)}</select></label>
<label>部门 <input type="search" id="g-dept" list="g-dept-list" placeholder="全部"></label>
<datalist id="g-dept-list">${depts.map((d) => html`<option value="${d}">`)}</datalist>
<label>排序 <select id="g-sort"><option value="sev">严重程度</option><option value="rule">规则</option><option value="dept">部门</option><option value="subject">主题</option></select></label>
<output id="g-count" aria-live="polite"></output>
</form>
<div class="table-wrap"><table class="all-flags" id="all-flags" data-page-size="100">
<thead><tr><th scope="col">严重程度</th><th scope="col">规则</th><th scope="col">部门</th><th scope="col">主题</th><th scope="col">说明</th></tr></thead>
<tbody></tbody></table></div>
<nav class="pager" id="g-pager"><button type="button" id="g-prev">上一页</button> <span id="g-page"></span> <button type="button" id="g-next">下一页</button></nav>
<noscript><p class="note">此页需要 JavaScript 来列出问题；各文件的页面不需要。</p></noscript>
<script src="flags-data.js"></script>`;
}
