// The VS Code extension in a real VS Code (code-server + Chromium), through scripts/test-vscode.mjs.
// Skipped when code-server is not installed in .ci/vscode-test (`npm run test:vscode -- --install`
// installs it); on CI (CI=true) a missing code-server is a failure, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const installed = existsSync(`${ROOT}.ci/vscode-test/node_modules/code-server/out/node/entry.js`) && existsSync('/usr/bin/chromium');
const onCi = process.env['CI'] === 'true';

describe('VS Code extension in code-server', () => {
  it.runIf(!installed && onCi)('needs code-server and Chromium on CI', () => {
    expect.fail('code-server (.ci/vscode-test) or /usr/bin/chromium is missing: .ci/run installs them');
  });

  it.runIf(installed)(
    'passes the in-host suite, the UI checks and installs the .vsix',
    () => {
      const run = spawnSync(process.execPath, ['scripts/test-vscode.mjs'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
      const lines = run.stdout.split('\n').filter((l) => /^(ok|not ok|vscode-e2e|  \[host\] (ok|not ok))/.test(l));
      expect(lines.filter((l) => l.includes('not ok')), lines.join('\n')).toEqual([]);
      expect(run.stdout).toMatch(/^vscode-e2e: 10 passed, 0 failed$/m);
      expect(run.stdout).toMatch(/\[host\] in-host: 18 passed, 0 failed/);
      expect(run.status).toBe(0);
    },
    600_000,
  );
});
