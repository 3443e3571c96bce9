import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** Files under the given paths with a supported extension, recursively, sorted, without duplicates. */
export function discoverFiles(inputs: readonly string[], extensions: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (path: string) => {
    let st;
    try {
      st = statSync(path);
    } catch {
      missing.push(path);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        walk(join(path, name));
      }
    } else if (st.isFile() && extensions.includes(extname(path).toLowerCase())) {
      files.add(resolve(path));
    }
  };
  inputs.forEach((p) => walk(p));
  return { files: [...files].sort(), missing };
}
