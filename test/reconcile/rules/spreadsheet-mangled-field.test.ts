import { describe, expect, it } from 'vitest';
import { spreadsheetMangledField as rule } from '../../../src/reconcile/rules/spreadsheet-mangled-field.js';
import { facts, project, runRule } from '../builders.js';

describe('spreadsheet-mangled-field', () => {
  it('fires on a phone number printed as 1.39E+10', () => {
    const p = project({ name: '公岗人员劳务派遣管理费', phone: '1.39E+10', fieldPlaces: { phone: { line: 643 } } });
    const flags = runRule(rule, facts({ projects: [p] }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ rule: 'spreadsheet-mangled-field', severity: 'warning', actual: '1.39E+10', evidence: [{ line: 643, quote: '1.39E+10' }] });
  });
  it('does not fire on ordinary numbers', () => {
    const ps = [project({ name: 'a', phone: '0379-64330039' }), project({ name: 'b', phone: '13938821618' })];
    expect(runRule(rule, facts({ projects: ps }))).toEqual([]);
  });
});
