import { createHash } from 'node:crypto';
import { IngestOptions } from './ingest/options.js';
import type { PipelineDefinition } from './pipeline.js';
import { PIPELINES } from '../pipelines/index.js';

/**
 * What a document is processed with, and its key. Apart from process-document.ts, so the batch's own process
 * (which hands documents to document processes and never reads one) does not load every stage to build them.
 */
export interface ProcessSettings {
  ingest: IngestOptions;
  pipeline: PipelineDefinition;
}

export function defaultSettings(overrides: Partial<IngestOptions> = {}, pipeline: PipelineDefinition = PIPELINES[0]): ProcessSettings {
  return { ingest: IngestOptions.parse(overrides), pipeline };
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
