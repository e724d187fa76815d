#!/usr/bin/env node
// The `warrant` command runs the CLI compiled to plain JavaScript in build/ (compiled first when
// missing or older than its TypeScript sources), so start-up needs no TypeScript compiler.
import { buildServerIfStale } from '../scripts/buildServer.js';

await buildServerIfStale();
const { main } = await import('../build/cli.js');
process.exitCode = await main(process.argv.slice(2));
