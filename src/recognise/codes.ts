import type { Classification } from '../model/index.js';

/**
 * Classification codes in the forms documents print them: one digit string ('2080101'),
 * split over 类 | 款 | 项 cells ('208' '01' '01'), or glued to the name ('[2040601]行政运行',
 * '2040601-行政运行', '2040601 行政运行').
 */
export interface ParsedCode {
  code: string;
  /** The name printed with the code in the same cell, if any. */
  name: string | null;
}

const GLUED = /^[[【(（]?(\d{3}(?:\d{2}){0,2})[\]】)）]?\s*[-－—:：、.]?\s*(.*)$/;

/** A cell that starts with a full code (3, 5 or 7 digits), possibly followed by its name. */
export function parseGluedCode(cell: string): ParsedCode | null {
  const t = cell.trim();
  const m = GLUED.exec(t);
  if (!m) return null;
  const name = m[2].trim();
  // A bare number like 2021 (a year) or an amount is not a code.
  if (!name && !/^\d{3}$|^\d{5}$|^\d{7}$/.test(t)) return null;
  if (name && /^\d/.test(name)) return null;
  return { code: m[1], name: name || null };
}

/** Joins 类 | 款 | 项 parts: '208' + '01' + '01' -> '2080101'. Returns null when they do not form a code. */
export function joinCodeParts(parts: readonly string[]): string | null {
  // A bare '[2010501]' in its own cell is the code without its brackets.
  const p = parts.map((s) => s.trim().replace(/^[[【(（]\s*(\d+)\s*[\]】)）]$/, '$1')).filter((s) => s !== '');
  if (p.length === 0) return null;
  if (p.length === 1) return /^\d{3}(\d{2}){0,2}$/.test(p[0]) ? p[0] : null;
  if (!/^\d{3}$/.test(p[0])) return null;
  if (!p.slice(1).every((s) => /^\d{1,2}$/.test(s))) return null;
  return p[0] + p.slice(1).map((s) => s.padStart(2, '0')).join('');
}

/** Function codes start with 2 (类 201-234); economic with 3 (部门预算经济分类) or 5 (政府预算经济分类). */
export function classificationOf(code: string | null, tableIsEconomic: boolean): Classification {
  if (!code) return tableIsEconomic ? 'economic' : 'function';
  if (tableIsEconomic || /^[35]/.test(code)) return 'economic';
  if (/^2/.test(code)) return 'function';
  return 'other';
}

/** Level of a function or economic code by its length. */
export function codeLevel(code: string): 'lei' | 'kuan' | 'xiang' | null {
  return code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : code.length === 7 ? 'xiang' : null;
}

/** The 类 and 款 of the last coded row: tables that split codes over 类 | 款 | 项 print only the new parts. */
export interface CodeCarry {
  lei: string | null;
  kuan: string | null;
}

/**
 * Joins split parts whose upper parts were left blank on lower rows ('' '' '01' under 208 | 05): the
 * blank parts are carried down from the row above. Returns null when nothing can be carried.
 */
export function joinSparseParts(parts: readonly string[], carry: CodeCarry): string | null {
  const [lei = '', kuan = '', xiang = ''] = parts.map((s) => s.trim());
  if (lei || !parts.every((s) => /^\d{0,2}$/.test(s.trim()))) return null;
  if (kuan && carry.lei) return carry.lei + kuan.padStart(2, '0') + (xiang ? xiang.padStart(2, '0') : '');
  if (!kuan && xiang && carry.kuan) return carry.kuan + xiang.padStart(2, '0');
  return null;
}

/** The carry after a row with this code. */
export function carryOf(code: string): CodeCarry {
  return { lei: code.slice(0, 3), kuan: code.length >= 5 ? code.slice(0, 5) : null };
}
