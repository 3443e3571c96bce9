import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { createWriter } from '../../src/store/writer.js';
import { LUOYANG, tempDir } from '../helpers.js';
import { processFile } from '../corpus-pages.js';

// A batch rerun against the database an older build made must go on, not fail every insert.
describe('older-database-columns-added', () => {
  it('adds the columns a newer build writes, so a rerun stores the document', async () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = openDatabase(path);
    old.exec('ALTER TABLE line_items DROP COLUMN name_source; ALTER TABLE line_items DROP COLUMN name_indent');
    old.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    old.close();

    const db = openDatabase(path);
    const result = await processFile(LUOYANG);
    createWriter(db).write(result);
    const items = (db.prepare('SELECT COUNT(*) n FROM line_items').get() as { n: number }).n;
    expect(items).toBeGreaterThan(0);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({ value: String(SCHEMA_VERSION) });
    db.close();
  });

  it('near miss: a current database is left as it is', () => {
    const path = join(tempDir(), 'new.sqlite');
    openDatabase(path).close();
    const db = openDatabase(path);
    const cols = (db.prepare('PRAGMA table_info(line_items)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(cols.filter((c) => c === 'name_source')).toHaveLength(1);
    db.close();
  });
});
