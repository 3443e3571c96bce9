import path from 'node:path';
import { html, type Markup } from './html.js';
import { docTypeLabel, statusLabel } from './labels.js';
import { docPageName } from './layout.js';
import type { DocumentRow } from './read.js';

/** The index: every document with its flag counts, filterable and sortable by assets/report.js. */

export function documentTitle(d: DocumentRow): string {
  return d.department ?? d.title ?? path.basename(d.path);
}

function options(values: (string | number)[], label: (v: string) => string): Markup {
  return html`${[...new Set(values.map(String))].sort().map((v) => html`<option value="${v}">${label(v)}</option>`)}`;
}

function row(d: DocumentRow): Markup {
  const name = documentTitle(d);
  const search = `${name} ${d.title ?? ''} ${d.path}`.toLowerCase();
  return html`<tr data-year="${d.fiscal_year ?? ''}" data-type="${d.doc_type ?? ''}" data-status="${d.status}" data-errors="${d.errors}" data-search="${search}">
<td data-label="部门" data-sort="${name}"><a href="${docPageName(d.id)}">${name}</a><div class="file">${path.basename(d.path)}</div></td>
<td data-label="年度" data-sort="${d.fiscal_year ?? ''}">${d.fiscal_year ?? '—'}</td>
<td data-label="类型" data-sort="${d.doc_type ?? ''}">${docTypeLabel(d.doc_type)}</td>
<td data-label="状态" data-sort="${d.status}"><span class="status ${d.status}">${statusLabel(d.status)}</span></td>
<td data-label="错误" data-sort="${d.errors}" class="num">${d.errors ? html`<span class="badge error">${d.errors}</span>` : '0'}</td>
<td data-label="警告" data-sort="${d.warnings}" class="num">${d.warnings ? html`<span class="badge warning">${d.warnings}</span>` : '0'}</td>
<td data-label="提示" data-sort="${d.infos}" class="num">${d.infos ? html`<span class="badge info">${d.infos}</span>` : '0'}</td>
</tr>`;
}

const sortable = (key: number, label: string) =>
  html`<th scope="col" aria-sort="none"><button type="button" data-col="${key}">${label}</button></th>`;

export function indexBody(docs: DocumentRow[]): Markup {
  const total = (k: 'errors' | 'warnings' | 'infos') => docs.reduce((s, d) => s + d[k], 0);
  return html`<h1>预算公开文件审查</h1>
<p class="summary">共 ${docs.length} 份文件；发现问题：<span class="badge error">错误 ${total('errors')}</span> <span class="badge warning">警告 ${total('warnings')}</span> <span class="badge info">提示 ${total('infos')}</span></p>
<form class="filters" id="filters" onsubmit="return false">
<label>搜索 <input type="search" id="f-q" placeholder="部门或文件名"></label>
<label>年度 <select id="f-year"><option value="">全部</option>${options(docs.filter((d) => d.fiscal_year !== null).map((d) => d.fiscal_year!), (v) => v)}</select></label>
<label>类型 <select id="f-type"><option value="">全部</option>${options(docs.filter((d) => d.doc_type).map((d) => d.doc_type!), docTypeLabel)}</select></label>
<label>状态 <select id="f-status"><option value="">全部</option>${options(docs.map((d) => d.status), statusLabel)}</select></label>
<label class="check"><input type="checkbox" id="f-errors"> 只看有错误的</label>
<output id="f-count" aria-live="polite"></output>
</form>
<div class="table-wrap">
<table class="docs" id="docs">
<thead><tr>${[sortable(0, '部门'), sortable(1, '年度'), sortable(2, '类型'), sortable(3, '状态'), sortable(4, '错误'), sortable(5, '警告'), sortable(6, '提示')]}</tr></thead>
<tbody>${docs.map(row)}</tbody>
</table>
</div>
${docs.length === 0 ? html`<p class="note">数据库中还没有文件。</p>` : ''}`;
}
