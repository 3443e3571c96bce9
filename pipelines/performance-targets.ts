import type { PipelineDefinition } from '../src/pipeline.js';

/**
 * Files that hold only project performance targets (项目支出绩效目标表, e.g. Guangzhou's 140-page
 * attachment): projects and their indicators, and the rules about them; no table or narrative rules,
 * which would only report the tables as missing.
 */
export default {
  name: 'performance-targets',
  description: '项目支出绩效目标表 only: project forms and indicator checks.',
  formats: ['pdf', 'text'],
  recognisers: ['projects'],
  rules: [
    'indicator-unmeasurable', 'indicator-percent-over-100', 'annual-above-mid-term', 'cost-indicator-vs-funds',
    'quantity-times-rate', 'project-period-conflict', 'spreadsheet-mangled-field', 'duplicate-project', 'project-required-fields',
  ],
  excludeRules: [],
} satisfies PipelineDefinition;
