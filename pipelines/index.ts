import { PipelineDefinition } from '../src/pipeline.js';
import disclosure from './cn-department-disclosure.js';
import performanceTargets from './performance-targets.js';

/** Every named pipeline, validated once. The first is the default. */
export const PIPELINES: readonly PipelineDefinition[] = [disclosure, performanceTargets].map((p) => PipelineDefinition.parse(p));

export function pipelineNamed(name: string): PipelineDefinition | undefined {
  return PIPELINES.find((p) => p.name === name);
}
