import type { PipelineDefinition } from '../src/pipeline.js';

/** The default: a department's budget or final-accounts disclosure, tables, narrative and performance grids. */
export default {
  name: 'cn-department-disclosure',
  description: '部门预算/部门决算公开: standard tables, 三公, narrative figures and project performance targets; every rule.',
  formats: ['pdf', 'text'],
  recognisers: ['tables', 'three_public', 'projects', 'claims'],
  rules: 'all',
  excludeRules: [],
} satisfies PipelineDefinition;
