/**
 * Builds small PDFs in memory for tests, so no PDF tool is needed in CI. Chinese text uses SimSun
 * as a non-embedded CID font with the UniGB-UCS2-H CMap: the case that reads as nothing when pdfjs
 * is not given its CMaps.
 */
export interface TestPage {
  /** Content stream operators; `cn(text)` gives the hex string of Chinese text for Tj. */
  content: string;
  width?: number;
  height?: number;
  rotate?: 0 | 90 | 180 | 270;
}

/** UCS-2 hex string for Tj with the UniGB-UCS2-H font. */
export const cn = (text: string): string =>
  '<' + [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('') + '>';

export function makePdf(pages: readonly TestPage[]): Uint8Array {
  const objs: string[] = [];
  const add = (body: string) => objs.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>');
  add('<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: string[] = [];
  for (const p of pages) {
    const content = p.content;
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentId = objs.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width ?? 400} ${p.height ?? 300}] /Rotate ${p.rotate ?? 0} ` +
        `/Contents ${contentId} 0 R /Resources << /Font << /F1 3 0 R /F2 6 0 R >> >> >>`,
    );
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * A page with a title in Chinese and a ruled 2-column table under it: lines drawn as strokes, the
 * bottom border as a thin filled rectangle, and the table shifted by a `cm` inside q/Q.
 * In PDF space the table spans x 50..250 and y 200 (top) .. 160 (bottom).
 */
export const TABLE_PAGE = [
  `BT /F1 12 Tf 40 260 Td ${cn('部门预算表')} Tj ET`,
  'q 1 0 0 1 10 0 cm 0.5 w',
  '40 200 m 240 200 l S 40 180 m 240 180 l S',
  '40 160.25 200 -0.5 re f',
  '40 200 m 40 160 l S 140 200 m 140 160 l S 240 200 m 240 160 l S',
  `BT /F1 10 Tf 45 186 Td ${cn('科目')} Tj ET`,
  `BT /F1 10 Tf 145 186 Td ${cn('金额')} Tj ET`,
  'BT /F2 10 Tf 45 166 Td (2040601) Tj ET',
  'BT /F2 10 Tf 145 166 Td (1,234.50) Tj ET',
  'Q',
].join('\n');
