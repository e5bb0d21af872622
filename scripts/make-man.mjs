// Writes docs/li-exposure.1 from the built CLI's commander program (npm run build first).
// tests/e2e/man-page.test.ts fails when the file is not current: run `npm run man` then.
import { writeFileSync } from 'node:fs';
import { buildProgram, EXIT_CODES } from '../dist/cli/main.js';
import { manPage } from '../dist/cli/man-page.js';
import { toolVersion } from '../dist/model/tool-version.js';

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} };
const target = new URL('../docs/li-exposure.1', import.meta.url);
writeFileSync(target, manPage(buildProgram(io, () => {}), toolVersion(), { exitCodes: EXIT_CODES }));
console.log(`wrote ${target.pathname}`);
