// Vitest global setup: compile src/ to dist/ once before any test file runs, so that tests of the
// built CLI never see stale code. SKIP_BUILD=1 skips it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const started = Date.now();
  execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  process.stderr.write(`tests/build-once.ts: dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
