import { openReadOnly, type Db } from '../store/open.js';

/** Opens a database for a reading command; on failure says why in one line and returns null (exit 1). */
export function openForReading(path: string): Db | null {
  try {
    return openReadOnly(path);
  } catch (e) {
    process.stderr.write(`budgetlens: cannot open the database ${path}: ${(e as Error).message}\n`);
    return null;
  }
}
