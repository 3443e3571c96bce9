import { spawn, spawnSync } from 'node:child_process';

export const BIN = new URL('../../bin/budgetlens.mjs', import.meta.url).pathname;

export function run(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: opts.cwd, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { spawn };
