import type { Db } from './open.js';
import { COMPLETENESS } from './writer.js';
import { SCHEMA_VERSION } from './schema.js';

/**
 * Merges shard databases (one per queue worker) into one, by sha256: a document already stored as completely
 * is left alone, so merging a shard twice, or two shards holding the same document (a job retried after its
 * worker died), changes nothing. Each document is copied with all its rows in one transaction, so a merge
 * killed midway leaves whole documents only and can be run again. Rows are copied column by column with their
 * ids renumbered along the schema's foreign keys: the result has the same rows as a single-machine run.
 */
export interface MergeSummary {
  shards: number;
  added: number;
  replaced: number;
  /** Documents already in the target at least as completely. */
  unchanged: number;
}

interface Child {
  table: string;
  columns: string[];
  /** Foreign-key column -> parent table. */
  refs: Record<string, string>;
  hasId: boolean;
}

/** Tables that hang off documents, parents before children, read from the schema itself. */
function childTables(db: Db): Child[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name);
  const info = tables.map((table) => {
    const refs = Object.fromEntries((db.prepare(`PRAGMA foreign_key_list(${table})`).all() as Array<{ from: string; table: string }>).map((f) => [f.from, f.table]));
    const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    return { table, columns: cols.filter((c) => c !== 'id'), refs, hasId: cols.includes('id') };
  });
  const ordered: Child[] = [];
  const placed = new Set(['documents']);
  let pending = info.filter((t) => Object.keys(t.refs).length > 0);
  while (pending.length) {
    const ready = pending.filter((t) => Object.values(t.refs).every((p) => placed.has(p)));
    if (!ready.length) throw new Error(`The schema's foreign keys form a cycle among ${pending.map((t) => t.table).join(', ')}.`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.table);
    }
    pending = pending.filter((t) => !ready.includes(t));
  }
  return ordered;
}

export function mergeShards(target: Db, shardPaths: readonly string[]): MergeSummary {
  const summary: MergeSummary = { shards: shardPaths.length, added: 0, replaced: 0, unchanged: 0 };
  const children = childTables(target);
  const docColumns = (target.prepare('PRAGMA table_info(documents)').all() as Array<{ name: string }>).map((c) => c.name).filter((c) => c !== 'id');
  for (const [i, path] of shardPaths.entries()) {
    const alias = `shard${i}`;
    target.prepare(`ATTACH DATABASE ? AS ${alias}`).run(path);
    try {
      const version = target.prepare(`SELECT value FROM ${alias}.meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
      if (version?.value !== String(SCHEMA_VERSION)) {
        throw new Error(`${path} has schema version ${version?.value ?? 'unknown'}, not ${SCHEMA_VERSION}: merge shards made by the same budgetlens.`);
      }
      const docs = target.prepare(`SELECT id, sha256, status FROM ${alias}.documents ORDER BY id`).all() as Array<{ id: number; sha256: string; status: keyof typeof COMPLETENESS }>;
      const stored = target.prepare('SELECT id, status FROM main.documents WHERE sha256 = ?');
      const copyDoc = target.prepare(`INSERT INTO main.documents (${docColumns.join(', ')}) SELECT ${docColumns.join(', ')} FROM ${alias}.documents WHERE id = ?`);
      const del = target.prepare('DELETE FROM main.documents WHERE id = ?');
      const reads = new Map(children.map((c) => {
        const [fk, parent] = Object.entries(c.refs).find(([, p]) => p === 'documents') ?? Object.entries(c.refs)[0];
        return [c.table, { fk, parent, select: target.prepare(`SELECT ${c.hasId ? 'id, ' : ''}${c.columns.join(', ')} FROM ${alias}.${c.table} WHERE ${fk} = ? ORDER BY ${c.hasId ? 'id' : 'rowid'}`) }];
      }));
      const inserts = new Map(children.map((c) => [c.table, target.prepare(`INSERT INTO main.${c.table} (${c.columns.join(', ')}) VALUES (${c.columns.map(() => '?').join(', ')})`)]));
      const copy = target.transaction((doc: (typeof docs)[number]) => {
        const old = stored.get(doc.sha256) as { id: number; status: keyof typeof COMPLETENESS } | undefined;
        if (old && COMPLETENESS[old.status] >= COMPLETENESS[doc.status]) return 'unchanged';
        if (old) del.run(old.id);
        const ids = new Map<string, Map<number, number>>([['documents', new Map([[doc.id, Number(copyDoc.run(doc.id).lastInsertRowid)]])]]);
        for (const c of children) {
          const read = reads.get(c.table)!;
          const mapped = new Map<number, number>();
          for (const parentOld of ids.get(read.parent)?.keys() ?? []) {
            for (const row of read.select.all(parentOld) as Array<Record<string, unknown>>) {
              const values = c.columns.map((col) => (c.refs[col] ? ids.get(c.refs[col])?.get(row[col] as number) ?? null : row[col]));
              const id = Number(inserts.get(c.table)!.run(...values).lastInsertRowid);
              if (c.hasId) mapped.set(row.id as number, id);
            }
          }
          ids.set(c.table, mapped);
        }
        return old ? 'replaced' : 'added';
      });
      for (const doc of docs) summary[copy(doc)]++;
    } finally {
      target.prepare(`DETACH DATABASE ${alias}`).run();
    }
  }
  return summary;
}
