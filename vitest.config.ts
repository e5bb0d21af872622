import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests spawn the built CLI and real terminals: on a loaded 2-core machine (CI, or the suite run
// while another CPU-bound process works) a child process can take many times its quiet-machine
// time. Timeouts are sized for that, never for speed: performance is measured by `npm run bench`.
export default defineConfig({
  // The VS Code extension's logic is tested against a fake `vscode` (tests/helpers/fake-vscode.ts).
  resolve: { alias: { vscode: fileURLToPath(new URL('./tests/helpers/fake-vscode.ts', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
