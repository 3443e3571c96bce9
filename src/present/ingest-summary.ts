import type { Db } from '../store/open.js';
import type { BatchSummary } from '../batch/run-batch.js';
import { terminalLine } from '../util/terminal-text.js';

/**
 * The summary `ingest` prints: the documents read in this run by status, then, read back from the database for
 * all the files given, their flags (so a rerun that skipped everything reports the flags the first run stored)
 * and every document that is not `ok`, named with its reason.
 */
const STATUS_ORDER = ['failed', 'not_budget', 'partial'] as const;
const STATUS_LABEL: Record<string, string> = { failed: 'failed', not_budget: 'not a budget', partial: 'partial' };

export function batchReport(db: Db, files: readonly string[], summary: BatchSummary): string {
  const wanted = new Set(files);
  const docs = (db.prepare('SELECT id, path, status, error FROM documents').all() as Array<{ id: number; path: string; status: string; error: string | null }>).filter(
    (d) => wanted.has(d.path),
  );
  const ids = new Set(docs.map((d) => d.id));
  const flags = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  const all = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  for (const r of db.prepare('SELECT document_id, severity, count(*) AS n FROM flags GROUP BY document_id, severity').all() as Array<{ document_id: number; severity: string; n: number }>) {
    all[r.severity] += r.n;
    if (ids.has(r.document_id)) flags[r.severity] += r.n;
  }
  // Statuses of the documents read in this run; skipped ones were stored before (their flags are counted below).
  const s = summary.byStatus;
  const lines = [
    `${files.length} documents: ${s.ok} ok, ${s.partial} partial, ${s.failed} failed, ${s.not_budget} not a budget` +
      `${summary.skipped ? `, ${summary.skipped} already stored (skipped)` : ''}` +
      `${summary.duplicates ? `, ${summary.duplicates} duplicate file(s) with identical content` : ''}`,
    // Flags of all the documents given, as stored: a rerun that skips everything reports the same.
    `flags: ${flags.error} error, ${flags.warning} warning, ${flags.info} info` +
      (all.error + all.warning + all.info !== flags.error + flags.warning + flags.info
        ? ` (the database holds ${all.error} error, ${all.warning} warning, ${all.info} info in all)`
        : ''),
  ];
  const { memory, memoryLimitMb } = summary.workersReplaced;
  if (memory) lines.push(`workers replaced to stay under the ${memoryLimitMb} MB memory limit: ${memory}`);
  for (const s of STATUS_ORDER) {
    for (const d of docs.filter((x) => x.status === s)) {
      lines.push(`${STATUS_LABEL[s]}: ${terminalLine(d.path)}: ${terminalLine(d.error ?? 'no reason was recorded')}`);
    }
  }
  // Failures the database does not show as such (a retry that failed while the stored result was kept).
  const shownFailed = new Set(docs.filter((d) => d.status === 'failed').map((d) => d.path));
  for (const f of summary.failures.filter((x) => !shownFailed.has(x.path))) {
    lines.push(`failed this time: ${terminalLine(f.path)}: ${terminalLine(f.error)}`);
  }
  return lines.join('\n') + '\n';
}
