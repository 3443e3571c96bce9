/**
 * Hand-written PDFs for the hostile set and the tests of the ingest budgets: a few objects and an exact xref,
 * binary streams allowed. A large compressed stream is made by deflating in chunks, never held expanded.
 */
import { constants, createDeflate } from 'node:zlib';

export type Obj = { dict: string; stream?: Buffer };

/** A PDF from numbered objects (1 is the catalog); offsets in the xref are exact. */
export function pdf(objects: Obj[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const head = o.stream ? `${i + 1} 0 obj\n<< ${o.dict} /Length ${o.stream.length} >>\nstream\n` : `${i + 1} 0 obj\n<< ${o.dict} >>\nendobj\n`;
    const chunk = o.stream ? Buffer.concat([Buffer.from(head, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n')]) : Buffer.from(head, 'latin1');
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)];
  parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Pages sharing one content stream (its dictionary entries in `contentDict`); page objects start at object 3. */
export function pagesPdf(count: number, { size = [595, 842], content = Buffer.alloc(0) as Buffer<ArrayBufferLike>, contentDict = '', resources = '', extra = [] as Obj[] } = {}): Buffer {
  const first = 3;
  const contentObj = first + count;
  const objects: Obj[] = [
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: `/Type /Pages /Count ${count} /Kids [${Array.from({ length: count }, (_, i) => `${first + i} 0 R`).join(' ')}]` },
    ...Array.from({ length: count }, () => ({
      dict: `/Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Contents ${contentObj} 0 R /Resources << ${resources} >>`,
    })),
    { dict: contentDict, stream: content },
    ...extra,
  ];
  return pdf(objects);
}

/** `total` bytes of `fill`, deflated in 1 MB chunks. */
export async function deflated(total: number, fill: number | string): Promise<Buffer<ArrayBufferLike>> {
  const chunk = Buffer.alloc(1 << 20, fill as never);
  const z = createDeflate({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  z.on('data', (d: Buffer) => parts.push(d));
  const done = new Promise((r) => z.on('end', r));
  for (let left = total; left > 0; left -= chunk.length) {
    if (!z.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return Buffer.concat(parts);
}

/** Draws image /Im1 over a w x h box from the origin. */
export const imageDraw = (w: number, h: number) => Buffer.from(`q ${w} 0 0 ${h} 0 0 cm /Im1 Do Q\n`);

