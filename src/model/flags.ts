import { z } from 'zod';
import { Evidence } from './place.js';

/** Output of the reconcile stage. */

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Flag = z.object({
  rule: z.string(),
  severity: Severity,
  /** What it is about, in the document's own words (a project name, a code and name, a table title). */
  subject: z.string(),
  /** One sentence a reader understands without knowing the rule. */
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;
