import type { DiscoveryNote } from './discover.js';
import type { BatchSummary } from './run-batch.js';

/**
 * The batch's closing lines: counts, flags, and one line for every input that did not become a stored row as
 * read (discovery notes, failures, retries that kept the stored result), so every input is accounted for.
 */
export function summaryText(summary: BatchSummary, notes: readonly DiscoveryNote[] = []): string {
  const s = summary.byStatus;
  const lines = [
    `${summary.total} documents: ${s.ok} ok, ${s.partial} partial, ${s.failed} failed, ${s.not_budget} not a budget` +
      `${summary.skipped ? `, ${summary.skipped} already stored (skipped)` : ''}` +
      `${summary.duplicates ? `, ${summary.duplicates} duplicate file(s) with identical content` : ''}` +
      `${summary.keptOnRetry.length ? `, ${summary.keptOnRetry.length} kept as stored (the retry was less complete)` : ''}`,
    `flags: ${summary.flags.error} error, ${summary.flags.warning} warning, ${summary.flags.info} info`,
  ];
  const { memory, memoryLimitMb } = summary.workersReplaced;
  if (memory) lines.push(`workers replaced to stay under the ${memoryLimitMb} MB memory limit: ${memory}`);
  for (const f of summary.failures) lines.push(`failed: ${f.path}: ${f.error}`);
  for (const k of summary.keptOnRetry) {
    lines.push(`retry ${k.status === 'failed' ? 'failed' : `was only ${k.status}`}, stored ${k.kept} result kept: ${k.path}: ${k.error}`);
  }
  for (const n of notes) lines.push(`not read: ${n.path}: ${n.reason}`);
  return lines.join('\n') + '\n';
}
