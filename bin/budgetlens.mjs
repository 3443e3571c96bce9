#!/usr/bin/env node
// The project's TypeScript runs through tsx (no build step): register it, then hand over to the CLI.
import { register } from 'tsx/esm/api';

// pdf.js is plain JavaScript: loaded before tsx's hooks it is not transformed, which saves ~130 MB of memory
// for the commands that read PDFs.
if (['ingest', 'report'].includes(process.argv[2])) await import('pdfjs-dist/legacy/build/pdf.mjs');
register();
const { main } = await import('../src/present/cli.ts');
process.exitCode = await main(process.argv.slice(2));
