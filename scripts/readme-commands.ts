// Writes the README's command section from the CLI's own help (see src/present/command-reference.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from '../src/present/command-reference.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withReference(readFileSync(path, 'utf8')));
process.stdout.write('README.md: command section written from the CLI help.\n');
