/**
 * Makes a scan fixture from a text PDF: renders pages, blurs, skews and adds noise, and wraps the images
 * as an image-only PDF (one JPEG per page). Writes the text layer's amounts per page next to it as the
 * ground truth for the OCR path.
 *
 *   npx tsx scripts/make-scan-fixture.ts <text.pdf> <out.pdf> <page,page,...> [--dpi 200] [--skew 0.6] [--seed 7]
 */
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { documentParams, loadPdfjs } from '../src/ingest/pdf/pdfjs.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const dpi = opt('dpi', 200);
const skew = opt('skew', 0.6);
let seed = opt('seed', 7);
const [src, out, pageList] = args;
if (!src || !out || !pageList) throw new Error('usage: make-scan-fixture <text.pdf> <out.pdf> <pages> [--dpi] [--skew] [--seed]');
const pages = pageList.split(',').map(Number);

/** Deterministic noise, so the fixture is reproducible. */
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());

/** A page as a scanner would give it: slightly turned, soft, grey paper, grain. */
function degrade(page: Canvas, angle: number): Canvas {
  const w = page.width;
  const h = page.height;
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#f2f2f0';
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.filter = 'blur(0.7px)';
  ctx.drawImage(page, -w / 2, -h / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.filter = 'none';
  const img = ctx.getImageData(0, 0, w, h);
  for (let i = 0; i < img.data.length; i += 4) {
    const v = Math.max(0, Math.min(255, img.data[i] * 0.97 + 6 * gauss()));
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

/** A minimal PDF: one full-page JPEG per page, no text layer. */
function imagePdf(images: { jpeg: Buffer; w: number; h: number; widthPt: number; heightPt: number }[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = size;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const kids = images.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${images.length} >>`]);
  images.forEach((im, i) => {
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const draw = `q ${im.widthPt} 0 0 ${im.heightPt} 0 0 cm /Im0 Do Q`;
    obj(page, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${im.widthPt} ${im.heightPt}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`]);
    obj(content, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    obj(image, [`<< /Type /XObject /Subtype /Image /Width ${im.w} /Height ${im.h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${im.jpeg.length} >>\nstream\n`, im.jpeg, '\nendstream']);
  });
  const xref = size;
  const count = 3 + images.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)$|^-?\d+\.\d+$/;
const pdfjs = await loadPdfjs();
const doc = await pdfjs.getDocument(documentParams(new Uint8Array(readFileSync(src)))).promise;
const images: Parameters<typeof imagePdf>[0] = [];
const truth: { page: number; sourcePage: number; amounts: string[] }[] = [];
for (const [i, n] of pages.entries()) {
  const page = await doc.getPage(n);
  const vp = page.getViewport({ scale: dpi / 72 });
  // Render on pdfjs's own canvas (its Path2D must come from the same module instance), then copy the pixels.
  const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: any } };
  const r = factory.create(Math.ceil(vp.width), Math.ceil(vp.height));
  r.context.fillStyle = '#ffffff';
  r.context.fillRect(0, 0, Math.ceil(vp.width), Math.ceil(vp.height));
  await page.render({ canvasContext: r.context, viewport: vp, canvas: r.canvas as never }).promise;
  const canvas = createCanvas(Math.ceil(vp.width), Math.ceil(vp.height));
  const pixels = canvas.getContext('2d').createImageData(canvas.width, canvas.height);
  pixels.data.set(r.context.getImageData(0, 0, canvas.width, canvas.height).data);
  canvas.getContext('2d').putImageData(pixels, 0, 0);
  const tc = await page.getTextContent();
  truth.push({ page: i + 1, sourcePage: n, amounts: tc.items.map((t) => ('str' in t ? t.str.trim().replace(/,/g, '') : '')).filter((t) => AMOUNT.test(t)) });
  const base = page.getViewport({ scale: 1 });
  const scanned = degrade(canvas, skew * (i % 2 ? -1 : 1));
  images.push({ jpeg: scanned.toBuffer('image/jpeg', 70), w: canvas.width, h: canvas.height, widthPt: base.width, heightPt: base.height });
  page.cleanup();
}
await doc.destroy();
writeFileSync(out, imagePdf(images));
writeFileSync(out.replace(/\.pdf$/, '.truth.json'), JSON.stringify({ source: src.split('/').pop(), dpi, skew, pages: truth }, null, 1) + '\n');
console.log(`${out}: ${images.length} pages, ${(imagePdf(images).length / 1024).toFixed(0)} KB`);
