import { describe, expect, it } from 'vitest';
import { placeholderText as rule } from '../../../src/reconcile/rules/placeholder-text.js';
import { facts, runRule } from '../builders.js';

describe('placeholder-text', () => {
  it('fires once per document listing the placeholders, each with its place', () => {
    const flags = runRule(rule, facts({ placeholders: [{ text: 'XX', place: { line: 3 } }, { text: '待填写', place: { line: 9 } }, { text: 'XX', place: { line: 12 } }] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'placeholder-text', severity: 'warning' });
    expect(flags[0].message).toContain('3处');
    expect(flags[0].evidence.map((e) => e.line)).toEqual([3, 9, 12]);
  });
  it('does not fire without placeholders', () => {
    expect(runRule(rule, facts())).toEqual([]);
  });
});
