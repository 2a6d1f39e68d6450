#!/usr/bin/env node
// Entry point of the `stagecraft` command: loads the TypeScript CLI through tsx's loader, so the
// command runs from the source tree with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/stagecraft.ts');
process.exitCode = await main(process.argv.slice(2));
