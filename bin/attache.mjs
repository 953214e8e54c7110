#!/usr/bin/env node
// The `attache` command: runs the TypeScript command line directly (through tsx), so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
