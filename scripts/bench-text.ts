/**
 * Text-path benchmark (run by hand): `npx tsx scripts/bench-text.ts [files...]`.
 * Times processDocument on each text fixture against a baseline measured in the same run (decoding
 * and splitting the same bytes into lines), and prints per-document milliseconds and the ratio.
 * Machines here are shared and noisy: compare ratios, not seconds.
 */
import { readFileSync } from 'node:fs';
import { defaultSettings, processDocument } from '../src/process-document.js';
import { decodeText } from '../src/ingest/text/decode.js';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['fixtures/documents/洛阳高新区人力资源和社会保障局2021年部门预算.txt', '../shared/corpus/text/上海市普陀区万里街道2025年部门预算_文本提取.txt'];
const ROUNDS = 20;
const settings = defaultSettings({ ocr: 'never' });

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]; // median
}

console.log('file\tpipeline ms (median)\tbaseline ms\tratio\tstages (last run, ms)');
for (const f of files) {
  const bytes = readFileSync(f);
  await processDocument(f, bytes, settings); // warm-up: module loading and JIT
  const baseline = await time(() => decodeText(bytes).text.split(/\r?\n/).map((l) => l.split('\t')));
  const full = await time(() => processDocument(f, bytes, settings));
  const r = await processDocument(f, bytes, settings);
  console.log(`${f.replace(/^.*\//, '')}\t${full.toFixed(1)}\t${baseline.toFixed(2)}\t${(full / baseline).toFixed(0)}x\t${JSON.stringify(r.timings)}`);
}
