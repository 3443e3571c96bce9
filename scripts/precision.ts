/**
 * Precision and recall of the alarms on the verified flags (fixtures/verified-flags/).
 *
 *   npx tsx scripts/precision.ts [--only <substring of the file path>]... [--unjudged <out.tsv>] [--list error|warning]
 *
 * Re-runs every document the verdicts name (the real pipeline, --ocr never), then prints precision per rule
 * and severity (flags judged TRUE / flags judged), recall on the TRUE verdicts and the must-report list,
 * per city, and every error or warning flag nobody has judged yet (written with --unjudged as verdict rows
 * with an empty verdict, ready to be judged by reading the page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultSettings, processDocument } from '../src/process-document.js';
import {
  cell,
  CORPUS_ROOT,
  corpusIndex,
  flagPage,
  type JudgedFlag,
  locate,
  type PrecisionReport,
  readMustReport,
  readVerdicts,
  score,
} from './lib/verified-flags.js';

export async function judgedFlagsOf(docs: readonly { sha256: string; file: string }[]): Promise<JudgedFlag[]> {
  const index = corpusIndex();
  const out: JudgedFlag[] = [];
  for (const d of docs) {
    const path = locate(d.sha256, d.file, index);
    if (!path) throw new Error(`document ${d.file} (${d.sha256.slice(0, 12)}) is not in ../shared/corpus`);
    const r = await processDocument(path, new Uint8Array(readFileSync(path)), defaultSettings({ ocr: 'never' }));
    for (const flag of r.flags.filter((f) => f.severity !== 'info')) out.push({ flag, sha256: d.sha256, file: relative(CORPUS_ROOT, path), page: flagPage(flag), verdict: null });
  }
  return out;
}

/** The documents the verdicts and the must-report list name, once each. */
export function documentsOf(only: readonly string[] = []): { sha256: string; file: string }[] {
  const all = [...readVerdicts(), ...readMustReport()];
  const docs = new Map<string, string>();
  for (const v of all) if (!only.length || only.some((o) => v.file.includes(o))) docs.set(v.sha256, v.file);
  return [...docs].map(([sha256, file]) => ({ sha256, file }));
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const cityOf = (file: string) => file.split('/').slice(0, 2).join('/');

function print(report: PrecisionReport, produced: readonly JudgedFlag[]): void {
  console.log('precision by severity (judged TRUE / judged; produced)');
  for (const s of report.bySeverity) console.log(`  ${s.severity.padEnd(8)} ${pct(s.correct, s.judged).padStart(7)}  ${s.correct}/${s.judged}  (${s.produced} produced)`);
  console.log('\nprecision by rule');
  for (const r of report.byRule) console.log(`  ${r.severity.padEnd(8)} ${r.rule.padEnd(32)} ${pct(r.correct, r.judged).padStart(7)}  ${r.correct}/${r.judged}  (${r.produced})`);
  console.log('\nby city: error precision, warning precision, flags');
  const cities = [...new Set(produced.map((p) => cityOf(p.file)))].sort();
  for (const c of cities) {
    const of = (sev: string) => produced.filter((p) => cityOf(p.file) === c && p.flag.severity === sev && p.verdict);
    const ok = (xs: JudgedFlag[]) => xs.filter((x) => x.verdict!.verdict === 'TRUE').length;
    const e = of('error');
    const w = of('warning');
    console.log(`  ${c.padEnd(12)} error ${pct(ok(e), e.length).padStart(7)} (${ok(e)}/${e.length})  warning ${pct(ok(w), w.length).padStart(7)} (${ok(w)}/${w.length})`);
  }
  console.log(`\nrecall ${pct(report.recall.found, report.recall.expected)} (${report.recall.found}/${report.recall.expected})`);
  for (const m of report.recall.missed) console.log(`  missed: ${m.file} p.${m.page} ${m.rule} “${m.subject}”: ${m.reason}`);
  const falseGone = report.gone.filter((v) => v.verdict === 'FALSE').length;
  console.log(`\njudged flags no longer produced: ${report.gone.length} (${falseGone} of them judged FALSE)`);
  console.log(`unjudged flags: ${report.unjudged.length}`);
  for (const u of report.unjudged) console.log(`  ${u.file} p.${u.page} ${u.flag.severity} ${u.flag.rule} “${u.flag.subject}”: ${u.flag.message}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only: string[] = [];
  let unjudgedOut: string | null = null;
  let list: string | null = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--only') only.push(args[++i]);
    else if (args[i] === '--unjudged') unjudgedOut = args[++i];
    else if (args[i] === '--file') only.push(args[++i]);
    else if (args[i] === '--list') list = args[++i];
    else throw new Error(`unknown option ${args[i]}`);
  }
  const docs = documentsOf(only);
  const produced = await judgedFlagsOf(docs);
  const report = score(produced, readVerdicts(), readMustReport());
  print(report, produced);
  if (list) {
    console.log(`\n${list} flags produced, with their verdicts`);
    for (const p of produced.filter((x) => x.flag.severity === list)) {
      console.log(`  ${p.verdict?.verdict ?? '-    '} ${p.file} p.${p.page} ${p.flag.rule} “${p.flag.subject}”: ${p.flag.message}`);
    }
  }
  if (unjudgedOut) {
    const rows = report.unjudged.map((u) => [u.sha256, u.file, u.flag.rule, cell(u.flag.subject), u.page, '', cell(`${u.flag.severity}: ${u.flag.message}`)].join('\t'));
    writeFileSync(unjudgedOut, ['sha256\tfile\trule\tsubject\tpage\tverdict\treason', ...rows].join('\n') + '\n');
    console.log(`\nwrote ${rows.length} unjudged rows to ${unjudgedOut}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
