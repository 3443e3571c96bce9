import { z } from 'zod';
import { SourceKind } from './source.js';
import { DocumentFacts } from './facts.js';
import { Flag } from './flags.js';

/** What processing one document yields: a pure function of its bytes. The single writer stores it. */

export const DocumentStatus = z.enum(['ok', 'partial', 'failed', 'not_budget']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const DocumentResult = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  status: DocumentStatus,
  /** One readable sentence when status is not 'ok'. */
  error: z.string().nullable(),
  sourceKind: SourceKind.nullable(),
  pages: z.number().int().nonnegative().nullable(),
  facts: DocumentFacts.nullable(),
  flags: z.array(Flag),
  /** Pipeline that processed it and how long each stage took (ms). */
  pipeline: z.string(),
  timings: z.record(z.string(), z.number()).default({}),
});
export type DocumentResult = z.infer<typeof DocumentResult>;
