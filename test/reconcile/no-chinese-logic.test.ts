/**
 * Reconcile never reads Chinese: what a narrative figure means is the recogniser's typed ClaimMeaning, and a
 * rule's logic compares those enums, codes and amounts. A source scan of the converted files holds it: no
 * regular expression (literal or new RegExp) with a CJK character, and no CJK character in code at all outside
 * strings and comments (messages may print Chinese).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CONVERTED = [
  'src/reconcile/claims.ts',
  'src/reconcile/rules/claim-repeated-differs.ts',
  'src/reconcile/rules/claim-parts-sum.ts',
  'src/reconcile/rules/claim-share.ts',
  'src/reconcile/rules/claim-vs-table.ts',
  'src/reconcile/rules/claim-yoy.ts',
  'src/reconcile/rules/final-vs-budget.ts',
  'src/reconcile/rules/yoy-reason-missing.ts',
  'src/reconcile/rules/empty-table-unexplained.ts',
  'src/reconcile/rules/text-says-none.ts',
  'src/reconcile/rules/unit-confusion.ts',
  'src/reconcile/rules/share-over-100.ts',
  'src/reconcile/rules/rate-on-zero-base.ts',
  'src/reconcile/rules/three-public-text-vs-table.ts',
  'src/reconcile/rules/quantity-times-rate.ts',
];
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The regex literals and the code (strings and comments left out) of a TypeScript source, by a small scanner. */
export function scan(src: string): { regexes: string[]; code: string } {
  const regexes: string[] = [];
  let code = '';
  let i = 0;
  // A slash opens a regex after these (or at the start); after a name, a number or a bracket it divides.
  const regexAfter = /[(,=:[!&|?{};+\-*%<>~^]|^$|\breturn$|\btypeof$/;
  while (i < src.length) {
    const ch = src[i];
    const next = src[i + 1];
    if (ch === '/' && next === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (ch === '/' && next === '*') {
      i = src.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== ch) j += src[j] === '\\' ? 2 : 1;
      // A template's ${…} parts are code: scanned with it.
      if (ch === '`') {
        for (const m of src.slice(i + 1, j).matchAll(/\$\{([^}]*)\}/g)) {
          const inner = scan(m[1]);
          regexes.push(...inner.regexes);
          code += ` ${inner.code} `;
        }
      }
      code += ' "" ';
      i = j + 1;
      continue;
    }
    if (ch === '/' && regexAfter.test(code.trimEnd().slice(-6).replace(/^.*?(\w+|\W)$/, '$1'))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/') && src[j] !== '\n') {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      regexes.push(src.slice(i, j + 1));
      code += ' /re/ ';
      i = j + 1;
      continue;
    }
    code += ch;
    i++;
  }
  return { regexes, code };
}

describe('reconcile never reads Chinese', () => {
  it('the scanner finds a Chinese regex, and leaves messages alone (so the check below can fail)', () => {
    const { regexes, code } = scan("const a = /预算/.test(s) ? `说明${x}` : '表'; // 注释\nconst b = x / y / 2;");
    expect(regexes.filter((r) => CJK.test(r))).toEqual(['/预算/']);
    expect(CJK.test(code)).toBe(false);
    expect(CJK.test(scan('if (new RegExp(name)) f(甲);').code)).toBe(true);
  });

  for (const file of CONVERTED) {
    it(`no-chinese-regex: ${file} matches no Chinese words`, () => {
      const { regexes, code } = scan(readFileSync(join(ROOT, file), 'utf8'));
      expect(regexes.filter((r) => CJK.test(r))).toEqual([]);
      expect(code.split('\n').filter((l) => CJK.test(l) || /new RegExp\(/.test(l))).toEqual([]);
    });
  }
});
