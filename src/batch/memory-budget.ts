/**
 * How --memory-limit is shared: this process (the queue and the single writer) keeps a fixed reserve, the rest
 * goes to the document processes in equal shares. A share below what a document process needs to start and
 * read an ordinary disclosure means fewer processes, never a share too small to work in.
 */
export interface MemoryBudget {
  limitMb: number;
  /** Document processes that run at once. */
  workers: number;
  /** Resident memory one document process may reach before it is stopped. */
  perDocumentMb: number;
  /** Its JS heap limit (--max-old-space-size): below the share, which also holds native memory. */
  heapMb: number;
  /** Its young generation's semi-space (--max-semi-space-size), see youngSpaceMb. */
  semiSpaceMb: number;
}

/**
 * V8's default semi-space (16 MB) is small for a document process: a page's operator list, text runs and
 * cells stay alive while the page is read, so every scavenge copies them again (on the pdf corpus, scavenges
 * cost ~5x what bare pdf.js's do, ~15% of a document process's CPU profile). 64 MB cut scavenge time by 60% for ~100 MB more at
 * the peak of the 241-page document (230 -> 330 MB); a small share keeps V8's default.
 */
export function youngSpaceMb(perDocumentMb: number): number {
  return Math.max(16, Math.min(64, Math.floor(perDocumentMb / 16)));
}

/** The batch's own process: Node, better-sqlite3, the queue (measured at ~90 MB, with room for results in flight). */
export const PARENT_RESERVE_MB = 160;
/** A document process reading a 241-page text-layer budget peaks at ~300 MB; below this it could read few. */
export const MIN_DOCUMENT_MB = 320;

/**
 * A document process reading a scan peaks at 970-1,035 MB with PP-OCRv4 (onnxruntime) beside the tesseract worker
 * that re-reads doubtful figures: the corpus's 23-page scan through `ingest --ocr auto`, `time -v`, three runs
 * (1,135 MB before the recognition session dropped its memory pattern and the process got two malloc arenas;
 * ~920 MB without --single-threaded-gc, which lets garbage wait longer). The share keeps the margin the old one had.
 */
export const OCR_DOCUMENT_MB = 1100;

/**
 * The environment a document process starts with. glibc gives every thread that allocates its own malloc arena
 * (up to eight per core); onnxruntime runs each recognition on a libuv thread, pdf.js and the canvas on the main
 * one, so memory freed in one arena was never reused by the next page's allocations in another: two arenas cut
 * the peak of a 23-page scan by ~140 MB (bench-ocr) at no measurable CPU cost. Read by glibc at start, so it is
 * set here rather than by the process itself.
 */
export const DOCUMENT_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** The default limit for `workers` processes: each gets enough to OCR a scanned document. */
export function defaultMemoryLimitMb(workers: number): number {
  return PARENT_RESERVE_MB + OCR_DOCUMENT_MB * workers;
}

/** Tesseract workers one document process may run: the cores it has, as far as its memory share carries them. */
export function ocrWorkersFor(budget: MemoryBudget, cores: number): number {
  return Math.max(1, Math.min(Math.floor(cores / budget.workers), Math.floor(budget.perDocumentMb / OCR_DOCUMENT_MB)));
}

export function memoryBudget(limitMb: number, requested: number): MemoryBudget {
  const room = Math.max(0, limitMb - PARENT_RESERVE_MB);
  const workers = Math.max(1, Math.min(requested, Math.floor(room / MIN_DOCUMENT_MB)));
  const perDocumentMb = Math.max(64, Math.floor(room / workers));
  return { limitMb, workers, perDocumentMb, heapMb: Math.max(48, Math.floor(perDocumentMb * 0.7)), semiSpaceMb: youngSpaceMb(perDocumentMb) };
}
