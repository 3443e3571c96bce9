// The CLI runs from a compiled copy of src/ and pipelines/, made by esbuild whenever the sources change.
// Why not tsx at run time: its loader hooks run in a thread of their own that keeps ~150 MB of heap after
// transforming the sources, which pushed a 241-page document past the 400 MB budget.
//
// The copy lives in dist/<hash of the sources>/, so a stale copy is never used, and two processes that
// start together each build into a private directory and the first rename wins.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['src', 'pipelines'];
/** Copies older than this that no current source matches are removed (a long batch may still run on one). */
const KEEP_OLD_MS = 7 * 24 * 3600 * 1000;

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

function sourceHash(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function pruneOld(distDir, keep) {
  for (const name of readdirSync(distDir)) {
    if (name === keep) continue;
    const path = join(distDir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another process pruned it first.
    }
  }
}

/** The file URL of the compiled project root (dist/<hash>/), building it first if the sources changed. */
export async function compiledRoot() {
  const files = SOURCE_DIRS.flatMap((d) => filesUnder(join(ROOT, d)));
  const distDir = join(ROOT, 'dist');
  const hash = sourceHash(files);
  const target = join(distDir, hash);
  if (!existsSync(join(target, '.complete'))) {
    const { build } = await import('esbuild');
    const tmp = join(distDir, `.tmp-${process.pid}-${Date.now()}`);
    const scripts = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    await build({
      entryPoints: scripts, outdir: tmp, outbase: ROOT, format: 'esm', platform: 'node', target: 'node20',
      // Separate maps: read only under --enable-source-maps, so they cost nothing otherwise.
      sourcemap: 'linked', logLevel: 'error',
    });
    // Assets and plain-JavaScript files are used as they are.
    for (const file of files.filter((f) => !f.endsWith('.ts'))) {
      const to = join(tmp, relative(ROOT, file));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(file, to);
    }
    mkdirSync(join(tmp, '.complete'));
    try {
      renameSync(tmp, target);
    } catch {
      // Another process finished the same build first: use its copy.
      rmSync(tmp, { recursive: true, force: true });
    }
    pruneOld(distDir, hash);
  }
  return pathToFileURL(`${target}/`);
}
