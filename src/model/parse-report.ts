import { z } from 'zod';

/**
 * How a table was read: which reading was chosen among the candidates, what each column was taken
 * to hold and why, and which of the table's own identities close under that reading. Stored as
 * budget_tables.parse_json; the review site and `budgetlens inspect` show it.
 */

/** What a column holds, decided from its cells and its header together. */
export const ColumnRoleName = z.enum([
  'code', // a full code (3, 5 or 7 digits) alone in its cell, bracketed or not
  'code_part', // one of the 类 | 款 | 项 parts of a split code
  'code_name', // a code and its name in one cell ('[2010501]行政运行', '2010501-行政运行')
  'name', // a name without a code (indentation may give its level)
  'amount',
  'unit_code', // 单位代码, 行次: printed numbers that are not amounts
  'text', // anything else (notes, remarks)
]);
export type ColumnRoleName = z.infer<typeof ColumnRoleName>;

export const ColumnReport = z.object({
  /** 0-based column index in the grid. */
  col: z.number().int().nonnegative(),
  role: ColumnRoleName,
  /** Header path as printed ('' when the column has none). */
  header: z.string(),
  /** Amount columns: the measure the header maps to ('total', 'basic', ... or 'unmapped'). */
  measure: z.string().optional(),
  /** Split codes: 0 for 类, 1 for 款, 2 for 项. */
  part: z.number().int().nonnegative().optional(),
  /** Why: 'header:科目编码', 'cells:code 12/14', 'cells:amount 30/30', 'indent:3 levels' ... */
  evidence: z.array(z.string()),
  /** Horizontal extent on the page (PDF points), where the layout knows it. */
  x: z.tuple([z.number(), z.number()]).optional(),
});
export type ColumnReport = z.infer<typeof ColumnReport>;

/** The arithmetic a table's rows must satisfy. */
export const IdentityName = z.enum([
  'total_of_classes', // 合计 row = Σ 类 rows
  'class_of_kuan', // 类 = Σ its 款
  'kuan_of_xiang', // 款 = Σ its 项
  'total_of_measures', // 合计 column = 基本 + 项目 (or Σ the other top-level columns)
  'basic_of_parts', // 基本 = 人员 + 公用 (or Σ its sub-columns)
  'subtotal_of_rows', // an uncoded row equal to the sum of the rows it heads (names-only tables)
  'function_of_details', // cross-classified: a function code's row = Σ its economic rows
  'total_of_details', // cross-classified, no function rows printed: 合计 row = Σ the economic rows
]);
export type IdentityName = z.infer<typeof IdentityName>;

export const IdentityReport = z.object({
  identity: IdentityName,
  checked: z.number().int().nonnegative(),
  satisfied: z.number().int().nonnegative(),
  /** The first few that did not close: subject in the document's words, expected and actual in fen. */
  failures: z
    .array(z.object({ subject: z.string(), column: z.string(), expectedFen: z.number().int(), actualFen: z.number().int() }))
    .default([]),
});
export type IdentityReport = z.infer<typeof IdentityReport>;

/** One way of reading the table that was considered, with its score. */
export const HypothesisReport = z.object({
  /** e.g. 'header-roles', 'cell-typed', 'split-codes-carried', 'names-indented', 'spaced-text'. */
  name: z.string(),
  /** Identities satisfied minus those that failed, plus catalogue agreements (higher is better). */
  score: z.number(),
  rows: z.number().int().nonnegative(),
  chosen: z.boolean(),
});
export type HypothesisReport = z.infer<typeof HypothesisReport>;

export const ParseReport = z.object({
  /** The chosen reading (one of hypotheses[].name), or the recogniser's fixed strategy. */
  strategy: z.string(),
  /** How the layout found the grid: 'ruled', 'stream', 'tabbed', 'spaced', 'ocr', or several joined by '+'. */
  layout: z.string(),
  columns: z.array(ColumnReport),
  hypotheses: z.array(HypothesisReport).default([]),
  identities: z.array(IdentityReport),
  /** Rows read as line-item rows, and rows with figures that no reading could place. */
  rowsRead: z.number().int().nonnegative(),
  rowsUnread: z.number().int().nonnegative(),
  /** Where the rows' codes came from. */
  codeSources: z.object({
    printed: z.number().int().nonnegative(),
    recovered: z.number().int().nonnegative(),
    catalogue: z.number().int().nonnegative(),
    none: z.number().int().nonnegative(),
  }),
  /** 0..1: the share of checked identities that close, lowered when rows could not be read or codes are missing. */
  confidence: z.number().min(0).max(1),
  notes: z.array(z.string()).default([]),
});
export type ParseReport = z.infer<typeof ParseReport>;
