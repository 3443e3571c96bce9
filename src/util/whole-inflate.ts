import { inflateSync } from 'node:zlib';

/**
 * pdf.js 5.4 inflates every Flate stream it reads asynchronously (content streams above all) through a global
 * DecompressionStream('deflate'): Node builds a web-stream pair over a zlib stream for each, and setting those
 * up and pumping them cost more than the inflation itself (~6% of a corpus ingest in a profile). pdf.js writes
 * the whole input at once and only reads the whole output back, so one synchronous inflate of the same zlib
 * does the same work. Same bytes out, and the same errors (bad header, truncated data) in the same place, the
 * read of the output, after which pdf.js falls back to its own decoder as before. Other formats go to Node's own.
 */
type Chunk = ArrayBufferView | ArrayBuffer;

export class WholeInflate {
  readonly #input: Chunk[] = [];
  readonly #closed: Promise<void>;
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Chunk): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor() {
    let close!: () => void;
    this.#closed = new Promise((resolve) => (close = resolve));
    const writer = {
      ready: Promise.resolve(),
      write: async (chunk: Chunk) => void this.#input.push(chunk),
      close: async () => close(),
    };
    this.writable = { getWriter: () => writer };
    const whole = async () => {
      await this.#closed;
      const parts = this.#input.map((c) => (c instanceof ArrayBuffer ? new Uint8Array(c) : new Uint8Array(c.buffer, c.byteOffset, c.byteLength)));
      const out = inflateSync(parts.length === 1 ? parts[0] : Buffer.concat(parts));
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        yield await whole();
      },
    };
  }
}

let installed = false;

/** Puts WholeInflate behind globalThis.DecompressionStream for 'deflate' (once per process). */
export function installWholeInflate(): void {
  if (installed || typeof globalThis.DecompressionStream !== 'function') return;
  installed = true;
  const Native = globalThis.DecompressionStream;
  function DecompressionStream(format: CompressionFormat) {
    return format === 'deflate' ? new WholeInflate() : new Native(format);
  }
  DecompressionStream.prototype = Native.prototype;
  globalThis.DecompressionStream = DecompressionStream as unknown as typeof Native;
}
