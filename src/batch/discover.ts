import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/**
 * Files under the given paths with a supported extension, recursively, sorted, without duplicates. Discovery
 * never hangs and never stops: each folder is read once by its real path (a symbolic-link loop ends there),
 * and whatever cannot be read or is not a regular file is reported as a note, never opened (a FIFO would
 * block the batch) and never silently dropped.
 */
export interface DiscoveryNote {
  path: string;
  reason: string;
}

export interface Discovery {
  files: string[];
  missing: string[];
  notes: DiscoveryNote[];
}

const why = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message.split('\n')[0];
};

function special(st: Stats): string | null {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return null;
}

export function discoverFiles(inputs: readonly string[], extensions: readonly string[]): Discovery {
  const files = new Set<string>();
  const missing: string[] = [];
  const notes: DiscoveryNote[] = [];
  const folders = new Set<string>();
  const walk = (path: string, top: boolean) => {
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return void notes.push({ path, reason: 'a symbolic link that loops; not followed' });
      let link = false;
      try {
        link = lstatSync(path).isSymbolicLink();
      } catch {
        // not there at all
      }
      if (link) return void notes.push({ path, reason: 'a symbolic link to nothing; skipped' });
      if (top && code === 'ENOENT') return void missing.push(path);
      return void notes.push({ path, reason: `could not be read (${why(e)}); skipped` });
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (e) {
        return void notes.push({ path, reason: `could not be read (${why(e)}); skipped` });
      }
      if (folders.has(real)) {
        // A link back to a folder already read: following it would never end.
        return void notes.push({ path, reason: `a link to a folder already read (${real}); not read twice` });
      }
      folders.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        return void notes.push({ path, reason: `a folder that could not be read (${why(e)}); skipped` });
      }
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(path, name), false);
      }
      return;
    }
    const kind = special(st);
    if (kind) return void notes.push({ path, reason: `${kind}, not a file; skipped` });
    if (!st.isFile()) return;
    if (extensions.includes(extname(path).toLowerCase())) files.add(resolve(path));
    // A file named on the command line is an input even with another extension: say why it was not read.
    else if (top) notes.push({ path, reason: `not a ${extensions.join('/')} file; skipped` });
  };
  inputs.forEach((p) => walk(p, true));
  return { files: [...files].sort(), missing, notes };
}
