import { html, type Markup } from './html.js';

/** The page shell every page shares: all pages sit in the site root, so asset paths are the same. */
export function pageShell(title: string, body: Markup, generatedAt: string): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="assets/report.css">
</head>
<body>
<header class="top"><a href="index.html">budgetlens · 预算公开审查报告</a></header>
<main>
${body}
</main>
<footer>生成于 ${generatedAt} · 由 budgetlens 根据数据库生成，离线可读</footer>
<script src="assets/report.js"></script>
</body>
</html>
`.value;
}

export { docPageName } from './site-paths.js';
