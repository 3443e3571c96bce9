import { fill, type FlagDraft } from './rule.js';
import { uniqueEvidence } from './evidence.js';
import { LOW_CONFIDENCE } from '../model/index.js';
import { compare, show, showDiff, showTol, sumOf, type Quantity } from './quantity.js';
import { explainByOcr, ocrSuspect } from './rules/ocr-suspect.js';

export interface SumSpec {
  /** What the flag is about, in the document's words. */
  subject: string;
  /** The stated total, described: '部门支出总体情况表“合计”行的基本支出'. */
  totalLabel: string;
  /** The parts, described: '工资福利支出、商品和服务支出和对个人和家庭的补助之和'. */
  partsLabel: string;
  total: Quantity;
  parts: Quantity[];
}

/**
 * Checks a stated total against its parts with the tolerance their printed precision allows.
 * Returns null when they agree exactly, a rounding note when they differ within rounding, an ocr-suspect
 * note when one low-confidence OCR figure explains the gap, and otherwise a finding.
 */
export function checkSum(spec: SumSpec): FlagDraft | null {
  const { total, subject, totalLabel, partsLabel } = spec;
  const sum = sumOf(spec.parts, partsLabel, total.unit);
  const verdict = compare(total, sum);
  if (verdict === 'equal') return null;
  // A blank total cell over printed parts is not a total of 0 (blank and 0.00 are different facts): the cell was
  // left empty or read as empty, so nothing is stated to contradict the parts.
  if (isBlank(total) && !sum.fen.isZero()) {
    return {
      subject,
      variant: 'unresolved',
      message: `${totalLabel}为空，无法与${partsLabel}（${show(sum)}）核对。`,
      expected: show(sum),
      actual: null,
      evidence: uniqueEvidence([...total.evidence, ...sum.evidence]),
    };
  }
  const base = {
    subject,
    expected: show(sum, Math.max(sum.decimals, total.decimals)),
    actual: show(total),
    evidence: uniqueEvidence([...total.evidence, ...sum.evidence]),
  };
  const stated = `${totalLabel}（${show(total)}）`;
  const computed = `${partsLabel}（${show(sum, Math.max(sum.decimals, total.decimals))}）`;
  if (verdict === 'rounding') {
    return {
      ...base,
      variant: 'rounding',
      message: `${stated}与${computed}相差${showDiff(total, sum)}，在四舍五入误差（±${showTol(total, sum)}）以内。`,
    };
  }
  const check = `${stated}与${computed}相差${showDiff(total, sum)}`;
  const ocr = explainByOcr(total, spec.parts);
  if (ocr) {
    return {
      ...base,
      rule: ocrSuspect.meta.id,
      severity: 'info',
      message: fill(ocrSuspect.meta.message, {
        check,
        label: ocr.label,
        confidence: (ocr.amount.confidence ?? 0).toFixed(2),
        corrected: ocr.corrected,
      }),
    };
  }
  // A figure OCR read without confidence (the re-read could not confirm it) never accuses the document on its own.
  const unsure = [...total.parts, ...sum.parts].find((p) => p.amount.confidence !== undefined && p.amount.confidence < LOW_CONFIDENCE);
  if (unsure) {
    return {
      ...base,
      variant: 'unresolved',
      message: `${check}；${unsure.label}是识别（OCR）读出的（置信度${(unsure.amount.confidence ?? 0).toFixed(2)}），重读后仍不能确认，无法判断是否相符。`,
    };
  }
  return { ...base, message: `${stated}不等于${computed}，相差${showDiff(total, sum)}。` };
}

/** A quantity that is one blank cell. */
const isBlank = (q: Quantity) => q.parts?.length === 1 && q.parts[0].amount.text === null;

export interface PairSpec {
  subject: string;
  /** '“部门支出总体情况表”中为' style descriptions of where each figure stands. */
  aLabel: string;
  bLabel: string;
  a: Quantity;
  b: Quantity;
  /** What the figures are: '科目“2080101 行政运行”的基本支出'. */
  what: string;
  /** 'eq': must be equal; 'ge': a must not be below b. */
  relation?: 'eq' | 'ge';
}

/** Two statements of the same figure: null when they agree, a rounding note, or a finding. */
export function checkPair(spec: PairSpec): FlagDraft | null {
  const { a, b } = spec;
  const verdict = compare(a, b);
  if (verdict === 'equal') return null;
  if (spec.relation === 'ge' && a.fen.gte(b.fen)) return null;
  const base = {
    subject: spec.subject,
    expected: show(a),
    actual: show(b),
    evidence: uniqueEvidence([...a.evidence, ...b.evidence]),
  };
  const said = `${spec.what}${spec.aLabel}（${show(a)}）与${spec.bLabel}（${show(b)}）`;
  if (verdict === 'rounding') {
    return { ...base, variant: 'rounding', message: `${said}相差${showDiff(a, b)}，在四舍五入误差（±${showTol(a, b)}）以内。` };
  }
  const unsure = [...a.parts, ...b.parts].find((p) => p.amount.confidence !== undefined && p.amount.confidence < LOW_CONFIDENCE);
  if (unsure) {
    return { ...base, variant: 'unresolved', message: `${said}相差${showDiff(a, b)}；${unsure.label}是识别（OCR）读出的（置信度${(unsure.amount.confidence ?? 0).toFixed(2)}），重读后仍不能确认，无法判断是否一致。` };
  }
  if (spec.relation === 'ge') {
    return { ...base, message: `${spec.what}${spec.bLabel}（${show(b)}）超过了${spec.aLabel}（${show(a)}），后者应包含前者。` };
  }
  return { ...base, message: `${said}不一致，相差${showDiff(a, b)}。` };
}

/**
 * When most rows of a table fail the same check, the columns were more likely misread than the document
 * wrong: the findings are replaced by one unresolved note on the table.
 */
export function collapseIfPervasive(drafts: FlagDraft[], checked: number, table: { title: string; place: import('../model/index.js').Place }, what: string): FlagDraft[] {
  const failing = drafts.filter((d) => !d.variant && !d.rule);
  if (failing.length <= 3 || failing.length * 2 < checked) return drafts;
  return [
    {
      subject: table.title,
      variant: 'unresolved',
      message: `“${table.title}”中有${failing.length}处（共核对${checked}处）${what}不相符，差异过于普遍，更可能是表格的列未被正确识别，未逐一报告。`,
      expected: null,
      actual: `${failing.length}/${checked}`,
      evidence: [{ ...table.place, quote: table.title }, ...failing.slice(0, 3).flatMap((d) => d.evidence.slice(0, 1))],
    },
  ];
}
