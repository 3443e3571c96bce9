import { defineRule, type FlagDraft } from '../rule.js';
import { fieldEvidence, fundsOf } from '../projects.js';
import { nameKey, normaliseText } from '../../util/cjk.js';
import type { Project } from '../../model/index.js';

/** Dice similarity of character bigrams: 1 for equal texts. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total ? (2 * common) / total : a === b ? 1 : 0;
}

const indicatorText = (p: Project) => p.indicators.map((i) => `${i.name}${i.target ?? ''}`).join('').replace(/\s+/g, '');

/** Texts this alike describe the same work. */
const NEAR_IDENTICAL = 0.8;

/** One project per printed name cell: entries under one merged name cell are one printing. */
function onePerPrinting(group: readonly Project[]): Project[] {
  const seen = new Map<string, Project>();
  for (const p of group) {
    const k = JSON.stringify(p.fieldPlaces.name ?? p.place);
    if (!seen.has(k)) seen.set(k, p);
  }
  return [...seen.values()];
}

/** Two printings of one entry: the same annual funds (or none printed in either) and near-identical indicators. */
function sameEntry(a: Project, b: Project): boolean {
  const [x, y] = [fundsOf(a, 'annual'), fundsOf(b, 'annual')];
  if ((x?.fen ?? null) !== (y?.fen ?? null)) return false;
  return similarity(indicatorText(a), indicatorText(b)) >= NEAR_IDENTICAL;
}

/** Groups of items that `same` links (each item joins the first group holding an item it is the same as). */
function clustersOf<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const i of items) {
    const c = out.find((cl) => cl.some((o) => same(o, i)));
    if (c) c.push(i);
    else out.push([i]);
  }
  return out;
}

export const duplicateProject = defineRule({
  meta: {
    id: 'duplicate-project',
    severity: 'warning',
    docTypes: ['budget'],
    description: {
      zh: '同一项目不应重复列出：名称相同，或资金相同且绩效指标几乎一样。',
      en: 'A project is not listed twice: the same name, or the same funds with near-identical indicators.',
    },
    message: '项目“{a}”与“{b}”{why}，疑似重复。',
  },
  check(facts) {
    const out: FlagDraft[] = [];
    const ps = facts.projects.filter((p) => p.scope !== 'department');
    // The same project name under two implementing units is two projects (Guangzhou lists each unit's own).
    const unitKey = (p: Project) => nameKey(p.implementingUnit ?? '');
    // A printed project code is the project's identity: two codes are two projects, whatever their names
    // (Beijing's 教育委员会 lists each university's 研究生国家助学金 under its own code). The name keeps its
    // brackets here ((财贸), (北京建筑大学) name the unit).
    const exactName = (p: Project) => normaliseText(p.name).replace(/[\s"“”'‘’、，,。.：:；;\-－—_·]/g, '');
    const groups = new Map<string, Project[]>();
    for (const p of ps) {
      const key = `${p.code ?? exactName(p)}|${unitKey(p)}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
      // Entries under one merged name cell (the name printed once for them) are not a repetition.
      const printings = onePerPrinting(group);
      if (printings.length < 2) continue;
      // A repetition is the same entry printed again: the same funds and near-identical indicators. One name
      // (or one municipal project code) over entries with their own funds or targets is shared by several
      // units' projects (Beijing lists a code once per budget unit, Fuzhou each unit's 综合工作经费): on the
      // verified set all 8 such flags were FALSE, so that is left unresolved, not called a duplicate.
      const repeated = clustersOf(printings, sameEntry).filter((c) => c.length > 1);
      for (const c of repeated) {
        const a = c[0];
        const funds = fundsOf(a, 'annual');
        out.push({
          subject: a.name,
          message: `项目“${a.name}”在绩效目标表中出现了${c.length}次${funds ? `（年度资金均为${funds.text}${funds.unit}，绩效指标相同）` : ''}。`,
          expected: '每个项目列出一次',
          actual: `出现${c.length}次`,
          evidence: c.map((p) => fieldEvidence(p, 'name', p.name)),
        });
      }
      if (repeated.length) continue;
      out.push({
        subject: printings[0].name,
        variant: 'unresolved',
        message: `项目“${printings[0].name}”在绩效目标表中列出了${printings.length}次，但各次的资金或绩效指标不同，可能是不同单位的同名项目，无法判断是否重复。`,
        expected: '每个项目列出一次',
        actual: `同名${printings.length}次，资金或指标不同`,
        evidence: printings.map((p) => fieldEvidence(p, 'name', p.name)),
      });
    }
    const flagged = new Set<Project>();
    for (let i = 0; i < ps.length; i++) {
      for (let j = i + 1; j < ps.length; j++) {
        const [a, b] = [ps[i], ps[j]];
        if (nameKey(a.name) === nameKey(b.name) || unitKey(a) !== unitKey(b) || flagged.has(b)) continue;
        const [ma, mb, ya, yb] = [fundsOf(a, 'mid_term'), fundsOf(b, 'mid_term'), fundsOf(a, 'annual'), fundsOf(b, 'annual')];
        if (!ya?.fen || ya.fen !== yb?.fen || (ma?.fen ?? null) !== (mb?.fen ?? null)) continue;
        const sim = similarity(indicatorText(a), indicatorText(b));
        if (sim < NEAR_IDENTICAL) continue;
        flagged.add(b);
        out.push({
          subject: `${a.name} / ${b.name}`,
          severity: 'info',
          message: `项目“${a.name}”与“${b.name}”的资金相同（年度${ya.text}${ya.unit}${ma ? `、中期${ma.text}${ma.unit}` : ''}），绩效指标的文字也几乎一样（相似度${Math.round(sim * 100)}%），请核实是否重复列出。`,
          expected: '不同项目有各自的资金和指标',
          actual: `相似度${Math.round(sim * 100)}%`,
          evidence: [fieldEvidence(a, 'name', a.name), fieldEvidence(b, 'name', b.name)],
        });
      }
    }
    return out;
  },
});
