#!/usr/bin/env node
// The project's TypeScript runs through tsx (no build step): register it, then hand over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/present/cli.ts');
process.exitCode = await main(process.argv.slice(2));
