import type { Gray } from './bitmap.js';
import { toPgm } from './bitmap.js';
import type { OcrPool } from './pool.js';

/** Tesseract page segmentation modes used here. */
export type Psm = 'auto' | 'block' | 'line' | 'word' | 'sparse';
const PSM_CODE: Record<Psm, string> = { auto: '3', block: '6', line: '7', word: '8', sparse: '11' };

export interface ReadOptions {
  psm: Psm;
  /** Only these characters may be read (digits in numeric columns); empty = all. */
  whitelist?: string;
}

export interface ReadWord {
  text: string;
  /** Pixels in the image that was read. */
  bbox: [number, number, number, number];
  /** 0..1 */
  confidence: number;
}

export interface ReadLine {
  words: ReadWord[];
  bbox: [number, number, number, number];
}

export interface ReadResult {
  lines: ReadLine[];
  text: string;
  /** 0..1: the worst word's confidence (a figure is as good as its weakest part); 0 when nothing was read. */
  confidence: number;
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TessLine {
  words: TessWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TessBlock {
  paragraphs: { lines: TessLine[] }[];
}

/** One recognition job on an image (a cell, a region, a page) with its own parameters. */
export function readImage(pool: OcrPool, image: Gray, opts: ReadOptions): Promise<ReadResult> {
  return pool.run(async (worker) => {
    await worker.setParameters({
      tessedit_pageseg_mode: PSM_CODE[opts.psm] as never,
      tessedit_char_whitelist: opts.whitelist ?? '',
      preserve_interword_spaces: '1',
    });
    const { data } = await worker.recognize(toPgm(image), {}, { text: true, blocks: true });
    const lines: ReadLine[] = [];
    for (const b of (data.blocks ?? []) as unknown as TessBlock[]) {
      for (const p of b.paragraphs) {
        for (const l of p.lines) {
          const words = l.words
            .filter((w) => w.text.trim())
            .map((w) => ({ text: w.text, bbox: [w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1] as ReadWord['bbox'], confidence: w.confidence / 100 }));
          if (words.length) lines.push({ words, bbox: [l.bbox.x0, l.bbox.y0, l.bbox.x1, l.bbox.y1] });
        }
      }
    }
    const all = lines.flatMap((l) => l.words);
    const confidence = all.length ? Math.max(0, Math.min(1, Math.min(...all.map((w) => w.confidence)))) : 0;
    return { lines, text: data.text ?? '', confidence };
  });
}
