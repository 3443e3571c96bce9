import { describe, expect, it } from 'vitest';
import { threePublicTextVsTable as rule } from '../../../src/reconcile/rules/three-public-text-vs-table.js';
import { facts, runRule, threePublic } from '../builders.js';

const doc = (narrative: string) =>
  facts({ threePublic: [threePublic('reception', '0.50'), threePublic('reception', narrative, { source: 'narrative' })] });

describe('three-public-text-vs-table', () => {
  it('fires when the narrative 公务接待费 differs from the 三公 table', () => {
    const flags = runRule(rule, doc('0.60'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'three-public-text-vs-table', severity: 'error', expected: '0.50万元', actual: '0.60万元' });
    expect(flags[0].message).toBe('“三公”经费说明中公务接待费（0.60万元）与“三公”经费表（0.50万元）不一致。');
  });
  it('does not fire when the narrative prints fewer decimals of the same figure (0.5 vs 0.50)', () => {
    expect(runRule(rule, doc('0.5'))).toEqual([]);
  });
  it('compares 公务用车购置及运行费 with 购置 + 运行 when the table prints only those', () => {
    const f = facts({
      threePublic: [threePublic('vehicle_purchase', null), threePublic('vehicle_operation', '1.20'), threePublic('vehicle_total', '1.2', { source: 'narrative' })],
    });
    expect(runRule(rule, f)).toEqual([]);
  });
});
