/**
 * Page text of a PDF as lines, straight from pdf.js's text content (no layout, no recogniser): the
 * corpus-health check looks at what the page prints, independently of how budgetlens reads it.
 * Items are grouped into lines by their baseline (within a third of the font height), left to right.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPdfjs, openForReading } from '../../src/ingest/pdf/pdfjs.js';

export interface PageLines {
  page: number;
  /** Lines top to bottom, items joined with a space where a gap separates them. */
  lines: string[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export async function pageLines(bytes: Uint8Array): Promise<PageLines[]> {
  const pdfjs = await loadPdfjs();
  const opened = openForReading(pdfjs, bytes, { images: false });
  try {
    const doc = await opened.task.promise;
    const out: PageLines[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      try {
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const it of content.items) {
          if (!('str' in it) || !it.str.trim()) continue;
          const [a, b, , , e, f] = it.transform as number[];
          items.push({ str: it.str, x: e, y: f, w: it.width, h: Math.max(Math.hypot(a, b), it.height, 1) });
        }
        out.push({ page: n, lines: groupLines(items) });
      } finally {
        page.cleanup();
      }
    }
    return out;
  } finally {
    await opened.close();
  }
}

function groupLines(items: Item[]): string[] {
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(r[0].y - it.y) <= Math.min(r[0].h, it.h) / 3);
    if (row) row.push(it);
    else rows.push([it]);
  }
  rows.sort((p, q) => q[0].y - p[0].y);
  return rows.map((r) => {
    r.sort((p, q) => p.x - q.x);
    let s = '';
    let end = -Infinity;
    for (const it of r) {
      if (s && it.x - end > it.h * 0.5) s += ' ';
      s += it.str;
      end = it.x + it.w;
    }
    return s;
  });
}

/**
 * pageLines, cached by the file's sha256 in `dir` (text extraction is the slow part of a health run
 * over an existing database; the bytes decide the text, so the cache never goes stale).
 */
export async function cachedPageLines(bytes: Uint8Array, sha256: string, dir: string): Promise<PageLines[]> {
  const path = join(dir, `${sha256}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as PageLines[];
  const pages = await pageLines(bytes);
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pages));
  renameSync(tmp, path);
  return pages;
}
