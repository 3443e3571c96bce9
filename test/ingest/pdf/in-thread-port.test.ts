import { describe, expect, it } from 'vitest';
import { InThreadPort } from '../../../src/ingest/pdf/in-thread-port.js';

const received = (port: InThreadPort) =>
  new Promise<unknown>((resolve) => port.addEventListener('message', (e) => resolve(e.data)));

describe('InThreadPort', () => {
  it('hands over an operator-list chunk that the sender empties right after sending', async () => {
    const port = new InThreadPort();
    const got = received(port);
    const glyph = { unicode: '行', width: 1000 };
    const chunk = { fnArray: [44], argsArray: [[[glyph]]], lastChunk: false };
    port.postMessage({ stream: 3, streamId: 1, chunk });
    // What pdf.js's OperatorList.flush does after enqueueing.
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    const data = (await got) as { chunk: typeof chunk };
    expect(data.chunk.fnArray).toEqual([44]);
    expect(data.chunk.argsArray).toEqual([[[glyph]]]);
    expect(data.chunk.lastChunk).toBe(false);
  });

  it('clones every other message, as a real port does', async () => {
    const port = new InThreadPort();
    const got = received(port);
    const message = { action: 'GetPage', data: { pageIndex: 3 } };
    port.postMessage(message);
    message.data.pageIndex = 9;
    expect(await got).toEqual({ action: 'GetPage', data: { pageIndex: 3 } });
  });

  it("merges its parser options into the evaluator options of the document request, and only there", async () => {
    const port = new InThreadPort({ parserOptions: { disableFontFace: false } });
    const got = received(port);
    port.postMessage({ action: 'GetDocRequest', data: { evaluatorOptions: { disableFontFace: true, maxImageSize: 1 } } });
    expect(await got).toEqual({ action: 'GetDocRequest', data: { evaluatorOptions: { disableFontFace: false, maxImageSize: 1 } } });
    const other = received(port);
    port.postMessage({ action: 'GetPage', data: { evaluatorOptions: { disableFontFace: true } } });
    expect(await other).toEqual({ action: 'GetPage', data: { evaluatorOptions: { disableFontFace: true } } });
  });

  it('stops delivering once terminated or its listener aborted', async () => {
    const port = new InThreadPort();
    const seen: unknown[] = [];
    const abort = new AbortController();
    port.addEventListener('message', (e) => seen.push(e.data), { signal: abort.signal });
    abort.abort();
    port.postMessage({ a: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([]);
  });
});
