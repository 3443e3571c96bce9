import path from 'node:path';

/**
 * Every file the review site writes is named here, from integers only (a document's id, a page number) and
 * fixed words: nothing read from the database (a title, a path, a table name) ever becomes part of a path,
 * and every path is checked to stay inside the output folder.
 */

export class UnsafeIdError extends Error {}

/** A database id or page number as a positive integer; anything else (text, '../x', 1e99) is refused. */
export function safeInt(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UnsafeIdError(`${what} ${JSON.stringify(value)} is not a positive integer.`);
  return n;
}

export const docPageName = (id: number): string => `doc-${safeInt(id, 'document id')}.html`;
export const tablesPageName = (id: number): string => `doc-${safeInt(id, 'document id')}-tables.html`;
export const imageDir = (id: number): string => `img/${safeInt(id, 'document id')}`;
export const pageImageName = (id: number, page: number, ext: string): string =>
  `${imageDir(id)}/p${safeInt(page, 'page')}.${ext === 'png' ? 'png' : 'webp'}`;

/** The absolute path of a site file; throws if `rel` would leave the output folder. */
export function insideOut(outDir: string, rel: string): string {
  const root = path.resolve(outDir);
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) throw new UnsafeIdError(`${rel} would be written outside ${root}.`);
  return full;
}
