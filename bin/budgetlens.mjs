#!/usr/bin/env node
// Runs the CLI from the compiled copy of the TypeScript sources (see build.mjs for why not tsx).
import { compiledRoot } from './build.mjs';

let cli;
try {
  cli = new URL('src/present/cli.js', await compiledRoot()).href;
} catch (e) {
  // No compiled copy (a read-only install, say): run the sources through tsx, slower and larger but the same.
  process.stderr.write(`budgetlens: running without a compiled copy (${e.message.split('\n')[0]}).\n`);
  const { register } = await import('tsx/esm/api');
  register();
  cli = new URL('../src/present/cli.ts', import.meta.url).href;
}
// `budgetlens query … | head`: the reader has all it wants; stop quietly instead of with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
