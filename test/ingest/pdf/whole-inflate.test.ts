import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../scripts/lib/corpus.js';
import { ingestDocument } from '../../../src/ingest/index.js';
import { IngestOptions } from '../../../src/ingest/options.js';
import { WholeInflate } from '../../../src/util/whole-inflate.js';

// Captured before anything loads pdf.js (which puts WholeInflate behind the global).
const Native = globalThis.DecompressionStream;
const PUTUO = corpusFile('pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf');

/** Reads a stream the way pdf.js 5.4's FlateStream.asyncGetBytes does; the error message when it throws. */
async function inflateLikePdfjs(stream: { readable: AsyncIterable<Uint8Array>; writable: WritableStream | WholeInflate['writable'] }, bytes: Uint8Array) {
  try {
    const writer = stream.writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => {
      await writer.ready;
      await writer.close();
    }).catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream.readable) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('whole-inflate', () => {
  it('inflates like Node’s DecompressionStream, errors included (pdf.js falls back to its own decoder on them)', async () => {
    const text = readFileSync(corpusFile('pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf')).subarray(0, 20000);
    const packed = deflateSync(text);
    const cases = [packed, Buffer.concat([packed, Buffer.from('endstream\n')]), packed.subarray(0, packed.length - 9), Buffer.from('xyz'), new Uint8Array(0)];
    for (const bytes of cases) {
      const ours = await inflateLikePdfjs(new WholeInflate(), new Uint8Array(bytes));
      const node = await inflateLikePdfjs(new Native('deflate') as unknown as WholeInflate, new Uint8Array(bytes));
      expect(ours).toBe(node);
    }
  });

  it('reads the same runs and ruling lines from a real budget as with Node’s DecompressionStream', async () => {
    const read = () => ingestDocument(readFileSync(PUTUO), PUTUO, IngestOptions.parse({ ocr: 'never' }));
    const ours = await read();
    expect(globalThis.DecompressionStream).not.toBe(Native);
    const shim = globalThis.DecompressionStream;
    globalThis.DecompressionStream = Native;
    try {
      const node = await read();
      expect(ours.pages.reduce((n, p) => n + p.runs.length + p.segments.length, 0)).toBeGreaterThan(1000);
      expect(ours).toEqual(node);
    } finally {
      globalThis.DecompressionStream = shim;
    }
  });
});
