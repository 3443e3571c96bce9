/**
 * The shipped code catalogue (src/recognise/vocab/code-catalogue.tsv, harvested from corpus tables whose
 * sums close): names by code and year, codes by name under a parent, with printed variants of a name
 * (full-width brackets, spaces) matching.
 */
import { describe, expect, it } from 'vitest';
import { catalogueEntries, codesNamed, isKnown, nameOf, normaliseName, pairStatus, schemeOf } from '../../../src/recognise/vocab/code-catalogue.js';

describe('code catalogue', () => {
  it('holds the function and both economic schemes, with document counts', () => {
    const entries = catalogueEntries();
    expect(entries.length).toBeGreaterThan(500);
    for (const scheme of ['function', 'economic_dept', 'economic_gov'] as const) expect(entries.some((e) => e.scheme === scheme)).toBe(true);
    expect(entries.find((e) => e.code === '2080505' && e.fiscalYear === 2026)!.documents).toBeGreaterThan(10);
  });

  it('names a code as the documents of the year print it', () => {
    expect(nameOf('2080505', 2026)).toBe('机关事业单位基本养老保险缴费支出');
    expect(nameOf('30101')).toBe('基本工资');
    // 20805 was renamed between the years: each year gets its own name, a year without entries the nearest.
    expect(nameOf('20805', 2019)).toBe('行政事业单位离退休');
    expect(nameOf('20805', 2026)).toBe('行政事业单位养老支出');
    expect(nameOf('20805', 2020)).toBe('行政事业单位离退休');
  });

  it('finds the code of a name under its parent, whatever brackets and spaces it is printed with', () => {
    expect(codesNamed('行政运行', '20103')).toEqual(['2010301']);
    expect(codesNamed('行政运行').length).toBeGreaterThan(10);
    expect(codesNamed('政府办公厅(室)及相关机构事务', '201')).toEqual(['20103']);
    expect(codesNamed('政府办公厅 （室） 及相关机构事务', '201')).toEqual(['20103']);
    expect(normaliseName('维修（护）费')).toBe(normaliseName('维修(护)费'));
  });

  it('near misses: a name under a parent that has no such child, a code nobody prints', () => {
    // 行政运行 is a 项 (7 digits): a 类 has no direct child of that name.
    expect(codesNamed('行政运行', '201')).toEqual([]);
    expect(codesNamed('行政运行', '20805')).toEqual([]);
    expect(isKnown('2080505')).toBe(true);
    expect(isKnown('2080598')).toBe(false);
    expect(nameOf('2080598')).toBeUndefined();
  });

  it('tells the scheme of a code', () => {
    expect(schemeOf('2080505')).toBe('function');
    expect(schemeOf('30217')).toBe('economic_dept');
    expect(schemeOf('50201')).toBe('economic_gov');
    expect(schemeOf('12')).toBeUndefined();
  });

  it('checks a printed code/name pair', () => {
    expect(pairStatus('2101101', '行政单位医疗')).toBe('known');
    expect(pairStatus('2101101', '行政单位 医疗')).toBe('known');
    // The neighbouring 项's name under this code: the row and its code do not belong together.
    expect(pairStatus('2101101', '事业单位医疗')).toBe('other_name');
    expect(pairStatus('2101198', '行政单位医疗')).toBe('unknown_code');
  });
});
