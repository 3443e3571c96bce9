import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Import specifiers of every .ts file under a src folder. */
function importsOf(dir: string): { file: string; spec: string }[] {
  return readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => {
      const text = readFileSync(join(SRC, dir, f), 'utf8');
      return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => ({ file: `${dir}/${f}`, spec: m[1] }));
    });
}

describe('layering of the PDF path', () => {
  it('geometry is pure: no pdfjs, no stage imports', () => {
    const bad = importsOf('geometry').filter(({ spec }) => /pdfjs|\/(ingest|layout|recognise|reconcile)\//.test(spec));
    expect(bad).toEqual([]);
  });

  it('ingest/pdf does not import layout, and layout/pdf does not import ingest or pdfjs', () => {
    expect(importsOf('ingest/pdf').filter(({ spec }) => spec.includes('/layout/'))).toEqual([]);
    expect(importsOf('layout/pdf').filter(({ spec }) => /\/ingest\/|pdfjs/.test(spec))).toEqual([]);
  });
});
