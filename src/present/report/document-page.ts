import path from 'node:path';
import { html, type Markup } from './html.js';
import { documentTitle } from './index-page.js';
import { docTypeLabel, severityLabel, sourceKindLabel, statusLabel, tableKindLabel } from './labels.js';
import type { DocumentRow, FlagRow, TableRow } from './read.js';
import { documentReason, notReviewed } from './reasons.js';
import { tablesPageName } from './site-paths.js';

/** One document: its metadata, why it was not reviewed (if so), its flags grouped by rule, its tables. */

/** Groups with more flags than this start collapsed; inside an open group this many show before "more". */
export const OPEN_GROUP_MAX = 8;
export const SHOWN_PER_GROUP = 20;

function meta(d: DocumentRow): Markup {
  const item = (k: string, v: unknown) => html`<div><dt>${k}</dt><dd>${v ?? '—'}</dd></div>`;
  return html`<dl class="meta">
${item('部门', d.department)}${item('地区', d.region)}${item('年度', d.fiscal_year)}${item('类型', docTypeLabel(d.doc_type))}
${item('状态', html`<span class="status ${d.status}">${statusLabel(d.status)}</span>`)}
${item('来源', sourceKindLabel(d.source_kind))}${item('页数', d.pages)}
${item('文件', html`<span class="path">${d.path}</span>`)}
${item('SHA-256', html`<code title="${d.sha256}">${d.sha256.slice(0, 16)}…</code>`)}
${d.ingested_at ? item('入库时间', d.ingested_at.replace('T', ' ').replace(/Z$/, ' UTC')) : ''}
</dl>`;
}

export function reasonBox(d: DocumentRow): Markup {
  const r = documentReason(d.status, d.error);
  if (!r) return html``;
  return html`<div class="reason ${d.status}" role="note"><p class="lead">${r.lead}</p>${
    r.chinese ? html`<p>原因：${r.chinese}</p>` : ''
  }${r.stored ? html`<p class="stored">程序记录的原因：<span lang="en">${r.stored}</span></p>` : ''}</div>`;
}

function pages(t: TableRow): string {
  if (t.page_from === null) return '—';
  return t.page_to !== null && t.page_to !== t.page_from ? `${t.page_from}–${t.page_to}` : String(t.page_from);
}

function tables(d: DocumentRow, list: TableRow[]): Markup {
  if (list.length === 0) return html`<p class="note">没有识别出表格。</p>`;
  const link = (t: TableRow) => html`<a href="${tablesPageName(d.id)}#t-${t.id}">${t.title}</a>`;
  return html`<p><a href="${tablesPageName(d.id)}">查看识别出的全部数值与原页对照 →</a></p><div class="table-wrap"><table class="tables">
<thead><tr><th scope="col">类型</th><th scope="col">标题</th><th scope="col">单位</th><th scope="col">页码</th><th scope="col" class="num">数据项</th></tr></thead>
<tbody>${list.map(
    (t) => html`<tr><td data-label="类型">${tableKindLabel(t.kind)}</td><td data-label="标题">${link(t)}${
      t.is_empty ? html` <span class="tag">空表</span>` : ''
    }${t.note ? html`<div class="file">${t.note}</div>` : ''}</td><td data-label="单位">${t.unit}</td><td data-label="页码">${pages(t)}</td><td data-label="数据项" class="num">${t.line_items}</td></tr>`,
  )}</tbody></table></div>`;
}

function flag(f: FlagRow, evidence: Markup, hidden: boolean): Markup {
  const ea =
    f.expected !== null || f.actual !== null
      ? html`<dl class="ea"><div><dt>应为</dt><dd>${f.expected ?? '—'}</dd></div><div><dt>实为</dt><dd>${f.actual ?? '—'}</dd></div></dl>`
      : '';
  return html`<article class="flag ${f.severity}${hidden ? ' more' : ''}" id="flag-${f.id}" data-sev="${f.severity}"${hidden ? ' hidden' : ''}>
<header><span class="badge ${f.severity}">${severityLabel(f.severity)}</span> <span class="subject">${f.subject}</span></header>
<p class="message">${f.message}</p>
${ea}
<div class="evidence">${evidence}</div>
</article>`;
}

