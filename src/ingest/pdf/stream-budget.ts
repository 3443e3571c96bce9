import { createInflate } from 'node:zlib';
import { IngestError } from '../errors.js';

/**
 * Budgets a PDF's streams before pdf.js reads it: pdf.js expands a compressed stream, or decodes an image, whole
 * and in memory, so a 1 MB file can hold a 1 GB content stream or a 20000 x 20000 image. Each Flate stream is
 * expanded here once, counted and thrown away chunk by chunk (memory stays at one chunk), and each image's
 * declared size is read from its dictionary. Only streams long enough to pass the budget are expanded, so an
 * ordinary file costs a scan for the word `stream`. A stream over budget fails the document with a reason.
 */
export interface StreamBudget {
  maxStreamBytes: number;
  maxImagePixels: number;
}

const STREAM = Buffer.from('stream');
/** Deflate compresses at most ~1032:1, so a stream shorter than budget / 1032 cannot pass the budget. */
const MAX_DEFLATE_RATIO = 1032;
/** How far back from `stream` a dictionary is looked for. */
const DICT_WINDOW = 4096;

/** Bytes a zlib stream expands to, stopping as soon as it passes `limit` (Infinity: an unreadable stream). */
function expandedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    const z = createInflate({ chunkSize: 64 * 1024 });
    z.on('data', (c: Buffer) => {
      total += c.length;
      if (total > limit) {
        z.destroy();
        resolve(total);
      }
    });
    // Damaged or encrypted data: pdf.js decides what it makes of it.
    z.on('error', () => resolve(total));
    z.on('end', () => resolve(total));
    z.end(data);
  });
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;

export async function checkStreamBudget(bytes: Uint8Array, budget: StreamBudget): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    start++;
    const from = Math.max(0, at - DICT_WINDOW);
    const before = buf.toString('latin1', from, at);
    const dict = before.slice(Math.max(before.lastIndexOf(' obj'), before.lastIndexOf('\nobj'), 0));
    // An image's expanded size is bounded by its pixels (4 bytes each at most, CMYK); other streams by the budget.
    let limit = budget.maxStreamBytes;
    if (/\/Subtype\s*\/Image\b/.test(dict)) {
      const w = Number(/\/Width\s+(\d+)/.exec(dict)?.[1] ?? 0);
      const h = Number(/\/Height\s+(\d+)/.exec(dict)?.[1] ?? 0);
      if (w * h > budget.maxImagePixels) {
        throw new IngestError('too_large', `An image in the PDF is ${w} x ${h} pixels, over the ${budget.maxImagePixels / 1e6}-megapixel limit.`);
      }
      limit = Math.max(limit, budget.maxImagePixels * 4);
    }
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict)) continue;
    const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = direct ? start + Number(direct[1]) : buf.indexOf('endstream', start);
    if (end < 0 || end > buf.length) end = buf.length;
    if ((end - start) * MAX_DEFLATE_RATIO <= limit) continue;
    const size = await expandedSize(buf.subarray(start, end), limit);
    if (size > limit) {
      throw new IngestError('too_large', `A compressed stream in the PDF expands to more than ${mb(limit)} (a stream bomb, or far more than a disclosure holds).`);
    }
    at = Math.max(at, end - STREAM.length);
  }
}
