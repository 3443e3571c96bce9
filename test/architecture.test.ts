import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pipeline's layers, enforced by reading the imports: a stage may use the shared layers and the
 * stages before it only through plain data, never reach forward or back into another stage.
 */
const SRC = new URL('../src/', import.meta.url).pathname;
// vocab: the words and code lists every stage that reads or checks Chinese shares, as data.
const SHARED = ['model', 'util', 'geometry', 'vocab'];
const ALLOWED: Record<string, string[]> = {
  model: [],
  util: ['model'],
  geometry: ['model', 'util'],
  vocab: ['model', 'util'],
  ingest: SHARED,
  layout: SHARED,
  recognise: SHARED,
  reconcile: SHARED,
  store: SHARED,
  // The batch and the CLI orchestrate the stages; the report and exports read only the store.
  batch: [...SHARED, 'process-document.ts', 'process-settings.ts', 'store'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs)$/.test(n) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** The top-level part of src/ a path belongs to ('recognise', 'model', 'pipeline.ts', ...). */
function layerOf(path: string): string {
  return relative(SRC, path).split('/')[0].replace(/\.js$/, '.ts');
}

describe('layer boundaries', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer} imports only ${allowed.length ? allowed.join(', ') : 'nothing else in src'}`, () => {
      const offending: string[] = [];
      for (const file of files(join(SRC, layer))) {
        for (const spec of importsOf(file)) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(SRC)) {
            offending.push(`${relative(SRC, file)} -> ${spec}`);
            continue;
          }
          const to = layerOf(target);
          if (to !== layer && !allowed.includes(to)) offending.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }

  it('the report and exports read the database, not the pipeline stages', () => {
    const offending = files(join(SRC, 'present'))
      .filter((f) => /present\/(report|export)\//.test(f))
      .flatMap((f) => importsOf(f).map((s) => [f, resolve(dirname(f), s)] as const))
      .filter(([, t]) => ['ingest', 'layout', 'recognise', 'reconcile', 'batch'].includes(layerOf(t)))
      .map(([f, t]) => `${relative(SRC, f)} -> ${relative(SRC, t)}`);
    expect(offending).toEqual([]);
  });
});