interface RuleGroup {
  rule: string;
  flags: FlagRow[];
}

function groupByRule(flags: FlagRow[]): RuleGroup[] {
  const groups = new Map<string, FlagRow[]>();
  for (const f of flags) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  return [...groups].map(([rule, list]) => ({ rule, flags: list }));
}

const counts = (flags: FlagRow[]) =>
  (['error', 'warning', 'info'] as const)
    .map((s) => [s, flags.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);

function group(g: RuleGroup, i: number, evidence: (f: FlagRow) => Markup): Markup {
  const open = g.flags.length <= OPEN_GROUP_MAX;
  const rest = g.flags.length - SHOWN_PER_GROUP;
  const sevs = [...new Set(g.flags.map((f) => f.severity))].join(' ');
  return html`<details class="rule-group" id="rule-${i + 1}" data-sevs="${sevs}"${open ? ' open' : ''}>
<summary><code class="rule">${g.rule}</code> ${counts(g.flags).map(([s, n]) => html`<span class="badge ${s}">${severityLabel(s)} ${n}</span> `)}<span class="first">${g.flags[0].message}</span></summary>
${g.flags.map((f, k) => flag(f, evidence(f), k >= SHOWN_PER_GROUP))}
${rest > 0 ? html`<button type="button" class="show-more" data-step="${SHOWN_PER_GROUP}">再显示 ${Math.min(rest, SHOWN_PER_GROUP)} 条（共 ${g.flags.length} 条，还有 ${rest} 条）</button>` : ''}
</details>`;
}

function severityFilter(flags: FlagRow[]): Markup {
  const button = (sev: string, label: string, n: number, pressed = false) =>
    html`<button type="button" class="sev ${sev}" data-sev="${sev}" aria-pressed="${pressed ? 'true' : 'false'}">${label} ${n}</button>`;
  const n = (s: string) => flags.filter((f) => f.severity === s).length;
  return html`<div class="sev-filter" role="group" aria-label="按严重程度筛选">${button('all', '全部', flags.length, true)}${button('error', '错误', n('error'))}${button('warning', '警告', n('warning'))}${button('info', '提示', n('info'))}</div>`;
}

function ruleIndex(groups: RuleGroup[]): Markup {
  return html`<ol class="rule-index">${groups.map(
    (g, i) => html`<li><a href="#rule-${i + 1}"><code>${g.rule}</code></a> ${g.flags.length} 条</li>`,
  )}</ol>`;
}

function noFlags(d: DocumentRow): Markup {
  if (notReviewed(d.status)) return html`<p class="note warn">此文件没有经过审查，因此没有列出问题；这不表示文件没有问题。</p>`;
  if (d.status === 'partial') return html`<p class="note">在已识别的内容中没有发现问题。</p>`;
  return html`<p class="note">没有发现问题。</p>`;
}

export function documentBody(
  d: DocumentRow,
  tableRows: TableRow[],
  flags: FlagRow[],
  evidence: (f: FlagRow) => Markup,
  note: Markup | null,
): Markup {
  const heading = [documentTitle(d), d.fiscal_year ? `${d.fiscal_year}年` : '', d.doc_type ? docTypeLabel(d.doc_type) : '']
    .filter(Boolean)
    .join(' ');
  const groups = groupByRule(flags);
  return html`<nav class="crumbs"><a href="index.html">← 全部文件</a> · <a href="flags.html">全部问题</a></nav>
<h1>${heading}</h1>
<p class="file">${path.basename(d.path)}</p>
${reasonBox(d)}
${meta(d)}
<section id="flags"><h2>发现的问题（${flags.length}）</h2>
${flags.length ? html`${severityFilter(flags)}${groups.length > 1 ? ruleIndex(groups) : ''}` : noFlags(d)}
${note ?? ''}
${groups.map((g, i) => group(g, i, evidence))}
</section>
<section id="tables"><h2>识别的表格（${tableRows.length}）</h2>${tables(d, tableRows)}</section>`;
}
