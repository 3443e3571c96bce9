import path from 'node:path';
import { html, type Markup } from './html.js';
import { documentTitle } from './index-page.js';
import { docTypeLabel, severityLabel, sourceKindLabel, statusLabel, tableKindLabel } from './labels.js';
import type { DocumentRow, FlagRow, TableRow } from './read.js';

/** One document: its metadata, the tables recognised, every flag with its evidence. */

function meta(d: DocumentRow): Markup {
  const item = (k: string, v: unknown) => html`<div><dt>${k}</dt><dd>${v ?? '—'}</dd></div>`;
  return html`<dl class="meta">
${item('部门', d.department)}${item('年度', d.fiscal_year)}${item('类型', docTypeLabel(d.doc_type))}
${item('状态', html`<span class="status ${d.status}">${statusLabel(d.status)}</span>`)}
${d.error ? item('原因', d.error) : ''}
${item('来源', sourceKindLabel(d.source_kind))}${item('页数', d.pages)}
${item('文件', html`<span class="path">${d.path}</span>`)}
${item('SHA-256', html`<code title="${d.sha256}">${d.sha256.slice(0, 16)}…</code>`)}
${d.ingested_at ? item('入库时间', d.ingested_at.replace('T', ' ').replace(/Z$/, ' UTC')) : ''}
</dl>`;
}

function pages(t: TableRow): string {
  if (t.page_from === null) return '—';
  return t.page_to !== null && t.page_to !== t.page_from ? `${t.page_from}–${t.page_to}` : String(t.page_from);
}

function tables(list: TableRow[]): Markup {
  if (list.length === 0) return html`<p class="note">没有识别出表格。</p>`;
  return html`<div class="table-wrap"><table class="tables">
<thead><tr><th scope="col">类型</th><th scope="col">标题</th><th scope="col">单位</th><th scope="col">页码</th><th scope="col" class="num">数据项</th></tr></thead>
<tbody>${list.map(
    (t) => html`<tr><td data-label="类型">${tableKindLabel(t.kind)}</td><td data-label="标题">${t.title}${
      t.is_empty ? html` <span class="tag">空表</span>` : ''
    }${t.note ? html`<div class="file">${t.note}</div>` : ''}</td><td data-label="单位">${t.unit}</td><td data-label="页码">${pages(t)}</td><td data-label="数据项" class="num">${t.line_items}</td></tr>`,
  )}</tbody></table></div>`;
}

function flag(f: FlagRow, evidence: Markup | undefined): Markup {
  const ea =
    f.expected !== null || f.actual !== null
      ? html`<dl class="ea"><div><dt>应为</dt><dd>${f.expected ?? '—'}</dd></div><div><dt>实为</dt><dd>${f.actual ?? '—'}</dd></div></dl>`
      : '';
  return html`<article class="flag ${f.severity}" id="flag-${f.id}" data-sev="${f.severity}">
<header><span class="badge ${f.severity}">${severityLabel(f.severity)}</span> <span class="subject">${f.subject}</span> <code class="rule">${f.rule}</code></header>
<p class="message">${f.message}</p>
${ea}
<div class="evidence"><h3>原文证据</h3>${evidence ?? ''}</div>
</article>`;
}

function severityFilter(flags: FlagRow[]): Markup {
  const count = (s: string) => flags.filter((f) => f.severity === s).length;
  const button = (sev: string, label: string, n: number, pressed = false) =>
    html`<button type="button" class="sev ${sev}" data-sev="${sev}" aria-pressed="${pressed ? 'true' : 'false'}">${label} ${n}</button>`;
  return html`<div class="sev-filter" role="group" aria-label="按严重程度筛选">${button('all', '全部', flags.length, true)}${button('error', '错误', count('error'))}${button('warning', '警告', count('warning'))}${button('info', '提示', count('info'))}</div>`;
}

export function documentBody(
  d: DocumentRow,
  tableRows: TableRow[],
  flags: FlagRow[],
  evidence: Map<number, Markup>,
  note: Markup | null,
): Markup {
  const heading = [documentTitle(d), d.fiscal_year ? `${d.fiscal_year}年` : '', d.doc_type ? docTypeLabel(d.doc_type) : '']
    .filter(Boolean)
    .join(' ');
  return html`<nav class="crumbs"><a href="index.html">← 全部文件</a></nav>
<h1>${heading}</h1>
<p class="file">${path.basename(d.path)}</p>
${meta(d)}
<section id="flags"><h2>发现的问题（${flags.length}）</h2>
${flags.length ? severityFilter(flags) : html`<p class="note">没有发现问题。</p>`}
${note ?? ''}
${flags.map((f) => flag(f, evidence.get(f.id)))}
</section>
<section id="tables"><h2>识别的表格（${tableRows.length}）</h2>${tables(tableRows)}</section>`;
}
