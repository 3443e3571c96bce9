/**
 * Reconcile never reads Chinese: what a narrative figure means is the recogniser's typed ClaimMeaning, and a
 * rule's logic compares those enums, codes and amounts. A source scan of the converted files holds it: no
 * regular expression (literal or new RegExp) with a CJK character, and no CJK character in code at all outside
 * strings and comments (messages may print Chinese).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Every source file of the stage: reconcile reads no Chinese anywhere. */
const RECONCILE = readdirSync(join(ROOT, 'src/reconcile'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/reconcile/${f.split(sep).join('/')}`)
  .sort();
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Code after which a string is a word matched against a text, not a message. */
const MATCHED_AFTER = /(\.(includes|startsWith|endsWith|indexOf|lastIndexOf|split|replace|replaceAll|match|search)\(|[!=]==?|\bcase|new RegExp\()$/;

/** The index of the quote that closes the '…' or "…" string opened at i. */
function stringEnd(src: string, i: number): number {
  let j = i + 1;
  while (j < src.length && src[j] !== src[i]) j += src[j] === '\\' ? 2 : 1;
  return j;
}

/** The closing backtick of the template opened at i, and its ${…} parts (which may hold strings and templates). */
function template(src: string, i: number): { end: number; parts: string[] } {
  const parts: string[] = [];
  let j = i + 1;
  while (j < src.length && src[j] !== '`') {
    if (src[j] === '\\') j += 2;
    else if (src[j] === '$' && src[j + 1] === '{') {
      let k = j + 2;
      let depth = 1;
      while (k < src.length) {
        const c = src[k];
        if (c === "'" || c === '"') k = stringEnd(src, k);
        else if (c === '`') k = template(src, k).end;
        else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
        k++;
      }
      parts.push(src.slice(j + 2, k));
      j = k + 1;
    } else j++;
  }
  return { end: j, parts };
}

/** The regex literals and the code (strings and comments left out) of a TypeScript source, by a small scanner. */
export function scan(src: string): { regexes: string[]; code: string; matched: string[] } {
  const regexes: string[] = [];
  // Strings a text is matched against ('x.includes("总计")', 'name === "合计"'): words read, not printed.
  const matched: string[] = [];
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
      const { end: j, parts } = ch === '`' ? template(src, i) : { end: stringEnd(src, i), parts: [] };
      if (MATCHED_AFTER.test(code.trimEnd()) && CJK.test(src.slice(i, j + 1))) matched.push(src.slice(i, j + 1));
      // A template's ${…} parts are code: scanned with it.
      for (const part of parts) {
        const inner = scan(part);
        regexes.push(...inner.regexes);
        matched.push(...inner.matched);
        code += ` ${inner.code} `;
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
  return { regexes, code, matched };
}

describe('reconcile never reads Chinese', () => {
  it('the scanner finds a Chinese regex, and leaves messages alone (so the check below can fail)', () => {
    const { regexes, code } = scan("const a = /预算/.test(s) ? `说明${x}` : '表'; // 注释\nconst b = x / y / 2;");
    expect(regexes.filter((r) => CJK.test(r))).toEqual(['/预算/']);
    expect(CJK.test(code)).toBe(false);
    expect(CJK.test(scan('if (new RegExp(name)) f(甲);').code)).toBe(true);
    expect(scan("const g = r.name.includes('总计') || r.name === '合计'; flag(`称${a.includes('元')}`);").matched).toEqual(["'总计'", "'合计'", "'元'"]);
    expect(scan("out.push({ message: '收入总计' }); x.replace(/\\s+/g, '');").matched).toEqual([]);
    // Templates nest: a message built from a template inside another's ${…} is still a message.
    expect(CJK.test(scan("const m = `称${n ? `${a}个` : '无'}项`; f(x);").code)).toBe(false);
    expect(scan("const m = `${s.includes('元') ? 1 : 2}`;").matched).toEqual(["'元'"]);
  });

  it('the scan covers the whole stage', () => {
    expect(RECONCILE).toContain('src/reconcile/rules/claim-vs-table.ts');
    expect(RECONCILE.length).toBeGreaterThan(40);
  });

  for (const file of RECONCILE) {
    it(`no-chinese-regex: ${file} matches no Chinese words`, () => {
      const { regexes, code, matched } = scan(readFileSync(join(ROOT, file), 'utf8'));
      expect(regexes.filter((r) => CJK.test(r))).toEqual([]);
      expect(matched).toEqual([]);
      expect(code.split('\n').filter((l) => CJK.test(l) || /new RegExp\(/.test(l))).toEqual([]);
    });
  }
});
