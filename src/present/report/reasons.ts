/**
 * Why a document was not reviewed (or only in part), in Chinese. The pipeline stores its reasons in English;
 * known kinds get a Chinese sentence, and the stored reason is always kept beside it so nothing is lost.
 */

const KNOWN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/password-protected|encrypted/i, () => '文件有密码保护，无法打开。'],
  [/is empty|has no pages/i, () => '文件是空的。'],
  [/named \.pdf but is not a PDF/i, () => '文件名为 .pdf，但内容不是 PDF（可能是网页或其他格式）。'],
  [/binary, not text/i, () => '文件是二进制数据，不是文本。'],
  [/damaged or truncated/i, () => 'PDF 文件已损坏或不完整，无法读取。'],
  [/over the (\d+)-page limit/i, (m) => `PDF 页数超过 ${m[1]} 页的上限。`],
  [/MB, over the (\d+) MB limit/i, (m) => `文件大小超过 ${m[1]} MB 的上限。`],
  [/longer than ([\d.]+) s/i, (m) => `处理时间超过 ${m[1]} 秒，已停止。`],
  [/more memory than/i, () => '处理所需内存超过 --memory-limit 的限制。'],
  [/worker .*(crashed|stopped unexpectedly)/i, () => '处理该文件的进程意外终止。'],
  [/blank template/i, () => '这是一份空白模板（含 XX 等占位符，没有数字），不是部门的公开文件。'],
  [/notice/i, () => '这是一份通知或批复，不是部门预算或决算公开文件。'],
  [/performance-evaluation report/i, () => '这是一份绩效评价报告，不是部门预算或决算公开文件。'],
  [/No budget tables and no/i, () => '文件中没有找到预算表格，也没有“部门预算/部门决算”的标题。'],
  [/No budget table or performance grid could be recognised/i, () => '没有识别出任何预算表格或绩效目标表。'],
  [/page\(s\) had no readable text/i, () => '部分页面没有可读的文字（可能是扫描件，未做文字识别）。'],
  [/read but could not be recognised/i, () => '文件已读取，但识别时出错。'],
  [/could not be (read|opened)/i, () => '文件无法读取。'],
];

const LEAD: Record<string, string> = {
  failed: '此文件处理失败，没有经过审查。',
  not_budget: '此文件不是部门预算或决算公开文件，没有经过审查。',
  partial: '此文件只识别了一部分，下面的问题只涉及已识别的内容。',
};

export interface Reason {
  /** One Chinese sentence saying what happened to the document. */
  lead: string;
  /** The reason in Chinese where it is a known kind. */
  chinese: string | null;
  /** The reason as stored, shown beside the Chinese one. */
  stored: string | null;
}

/** Null for an ok document; otherwise what the page and the index say about it. */
export function documentReason(status: string, error: string | null): Reason | null {
  const lead = LEAD[status];
  if (!lead) return null;
  const hit = error ? KNOWN.map(([re, say]) => [re.exec(error), say] as const).find(([m]) => m) : undefined;
  const chinese = hit ? hit[1](hit[0]!) : error && /[\u4e00-\u9fff]/.test(error) && !/[a-z]{4,}/i.test(error) ? error : null;
  return { lead, chinese, stored: error && error !== chinese ? error : null };
}

/** Documents whose flags say nothing about them, because they were not reviewed at all. */
export const notReviewed = (status: string): boolean => status === 'failed' || status === 'not_budget';
