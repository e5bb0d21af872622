import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: unit tests import src/ directly; e2e tests run the built CLI (dist/, bin/) as a child
// process, in real terminals, browsers and VS Code. tests/build-once.ts builds dist/ once before the
// e2e tests, so `npx vitest run` never runs stale code.
//
// Tests spawn the built CLI and real terminals: on a loaded 2-core machine (CI, or the suite run
// while another CPU-bound process works) a child process can take many times its quiet-machine
// time (measured: 10-12x with two `yes` loops beside four other busy processes). Timeouts are sized
// for that, never for speed: performance is measured by `npm run bench`. A test that spawns the CLI
// many times sets its own, larger timeout.
export default defineConfig({
  // The VS Code extension's logic is tested against a fake `vscode` (tests/helpers/fake-vscode.ts).
  resolve: { alias: { vscode: fileURLToPath(new URL('./tests/helpers/fake-vscode.ts', import.meta.url)) } },
  test: {
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits for a page or a terminal to answer; 1 s (the default) is too short under load.
    expect: { poll: { timeout: 60_000, interval: 50 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.{ts,tsx}'], globalSetup: ['./tests/build-once.ts'] } },
    ],
  },
});
