import { describe, expect, it } from 'vitest';
import { annualAboveMidTerm as rule } from '../../../src/reconcile/rules/annual-above-mid-term.js';
import { facts, project, runRule } from '../builders.js';

describe('annual-above-mid-term', () => {
  it('fires when the annual funds exceed the mid-term funds', () => {
    const flags = runRule(rule, facts({ projects: [project({ name: '档案管理经费', mid: '6', annual: '18' })] }));
    expect(flags.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([['annual-above-mid-term', 'error', '18万元', '不超过6万元']]);
  });
  it('does not fire when annual equals mid-term (a one-year project) or a figure is blank', () => {
    expect(runRule(rule, facts({ projects: [project({ name: 'a', mid: '6', annual: '6' }), project({ name: 'b', mid: null, annual: '5' })] }))).toEqual([]);
  });
});
