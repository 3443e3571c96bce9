#!/usr/bin/env node
// Runs the CLI from the compiled copy of the TypeScript sources (see build.mjs for why not tsx).
import { compiledRoot } from './build.mjs';

const root = await compiledRoot();
const { main } = await import(new URL('src/present/cli.js', root).href);
process.exitCode = await main(process.argv.slice(2));
