import { existsSync } from 'node:fs';
import { sha256File } from '../../util/hash-file.js';
import path from 'node:path';

/**
 * The source file a document's evidence is quoted from, checked against the sha256 stored at ingest: a file
 * changed since then would put wrong pictures and lines beside the flags, so it is named as changed instead.
 */
export type SourceCheck =
  | { state: 'ok'; file: string }
  | { state: 'missing' }
  | { state: 'changed'; file: string; sha256: string };

export function findSource(docPath: string, baseDirs: string[]): string | null {
  const candidates = path.isAbsolute(docPath) ? [docPath] : baseDirs.map((d) => path.resolve(d, docPath));
  return candidates.find((p) => existsSync(p)) ?? null;
}


export async function checkSource(docPath: string, sha256: string, baseDirs: string[]): Promise<SourceCheck> {
  const file = findSource(docPath, baseDirs);
  if (!file) return { state: 'missing' };
  let actual: string;
  try {
    actual = await sha256File(file);
  } catch {
    return { state: 'missing' };
  }
  return actual === sha256.toLowerCase() ? { state: 'ok', file } : { state: 'changed', file, sha256: actual };
}
