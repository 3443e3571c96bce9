/**
 * How many cities of ../shared/corpus/wide print each vocabulary word the recognisers match (measure words of
 * table headers, narrative figure and count words, fund words): a word only one city prints was likely added
 * while looking at that city, so the mechanism around it must not depend on it. Reads the page text
 * corpus-health caches (by sha256); run corpus-health first.
 *
 *   npx tsx scripts/vocab-spread.ts [--cache DIR] [--max-cities 1]
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_AMOUNT_WORDS, CLAIM_COUNT_WORDS, FUND_WORDS, TABLE_MEASURE_WORDS } from '../src/vocab/figure-words.js';
import { CORPUS } from './lib/corpus.js';
import type { PageLines } from './lib/page-text.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const cache = arg('--cache') ?? join(tmpdir(), 'budgetlens-page-text');
  const max = Number(arg('--max-cities') ?? 1);
  const manifest = readFileSync(join(CORPUS, 'wide', 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  const text = new Map<string, string>();
  for (const line of manifest) {
    const cols = line.split('\t');
    const [file, sha] = [cols[0], cols.at(-1)!];
    const cached = join(cache, `${sha}.json`);
    if (!existsSync(cached)) continue;
    const city = file.split('/')[0];
    const pages = JSON.parse(readFileSync(cached, 'utf8')) as PageLines[];
    text.set(city, (text.get(city) ?? '') + '\n' + pages.flatMap((p) => p.lines).join('\n').replace(/[ \u3000]+/g, ''));
  }
  const lists: Array<[string, ReadonlyArray<readonly [RegExp, string]>]> = [
    ['TABLE_MEASURE_WORDS', TABLE_MEASURE_WORDS],
    ['CLAIM_AMOUNT_WORDS', CLAIM_AMOUNT_WORDS],
    ['CLAIM_COUNT_WORDS', CLAIM_COUNT_WORDS],
    ['FUND_WORDS', FUND_WORDS],
  ];
  console.log(`# Vocabulary printed by at most ${max} of ${text.size} cities (page text of ../shared/corpus/wide)\n`);
  console.log('| list | pattern | meaning | cities printing it |\n|---|---|---|---|');
  for (const [list, words] of lists) {
    for (const [re, meaning] of words) {
      // Anchored patterns name a whole cell; test them line by line.
      const lineRe = new RegExp(re.source, re.flags.replace('g', '') + 'm');
      const cities = [...text].filter(([, t]) => lineRe.test(t)).map(([c]) => c);
      if (cities.length <= max) console.log(`| ${list} | \`${re.source}\` | ${meaning} | ${cities.join(', ') || '(none)'} |`);
    }
  }
}

main();
