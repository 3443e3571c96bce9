/**
 * The verified flags (fixtures/verified-flags/): error and warning flags judged TRUE or FALSE by reading the
 * page, and real inconsistencies found by reading that the tool must report. Keyed by document sha256, rule,
 * subject and page, so that a judgement survives reruns and file moves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Flag } from '../../src/model/index.js';
import { CORPUS as CORPUS_ROOT } from './corpus.js';
export { CORPUS_ROOT };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VERIFIED_DIR = join(ROOT, 'fixtures', 'verified-flags');

export interface Verdict {
  sha256: string;
  /** Path under ../shared/corpus, to find the file again (the sha256 decides). */
  file: string;
  rule: string;
  subject: string;
  page: string;
  verdict: 'TRUE' | 'FALSE';
  reason: string;
}

/** A real inconsistency found by reading: reported when a flag of `rule` names `subject` on `page`. */
export interface MustReport {
  sha256: string;
  file: string;
  rule: string;
  subject: string;
  page: string;
  reason: string;
}

const VERDICT_COLUMNS = ['sha256', 'file', 'rule', 'subject', 'page', 'verdict', 'reason'] as const;
const MUST_COLUMNS = ['sha256', 'file', 'rule', 'subject', 'page', 'reason'] as const;

function readTsv(path: string, columns: readonly string[]): Record<string, string>[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const header = lines[0]?.split('\t') ?? [];
  if (columns.some((c, i) => header[i] !== c)) throw new Error(`${path}: header must be ${columns.join(' ')}`);
  return lines.slice(1).map((l, n) => {
    const cells = l.split('\t');
    if (cells.length < columns.length) throw new Error(`${path}:${n + 2}: expected ${columns.length} columns, got ${cells.length}`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  });
}

/** Every *.tsv of the directory whose header is the verdicts' (files per city or per batch of judging). */
export function readVerdicts(dir = VERIFIED_DIR): Verdict[] {
  const out: Verdict[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv') && x !== 'must-report.tsv').sort()) {
    for (const r of readTsv(join(dir, f), VERDICT_COLUMNS)) {
      if (r.verdict !== 'TRUE' && r.verdict !== 'FALSE') throw new Error(`${f}: verdict must be TRUE or FALSE, got '${r.verdict}'`);
      out.push(r as unknown as Verdict);
    }
  }
  return out;
}

export function readMustReport(dir = VERIFIED_DIR): MustReport[] {
  return readTsv(join(dir, 'must-report.tsv'), MUST_COLUMNS) as unknown as MustReport[];
}

/** The page a flag is about: its first place (a line number for text files). */
export function flagPage(f: Pick<Flag, 'evidence'>): string {
  const e = f.evidence[0] as { page?: number; line?: number } | undefined;
  return e?.page !== undefined ? String(e.page) : e?.line !== undefined ? `L${e.line}` : '';
}

/** Tabs and line breaks would break the TSV; subjects are kept otherwise as printed. */
export const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export const flagKey = (sha: string, rule: string, subject: string, page: string) => [sha, rule, cell(subject), page].join('\u0000');

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The file of a document: its recorded path when the bytes still match, else any corpus file with its sha256. */
export function locate(sha: string, file: string, index?: () => Map<string, string>): string | null {
  const direct = join(CORPUS_ROOT, file);
  if (existsSync(direct) && sha256File(direct) === sha) return direct;
  return index?.().get(sha) ?? null;
}

/** sha256 -> path of every PDF and text file under the corpus (computed once, on demand). */
export function corpusIndex(): () => Map<string, string> {
  let map: Map<string, string> | null = null;
  return () => {
    if (map) return map;
    map = new Map();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(pdf|txt)$/i.test(name)) map!.set(sha256File(p), p);
      }
    };
    walk(CORPUS_ROOT);
    return map;
  };
}

export interface JudgedFlag {
  flag: Flag;
  sha256: string;
  file: string;
  page: string;
  verdict: Verdict | null;
}

export interface PrecisionReport {
  /** Per rule and severity: flags judged TRUE / judged / produced. */
  byRule: { rule: string; severity: string; judged: number; correct: number; produced: number }[];
  bySeverity: { severity: string; judged: number; correct: number; produced: number }[];
  /** TRUE verdicts and must-report items: how many the tool still reports. */
  recall: { expected: number; found: number; missed: { file: string; rule: string; subject: string; page: string; reason: string }[] };
  unjudged: JudgedFlag[];
  /** Verdicts whose flag the tool no longer produces (a FALSE one gone is a false alarm fixed). */
  gone: Verdict[];
}

/** Scores the flags the tool produced now on the documents against the verdicts and the must-report list. */
export function score(produced: readonly JudgedFlag[], verdicts: readonly Verdict[], must: readonly MustReport[]): PrecisionReport {
  const bySha = new Set(produced.map((p) => p.sha256));
  const verdictByKey = new Map(verdicts.map((v) => [flagKey(v.sha256, v.rule, v.subject, v.page), v]));
  const seen = new Set<string>();
  for (const p of produced) {
    const k = flagKey(p.sha256, p.flag.rule, p.flag.subject, p.page);
    p.verdict = verdictByKey.get(k) ?? null;
    seen.add(k);
  }
  const groups = new Map<string, { rule: string; severity: string; judged: number; correct: number; produced: number }>();
  const sev = new Map<string, { severity: string; judged: number; correct: number; produced: number }>();
  for (const p of produced) {
    const g = groups.get(`${p.flag.rule}|${p.flag.severity}`) ?? { rule: p.flag.rule, severity: p.flag.severity, judged: 0, correct: 0, produced: 0 };
    const s = sev.get(p.flag.severity) ?? { severity: p.flag.severity, judged: 0, correct: 0, produced: 0 };
    for (const x of [g, s]) {
      x.produced++;
      if (p.verdict) x.judged++;
      if (p.verdict?.verdict === 'TRUE') x.correct++;
    }
    groups.set(`${p.flag.rule}|${p.flag.severity}`, g);
    sev.set(p.flag.severity, s);
  }
  const expected = [
    ...verdicts.filter((v) => v.verdict === 'TRUE' && bySha.has(v.sha256)).map((v) => ({ ...v, exact: true })),
    ...must.filter((m) => bySha.has(m.sha256)).map((m) => ({ ...m, exact: false })),
  ];
  const missed = expected.filter((e) =>
    e.exact
      ? !seen.has(flagKey(e.sha256, e.rule, e.subject, e.page))
      : !produced.some((p) => p.sha256 === e.sha256 && p.flag.rule === e.rule && p.flag.severity !== 'info' && p.flag.subject.includes(e.subject) && p.flag.evidence.some((x) => String((x as { page?: number }).page) === e.page)),
  );
  return {
    byRule: [...groups.values()].sort((a, b) => a.severity.localeCompare(b.severity) || b.produced - a.produced),
    bySeverity: [...sev.values()],
    recall: { expected: expected.length, found: expected.length - missed.length, missed: missed.map(({ file, rule, subject, page, reason }) => ({ file, rule, subject, page, reason })) },
    unjudged: produced.filter((p) => !p.verdict),
    gone: verdicts.filter((v) => bySha.has(v.sha256) && !seen.has(flagKey(v.sha256, v.rule, v.subject, v.page))),
  };
}
