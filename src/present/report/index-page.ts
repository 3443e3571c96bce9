import path from 'node:path';
import { html, type Markup } from './html.js';
import { docTypeLabel, statusLabel } from './labels.js';
import type { DocumentRow } from './read.js';
import { notReviewed } from './reasons.js';
import { docPageName } from './site-paths.js';

/** The index: every document with its flag counts, filtered, sorted and paged by assets/report.js. */

export function documentTitle(d: DocumentRow): string {
  return d.department ?? d.title ?? path.basename(d.path);
}

function options(values: (string | number)[], label: (v: string) => string = (v) => v): Markup {
  return html`${[...new Set(values.map(String))].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((v) => html`<option value="${v}">${label(v)}</option>`)}`;
}

/** 'clean' only for a document that was reviewed and gave no flag: a failed file is never counted as clean. */
export function reviewState(d: DocumentRow): 'unreviewed' | 'errors' | 'warnings' | 'infos' | 'clean' {
  if (notReviewed(d.status)) return 'unreviewed';
  return d.errors ? 'errors' : d.warnings ? 'warnings' : d.infos ? 'infos' : 'clean';
}

function countCell(d: DocumentRow, k: 'errors' | 'warnings' | 'infos', sev: string, label: string): Markup {
  if (notReviewed(d.status)) return html`<td data-label="${label}" data-sort="" class="num"><span class="unreviewed" title="未审查">—</span></td>`;
  return html`<td data-label="${label}" data-sort="${d[k]}" class="num">${d[k] ? html`<span class="badge ${sev}">${d[k]}</span>` : '0'}</td>`;
}

function row(d: DocumentRow): Markup {
  const name = documentTitle(d);
  const search = `${name} ${d.title ?? ''} ${d.region ?? ''} ${d.path}`.toLowerCase();
  return html`<tr data-year="${d.fiscal_year ?? ''}" data-type="${d.doc_type ?? ''}" data-status="${d.status}" data-region="${d.region ?? ''}" data-dept="${d.department ?? ''}" data-state="${reviewState(d)}" data-search="${search}">
<td data-label="部门" data-sort="${name}"><a href="${docPageName(d.id)}">${name}</a><div class="file">${path.basename(d.path)}</div></td>
<td data-label="地区" data-sort="${d.region ?? ''}">${d.region ?? '—'}</td>
<td data-label="年度" data-sort="${d.fiscal_year ?? ''}">${d.fiscal_year ?? '—'}</td>
<td data-label="类型" data-sort="${d.doc_type ?? ''}">${docTypeLabel(d.doc_type)}</td>
<td data-label="状态" data-sort="${d.status}"><span class="status ${d.status}">${statusLabel(d.status)}</span></td>
${countCell(d, 'errors', 'error', '错误')}${countCell(d, 'warnings', 'warning', '警告')}${countCell(d, 'infos', 'info', '提示')}
</tr>`;
}

const sortable = (key: number, label: string) =>
  html`<th scope="col" aria-sort="none"><button type="button" data-col="${key}">${label}</button></th>`;

export function indexBody(docs: DocumentRow[]): Markup {
  const reviewed = docs.filter((d) => !notReviewed(d.status));
  const total = (k: 'errors' | 'warnings' | 'infos') => reviewed.reduce((s, d) => s + d[k], 0);
  const n = (st: string) => docs.filter((d) => d.status === st).length;
  const clean = reviewed.filter((d) => reviewState(d) === 'clean').length;
  const depts = docs.filter((d) => d.department).map((d) => d.department!);
  return html`<h1>预算公开文件审查</h1>
<nav class="crumbs"><a href="flags.html">按规则、严重程度、部门查看全部问题 →</a></nav>
<p class="summary">共 ${docs.length} 份文件：已审查 ${reviewed.length} 份（其中未发现问题 ${clean} 份${n('partial') ? `，部分识别 ${n('partial')} 份` : ''}）${
    n('failed') ? html`，<span class="status failed">处理失败 ${n('failed')} 份</span>` : ''
  }${n('not_budget') ? html`，<span class="status not_budget">非预算公开 ${n('not_budget')} 份</span>` : ''}（这些文件未经审查，不计为无问题）。发现问题：<span class="badge error">错误 ${total('errors')}</span> <span class="badge warning">警告 ${total('warnings')}</span> <span class="badge info">提示 ${total('infos')}</span></p>
<form class="filters" id="filters" onsubmit="return false">
<label>搜索 <input type="search" id="f-q" placeholder="部门、地区或文件名"></label>
<label>部门 <input type="search" id="f-dept" list="dept-list" placeholder="全部"></label>
<datalist id="dept-list">${options(depts)}</datalist>
<label>地区 <select id="f-region"><option value="">全部</option>${options(docs.filter((d) => d.region).map((d) => d.region!))}</select></label>
<label>年度 <select id="f-year"><option value="">全部</option>${options(docs.filter((d) => d.fiscal_year !== null).map((d) => d.fiscal_year!))}</select></label>
<label>类型 <select id="f-type"><option value="">全部</option>${options(docs.filter((d) => d.doc_type).map((d) => d.doc_type!), docTypeLabel)}</select></label>
<label>状态 <select id="f-status"><option value="">全部</option>${options(docs.map((d) => d.status), statusLabel)}</select></label>
<label>问题 <select id="f-state"><option value="">全部</option><option value="errors">有错误</option><option value="warnings">有警告（无错误）</option><option value="infos">只有提示</option><option value="clean">已审查且未发现问题</option><option value="unreviewed">未审查（失败或非预算）</option></select></label>
<label class="check"><input type="checkbox" id="f-errors"> 只看有错误的</label>
<output id="f-count" aria-live="polite"></output>
</form>
<div class="table-wrap">
<table class="docs" id="docs" data-page-size="200">
<thead><tr>${[sortable(0, '部门'), sortable(1, '地区'), sortable(2, '年度'), sortable(3, '类型'), sortable(4, '状态'), sortable(5, '错误'), sortable(6, '警告'), sortable(7, '提示')]}</tr></thead>
<tbody>${docs.map(row)}</tbody>
</table>
</div>
<p><button type="button" id="docs-more" class="show-more" hidden>显示更多</button></p>
${docs.length === 0 ? html`<p class="note">数据库中还没有文件。</p>` : ''}`;
}
