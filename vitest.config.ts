import { defineConfig } from 'vitest/config';

// Tests spawn the built CLI and real terminals: on a loaded 2-core machine (CI, or the suite run
// while another CPU-bound process works) a child process can take many times its quiet-machine
// time. Timeouts are sized for that, never for speed: performance is measured by `npm run bench`.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
