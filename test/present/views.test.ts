import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_NAMES, VIEWS_SQL } from '../../src/store/views.js';
import { buildFixture } from './helpers/fixture-db.js';

let dir: string;
let db: Database.Database;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'budgetlens-views-'));
  const fx = buildFixture(dir);
  copyFileSync(fx.dbPath, path.join(dir, 'views.sqlite'));
  db = new Database(path.join(dir, 'views.sqlite'));
  db.exec(VIEWS_SQL);
  db.exec(VIEWS_SQL); // applied on every open: must be idempotent
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('research views', () => {
  it('creates every view', () => {
    const views = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'view'`).pluck().all();
    expect(views).toEqual(expect.arrayContaining([...VIEW_NAMES]));
  });

  it('v_function_spending gives levels and yuan, and sums by 类 without double counting', () => {
    const rows = db
      .prepare(`SELECT level, sum(amount_yuan) AS yuan FROM v_function_spending
                WHERE department = '上海市普陀区司法局' AND measure = 'total' GROUP BY level ORDER BY level`)
      .all();
    expect(rows).toEqual([
      { level: '款', yuan: 1300 },
      { level: '类', yuan: 1300 },
      { level: '项', yuan: 1300 },
    ]);
  });

  it('v_three_public_wide puts the items of one source side by side', () => {
    const row = db.prepare(`SELECT * FROM v_three_public_wide WHERE source = 'narrative'`).get();
    expect(row).toMatchObject({ fiscal_year: 2021, period: 'budget', total_yuan: 125000, vehicle_operation_yuan: 95000, outbound_yuan: null });
  });

  it('v_flag_summary lists documents without flags too', () => {
    const rows = db.prepare(`SELECT status, errors, warnings, infos, flags FROM v_flag_summary ORDER BY document_id`).all();
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual({ status: 'failed', errors: 0, warnings: 0, infos: 0, flags: 0 });
  });
});
