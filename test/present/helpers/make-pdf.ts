/**
 * A minimal one-page PDF (Helvetica, ASCII text at known positions) so picture tests need no corpus file.
 * Positions are given top-left origin in points, like the evidence the pipeline stores.
 */
export interface PdfText {
  x: number;
  /** Baseline, top-left origin. */
  y: number;
  size: number;
  text: string;
}

export const PAGE = { width: 595, height: 842 };

export function makePdf(texts: PdfText[], rules: [number, number, number, number][] = []): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c);
  const ops = [
    ...rules.map(([x0, y0, x1, y1]) => `${x0} ${PAGE.height - y0} m ${x1} ${PAGE.height - y1} l S`),
    ...texts.map((t) => `BT /F1 ${t.size} Tf ${t.x} ${PAGE.height - t.y} Td (${esc(t.text)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
