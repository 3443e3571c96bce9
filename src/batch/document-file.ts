import { statSync } from 'node:fs';
import { sha256File } from '../util/hash-file.js';
import type { DocumentResult } from '../model/index.js';
import { sha256Of, type ProcessSettings } from '../process-settings.js';
import type { Pool } from './document-pool.js';

/**
 * One input file, the same on one machine and behind the queue: its key (sha256 of its bytes, read in chunks so
 * this process never holds a document), or at once the failed row of a file that cannot be read at all, and
 * else its result from a document process. A failed file is keyed by its path, so two of them stay two rows.
 */
export type Inspected = { key: string; early: null } | { key: string; early: DocumentResult };

export function failedResult(path: string, key: string, bytes: number, error: string, settings: ProcessSettings): DocumentResult {
  return {
    path, sha256: key, bytes, status: 'failed', error,
    sourceKind: null, pages: null, facts: null, flags: [], pipeline: settings.pipeline.name, timings: {},
  };
}


const pathKey = (why: string, path: string) => sha256Of(new TextEncoder().encode(`${why}:${path}`));

export async function inspectFile(path: string, settings: ProcessSettings): Promise<Inspected> {
  try {
    const size = statSync(path).size;
    const max = settings.ingest.maxBytes;
    if (size > max) {
      const key = pathKey(`too-large:${size}`, path);
      return { key, early: failedResult(path, key, 0, `The file is ${(size / 1048576).toFixed(0)} MB, over the ${(max / 1048576).toFixed(0)} MB limit.`, settings) };
    }
    // Every empty file is its own row: an empty .txt and an empty .pdf are two inputs, not duplicates.
    if (size === 0) {
      const key = pathKey('empty', path);
      return { key, early: failedResult(path, key, 0, 'The file is empty (0 bytes).', settings) };
    }
    return { key: await sha256File(path), early: null };
  } catch (e) {
    // Still recorded, so the output says what happened to every file that was found.
    const key = pathKey('unopenable', path);
    return { key, early: failedResult(path, key, 0, `The file could not be opened: ${(e as Error).message.split('\n')[0]}`, settings) };
  }
}

/** The document's result from a process of the pool; a process that failed it (crash, time, memory) gives its reason. */
export async function readDocument(pool: Pool, path: string, key: string, settings: ProcessSettings): Promise<{ result: DocumentResult; processFailed: boolean }> {
  const out = await pool.run(path, settings);
  if ('status' in out) return { result: out, processFailed: false };
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // gone meanwhile
  }
  return { result: failedResult(path, key, size, out.error, settings), processFailed: true };
}
