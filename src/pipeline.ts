import { z } from 'zod';
import { RecogniserId } from './model/index.js';

/**
 * A named pipeline: which ingestors, recognisers and rules run for a document family. Definitions
 * live in pipelines/ as plain data, so they cross the worker boundary unchanged.
 */
export { RecogniserId };

export const PipelineDefinition = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string(),
  /** File formats this family comes in. */
  formats: z.array(z.enum(['pdf', 'text'])).min(1),
  recognisers: z.array(RecogniserId).min(1),
  /** Rule ids to run ('all' for the whole catalogue), minus `excludeRules`. */
  rules: z.union([z.literal('all'), z.array(z.string())]),
  excludeRules: z.array(z.string()).default([]),
});
export type PipelineDefinition = z.infer<typeof PipelineDefinition>;

/** Whether a flag's rule (including its -rounding / -unresolved variants) is selected by a pipeline. */
export function ruleSelected(pipeline: PipelineDefinition, ruleId: string): boolean {
  const base = ruleId.replace(/-(rounding|unresolved)$/, '');
  if (pipeline.excludeRules.includes(base)) return false;
  return pipeline.rules === 'all' || pipeline.rules.includes(base);
}
