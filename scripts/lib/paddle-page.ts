import type { InferenceSession } from 'onnxruntime-node';
import { cropGray, type Gray } from '../../src/ingest/ocr/bitmap.js';
import { modelFiles, onnxRuntime, readLines, type LineReading } from '../../src/ingest/ocr/paddle.js';

/**
 * Plain whole-page PaddleOCR, the baseline of bench-ocr: PP-OCRv4 detection (DB) on the page image as it is,
 * at its own resolution (no deskew, no orientation, no grid), each detected box cropped and read by the same
 * recognition model and session the OCR path uses. Post-processing follows PaddleOCR's defaults (binary map at
 * 0.3, boxes scoring under 0.6 dropped, unclip ratio 1.5), with axis-aligned boxes: the benchmark's scans are
 * within a degree or two of level.
 */
export interface PageLine extends LineReading {
  box: [number, number, number, number];
}

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];
const BINARY = 0.3;
const BOX_SCORE = 0.6;
const UNCLIP = 1.5;
const MIN_SIZE = 3;

let detector: Promise<{ session: InferenceSession; ort: typeof import('onnxruntime-node') }> | undefined;

function loadDetector() {
  return (detector ??= (async () => {
    const ort = await onnxRuntime();
    // The same session options as the recogniser's: one thread, the batch runs a process per core.
    const session = await ort.InferenceSession.create(modelFiles().detection, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
    return { session, ort };
  })());
}

export async function closeDetector(): Promise<void> {
  const d = detector;
  detector = undefined;
  if (d) await (await d).session.release();
}

/** Text boxes in page pixels, top to bottom, left to right. */
export async function detectText(page: Gray): Promise<[number, number, number, number][]> {
  const { session, ort } = await loadDetector();
  // The network wants sides that are multiples of 32: the page is padded with paper, never scaled.
  const W = Math.ceil(page.width / 32) * 32;
  const H = Math.ceil(page.height / 32) * 32;
  const plane = W * H;
  const input = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) {
    const white = (1 - MEAN[c]) / STD[c];
    input.fill(white, c * plane, (c + 1) * plane);
    for (let y = 0; y < page.height; y++) {
      for (let x = 0; x < page.width; x++) input[c * plane + y * W + x] = (page.data[y * page.width + x] / 255 - MEAN[c]) / STD[c];
    }
  }
  const tensor = new ort.Tensor('float32', input, [1, 3, H, W]);
  const out = await session.run({ [session.inputNames[0]]: tensor });
  const map = out[session.outputNames[0]];
  const prob = map.data as Float32Array;
  tensor.dispose();
  const boxes = componentsOf(prob, W, H, page.width, page.height);
  map.dispose();
  return boxes.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** Connected regions of the binary map (8-neighbours), scored by their mean probability, unclipped. */
function componentsOf(prob: Float32Array, W: number, H: number, width: number, height: number): [number, number, number, number][] {
  const seen = new Uint8Array(W * H);
  const stack: number[] = [];
  const out: [number, number, number, number][] = [];
  for (let start = 0; start < W * H; start++) {
    if (seen[start] || prob[start] <= BINARY) continue;
    let [x0, y0, x1, y1] = [W, H, 0, 0];
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % W;
      const y = (i - x) / W;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
          const j = ny * W + nx;
          if (!seen[j] && prob[j] > BINARY) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    const [w, h] = [x1 - x0 + 1, y1 - y0 + 1];
    if (Math.min(w, h) < MIN_SIZE) continue;
    // PaddleOCR's fast score: the mean probability inside the box.
    let sum = 0;
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) sum += prob[y * W + x];
    if (sum / (w * h) < BOX_SCORE) continue;
    // The map shrinks each text region; the box is grown back by area * ratio / perimeter.
    const d = (w * h * UNCLIP) / (2 * (w + h));
    if (Math.min(w, h) + 2 * d < MIN_SIZE + 2) continue;
    out.push([Math.max(0, x0 - d), Math.max(0, y0 - d), Math.min(width, x1 + 1 + d), Math.min(height, y1 + 1 + d)]);
  }
  return out;
}

/** The whole page: detection, then every box read by the recogniser in its batches. */
export async function readPagePlain(page: Gray): Promise<PageLine[]> {
  const boxes = await detectText(page);
  const readings = await readLines(boxes.map(([x0, y0, x1, y1]) => cropGray(page, x0, y0, x1, y1)));
  return boxes.map((box, i) => ({ box, ...readings[i] }));
}
