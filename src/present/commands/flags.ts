import { z } from 'zod';
import { openForReading } from '../read-db.js';
import { parseArgs, UsageError } from '../args.js';
import { formatRows } from '../format.js';

const Options = z.object({
  db: z.string({ error: 'flags needs --db <file.sqlite>.' }),
  document: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info'], { error: '--severity takes error, warning or info.' }).optional(),
  format: z.enum(['table', 'json', 'csv'], { error: '--format takes table, json or csv.' }).default('table'),
});

export async function flagsCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { options } = parseArgs(argv, ['verbose'], ['db', 'document', 'severity', 'format']);
  const parsed = Options.safeParse(options);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
  const o = parsed.data;
  const db = openForReading(o.db);
  if (!db) return 1;
  try {
    const where: string[] = [];
    const params: unknown[] = [];
    if (o.document) {
      // A document id, or a path (exact or its ending).
      where.push(/^\d+$/.test(o.document) ? 'd.id = ?' : "(d.path = ? OR d.path LIKE '%' || ?)");
      params.push(o.document, ...(/^\d+$/.test(o.document) ? [] : [o.document]));
    }
    if (o.severity) {
      where.push('f.severity = ?');
      params.push(o.severity);
    }
    const rows = db
      .prepare(
        `SELECT f.id, f.document_id, d.path, f.rule, f.severity, f.subject, f.message, f.expected, f.actual, f.evidence
         FROM flags f JOIN documents d ON d.id = f.document_id
         ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
         ORDER BY f.document_id, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id`,
      )
      .all(...params) as Record<string, unknown>[];
    const shaped = o.format === 'json' ? rows.map((r) => ({ ...r, evidence: JSON.parse(String(r.evidence)) })) : rows;
    const columns = o.format === 'table' ? ['document_id', 'severity', 'rule', 'subject', 'message'] : undefined;
    out.write(formatRows(shaped, o.format, columns));
    return 0;
  } finally {
    db.close();
  }
}
