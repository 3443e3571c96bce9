import type { MemoryBudget } from './memory-budget.js';

/**
 * V8's settings for a document process, besides its heap cap. The benchmarks give their baselines the same
 * ones, so a ratio never counts as ours a saving these settings would give bare pdf.js as well.
 *
 * - The young generation's size: see youngSpaceMb.
 * - Garbage collection on the process's own thread (--single-threaded-gc). A document process keeps a page's
 *   operator list, runs and cells alive while it reads the page, so its scavenges copy much and often; V8's
 *   parallel and concurrent GC helpers then cost more CPU than they save in wall time (on the bench set,
 *   in-process, ~10% of our CPU; bare pdf.js unchanged). A batch runs one document process per core, so a
 *   helper thread only takes a core from another document.
 * - Functions optimised later (--interrupt-budget, the bytecode V8 runs in a function between its checks for
 *   optimising it: 300,000 instead of 67,584). The stages are much code each run a little per document, and
 *   TurboFan compiled hundreds of functions that never paid it back: on the bench set, in-process, 16.1 ->
 *   14.7 and 13.6 -> 12.0 CPU s in two paired runs (~10%); bare pdf.js 9.8 -> 10.1 (within noise). Hot loops
 *   (pdf.js's parser, our text runs) are still optimised, a little later.
 */
export function documentProcessV8Flags(budget: MemoryBudget): string[] {
  return [`--max-semi-space-size=${budget.semiSpaceMb}`, '--single-threaded-gc', '--interrupt-budget=300000'];
}
