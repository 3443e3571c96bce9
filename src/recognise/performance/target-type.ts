import type { Indicator, Project, TargetType } from '../../model/index.js';
import { DIRECTION_WORDS, HEADER_WORDS, MISREAD_TARGET, TARGET_CUES, type TargetCue } from '../../vocab/target-kinds.js';

const compile = (c: TargetCue) => ({ ...c, re: new RegExp(c.scope === 'whole' ? `^(?:${c.pattern})$` : `^(?:${c.pattern})`, 'i') });
const CUES = TARGET_CUES.map(compile);
/** Kinds decided before the direction-word check: a comparator against last year is not vague (较上年提升). */
const BEFORE_DIRECTION = new Set(['not_applicable', 'yes_no', 'number', 'deadline', 'comparator']);
const DIRECTION = new RegExp(DIRECTION_WORDS);
const HEADER = new RegExp(`^${HEADER_WORDS}$`);
const MISREAD = new RegExp(`^${MISREAD_TARGET}$`);
const FIGURE = /\d/;
const RATE = /[%％‰]|率/;

const bare = (s: string | null) => (s ?? '').replace(/\s+/g, '');
/** Quotes and brackets around a target do not change what it states ("良好"及以上 -> 良好及以上). */
const unquoted = (s: string) => s.replace(/["“”‘’'「」]/g, '');
/** The first clause, without a bracketed comment (优（有效把控实施进度）: the grade is 优). */
const firstClause = (t: string) => t.replace(/[（(][^（()）]*[)）]/g, '').split(/[，,；;。]/)[0];
const typed = (kind: TargetType['kind'], confidence: number, cue: string): TargetType => ({ kind, confidence, cue });

/**
 * The kind of an indicator's 指标值, read with the shared target vocabulary: a figure, a grade, an attainment,
 * a comparator, a deadline, or vague. Confidence says how sure the reading is: a vague target holding a
 * direction word (提升, 进一步加强) is surely vague; one that is only a unit word or a level label is most
 * likely another column read as the value, so its vagueness is not confident.
 */
export function typeTarget(i: Pick<Indicator, 'name' | 'target' | 'nature'> & Partial<Pick<Indicator, 'level2'>>): TargetType {
  const name = bare(i.name);
  const t = unquoted(bare(i.target));
  const qualitative = i.nature === 'qualitative';
  if (HEADER.test(name) || HEADER.test(t)) return typed('header', 0.9, 'header-word');
  if (!t) {
    // A value written into the indicator itself (满意度达到99%), or 不涉及 as the indicator.
    if (FIGURE.test(name)) return typed('number', 0.6, 'figure-in-name');
    const na = CUES.find((c) => c.kind === 'not_applicable')!;
    if (na.re.test(name) || /不涉及/.test(name)) return typed('not_applicable', 0.8, 'not-applicable-name');
    return typed('missing', 0.9, 'no-target');
  }
  if (FIGURE.test(t)) return RATE.test(t) ? typed('rate', 0.95, 'figure') : typed('number', 0.95, 'figure');
  const clause = firstClause(t);
  const directed = DIRECTION.test(clause);
  for (const c of CUES) {
    if (c.qualitativeOnly && !qualitative) continue;
    if (directed && !BEFORE_DIRECTION.has(c.kind)) continue;
    if (c.re.test(c.scope === 'whole' ? t : clause)) {
      // A grade or an attainment is the prescribed form where the grid says 定性; elsewhere it is still
      // checkable, read with a little less certainty.
      const sure = c.kind === 'grade' || c.kind === 'attainment' ? (qualitative ? 0.9 : 0.75) : 0.9;
      // A quantity indicator (数量指标) counts something: 完成 there stands in for the missing count, unless the
      // grid marks the indicator 定性.
      if (c.kind === 'attainment' && !qualitative && i.level2 === '数量指标') return typed('vague', 0.7, `${c.cue}-for-a-count`);
      return typed(c.kind, sure, c.cue);
    }
  }
  if (MISREAD.test(t)) return typed('vague', 0.3, 'unit-or-label-as-value');
  if (DIRECTION.test(t)) return typed('vague', 0.9, 'direction');
  if (t.length >= 4 && (name.includes(t) || t.includes(name))) return typed('vague', 0.85, 'restates-indicator');
  return typed('vague', 0.7, 'no-measure');
}

/** Every indicator of the projects with its target typed (the recogniser's last step over the forms). */
export function withTargetTypes(projects: readonly Project[]): Project[] {
  return projects.map((p) => ({ ...p, indicators: p.indicators.map((i) => ({ ...i, targetType: typeTarget(i) })) }));
}
