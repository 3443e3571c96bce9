import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandReference } from '../../src/present/command-reference.js';
import { SUPPORTED_EXTENSIONS } from '../../src/ingest/index.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('holds the command reference exactly as the CLI help prints it (npx tsx scripts/readme-commands.ts rewrites it)', () => {
    expect(README).toContain(commandReference());
  });

  it('names every file type ingest reads', () => {
    for (const ext of SUPPORTED_EXTENSIONS) expect(README).toContain(`\`${ext}\``);
  });
});
