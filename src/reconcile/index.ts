import { Flag, type DocumentFacts } from '../model/index.js';
import { buildContext, type ReconcileContext } from './context.js';
import { mergeEvidence } from './evidence.js';
import { RULES } from './registry.js';
import type { FlagDraft, Rule } from './rule.js';

export { listRules, RULES, type RuleListing } from './registry.js';
export type { Rule, RuleMeta, FlagDraft } from './rule.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A rule's drafts as Flags: variants become `<id>-rounding` / `<id>-unresolved` at severity 'info'. */
export function toFlag(rule: Rule, d: FlagDraft): Flag {
  const id = d.rule ?? (d.variant ? `${rule.meta.id}-${d.variant}` : rule.meta.id);
  const severity = d.variant ? 'info' : (d.severity ?? rule.meta.severity);
  return Flag.parse({
    rule: id,
    severity,
    subject: d.subject,
    message: d.message,
    expected: d.expected ?? null,
    actual: d.actual ?? null,
    evidence: d.evidence,
  });
}

/** Runs one rule on a document (the rule's docTypes are not consulted: tests call it directly). */
export function runRule(rule: Rule, facts: DocumentFacts, ctx: ReconcileContext = buildContext(facts)): Flag[] {
  return rule.check(facts, ctx).map((d) => toFlag(rule, d));
}

/** Whether a rule applies to a document: by doc type, or to every type when the type is unknown. */
function applies(rule: Rule, facts: DocumentFacts): boolean {
  const t = facts.meta.docType;
  return t === null || rule.meta.docTypes.includes(t);
}

/** Reconcile stage: a document's facts to flags, by running every rule of the catalogue. */
/** `select` chooses rules by id (a pipeline's catalogue); unselected rules do not run at all. */
export function reconcileDocument(facts: DocumentFacts, select: (ruleId: string) => boolean = () => true): Flag[] {
  if (!facts.meta.isDisclosure) return [];
  const ctx = buildContext(facts);
  const flags: Flag[] = [];
  for (const rule of RULES) {
    if (!applies(rule, facts) || !select(rule.meta.id)) continue;
    try {
      flags.push(...runRule(rule, facts, ctx));
    } catch (err) {
      // A rule that breaks must not take the document down, nor pass silently.
      flags.push(
        Flag.parse({
          rule: `${rule.meta.id}-unresolved`,
          severity: 'info',
          subject: facts.meta.title ?? facts.meta.department ?? '本文件',
          message: `检查“${rule.meta.description.zh}”未能完成（${err instanceof Error ? err.message : String(err)}）。`,
          expected: null,
          actual: null,
          evidence: [],
        }),
      );
    }
  }
  return oneFlagPerFinding(flags).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * One finding, one flag: the same rule saying the same thing about the same subject (a sentence printed
 * twice, a figure read from two columns of one row) is joined into one flag with all its places.
 */
export function oneFlagPerFinding(flags: readonly Flag[]): Flag[] {
  const byKey = new Map<string, Flag>();
  for (const f of flags) {
    const key = [f.rule, f.subject, f.expected ?? '', f.actual ?? ''].join('\u0000');
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, evidence: [...f.evidence] });
      continue;
    }
    mergeEvidence(seen.evidence, f.evidence);
  }
  return [...byKey.values()];
}
