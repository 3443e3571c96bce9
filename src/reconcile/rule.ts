import type { DocType, DocumentFacts, Evidence, Severity } from '../model/index.js';
import type { ReconcileContext } from './context.js';

/** What a rule is, for the catalogue (`budgetlens rules`) and for readers of its flags. */
export interface RuleMeta {
  /** kebab-case, stable: stored in flags.rule. */
  id: string;
  /** Severity of a genuine finding; rounding and unresolved variants are always 'info'. */
  severity: Severity;
  /** Document types the rule applies to. */
  docTypes: readonly DocType[];
  description: { zh: string; en: string };
  /** Message template, `{name}` placeholders filled by the rule. */
  message: string;
}

/**
 * A finding before it becomes a Flag. `variant` marks the two kinds of non-findings the catalogue reports:
 * a difference within rounding and a check that could not be made (rule id gets `-rounding` / `-unresolved`,
 * severity 'info'). `rule` overrides the id (the ocr-suspect hook).
 */
export interface FlagDraft {
  subject: string;
  message: string;
  expected?: string | null;
  actual?: string | null;
  evidence: Evidence[];
  severity?: Severity;
  variant?: 'rounding' | 'unresolved';
  rule?: string;
}

export interface Rule {
  meta: RuleMeta;
  check(facts: DocumentFacts, ctx: ReconcileContext): FlagDraft[];
}

export const BOTH: readonly DocType[] = ['budget', 'final_accounts'];

/** Identity helper that keeps a rule's literal types checked in one place. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{key}` placeholders of a message template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
