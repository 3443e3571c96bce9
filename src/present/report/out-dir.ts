import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The output folder is always written clean, so no page or picture of an earlier run survives: a folder that
 * holds an earlier review site (it carries MARKER) is emptied first; a folder with anything else in it is refused,
 * so a mistyped --out never deletes someone's files. No --clean option is needed for either case.
 */
export const MARKER = '.budgetlens-report';

export class OutDirError extends Error {}

export async function prepareOutDir(outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const entries = await readdir(outDir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new OutDirError(
        `${outDir} is not empty and does not hold an earlier review site; choose an empty or new folder for --out.`,
      );
    }
    for (const e of entries) await rm(path.join(outDir, e), { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, MARKER), 'Written by budgetlens report; the next report into this folder empties it first.\n');
}
