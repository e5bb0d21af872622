// Tests the VS Code extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) from npm in
// the test-only folder .ci/vscode-test/, driven by Debian's Chromium through playwright-core.
//   1. builds the extension (vscode/, with the core compiled in) and asks the CLI for the answers;
//   2. runs vscode/tests/suite.cjs inside the real extension host (?payload=), then, in the same
//      window, checks the error notification, the tree and the report webview, and takes a screenshot;
//   3. packages the .vsix and installs it with code-server --install-extension.
// Options: --install (install code-server when missing), --install-only, --broken (one deliberately
// wrong assertion, to see the run fail).
// Prints one "vscode-e2e: N passed, N failed" line; exit code 0 only when everything passed.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXT = join(ROOT, 'vscode');
const TEST_DIR = join(ROOT, '.ci/vscode-test');
const CODE_SERVER = join(TEST_DIR, 'node_modules/code-server/out/node/entry.js');
const SAMPLE = join(ROOT, 'sample-exports/Complete_LinkedInDataExport_05-12-2026.zip');
const args = new Set(process.argv.slice(2));
const results = [];
const record = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail}` : ''}`);
};

export function installCodeServer() {
  mkdirSync(join(TEST_DIR, 'tmp'), { recursive: true });
  const tmp = join(TEST_DIR, 'tmp');
  // @vscode/ripgrep downloads rg from GitHub unless its cache already holds the tarball: give it Debian's.
  const cache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', '/usr/bin', 'rg']);
  writeFileSync(join(TEST_DIR, 'package.json'), JSON.stringify({ name: 'vscode-test', private: true }) + '\n');
  // npm 11 blocks dependencies' install scripts, which code-server needs (nested installs too): npm 10 runs them.
  execFileSync('npx', ['-y', 'npm@10', 'install', '--no-audit', '--no-fund', 'code-server@4.100.3', 'playwright-core@1'], {
    cwd: TEST_DIR,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
}

export const codeServerInstalled = () => existsSync(CODE_SERVER);

function cli(argv) {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [join(ROOT, 'bin/li-exposure.js'), ...argv], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { code: error.status, stdout: error.stdout, stderr: error.stderr };
  }
}

/**
 * Items to reveal in source, with their file's text and record line as jszip (not li-exposure's
 * own ZIP reader) reads them: the last record of the posts and the comments file (after
 * multi-line records), a CRLF file's, and an article (no line: the file's top).
 */
async function revealTargets(report) {
  const JSZip = createRequire(join(ROOT, 'package.json'))('jszip');
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const last = (category) => report.items.filter((i) => i.category === category && i.source.line !== null).sort((a, b) => b.source.line - a.source.line)[0];
  const picked = [last('posts'), last('comments'), report.items.find((i) => /^Hashtag_Follows/.test(i.source.file)), report.items.find((i) => i.category === 'articles')];
  return Promise.all(
    picked.map(async (item) => {
      if (!item) throw new Error('the sample lacks an item to reveal');
      const text = (await zip.file(item.source.file).async('string')).replace(/^\uFEFF/, '');
      const line = item.source.line ?? 1;
      const editorLines = text.split(/\r\n|\r|\n/);
      // The sample's files have no lone CR, so the editor's lines are the CSV reader's.
      if (editorLines.length !== text.split('\n').length) throw new Error(`${item.source.file} has a lone CR`);
      return { id: item.id, file: item.source.file, line: item.source.line, text, editorLine: line - 1, lineText: editorLines[line - 1] };
    }),
  );
}

/** "#1f1f1f" -> "rgb(31, 31, 31)", as getComputedStyle gives colours. */
function hexToRgb(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  return m ? `rgb(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)})` : hex;
}

async function waitHealthy(url, child) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('code-server did not answer /healthz');
}

async function main() {
  if (args.has('--install-only')) {
    if (!codeServerInstalled()) installCodeServer();
    record('code-server installed in .ci/vscode-test', codeServerInstalled());
    return;
  }
  if (!codeServerInstalled()) {
    if (!args.has('--install')) throw new Error('code-server is not installed in .ci/vscode-test (run with --install)');
    installCodeServer();
  }
  execFileSync('npm', ['run', 'build'], { cwd: EXT, stdio: 'inherit' });

  const scratch = mkdtempSync(join(TEST_DIR, 'run-'));
  try {
    await session(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function session(scratch) {
  const ws = join(scratch, 'ws');
  mkdirSync(ws);
  const bad = join(ws, 'not-an-export.zip');
  writeFileSync(bad, 'this is not a zip file\n');
  const json = cli(['scan', '--json', SAMPLE]);
  const badRun = cli(['scan', bad]);
  const badDate = cli(['scan', '--opted-out', '2025-02-30', SAMPLE]);
  const html = join(ws, 'cli-report.html');
  const markdown = join(ws, 'cli-report.md');
  const reportRun = cli(['report', '--html', html, '--md', markdown, SAMPLE]);
  if (json.code !== 0 || badRun.code !== 2 || badDate.code !== 2 || reportRun.code !== 0) throw new Error('the CLI did not give its expected answers');
  const report = JSON.parse(json.stdout);
  writeFileSync(
    join(ws, 'expected.json'),
    JSON.stringify({
      sample: SAMPLE,
      bad,
      report,
      html,
      markdown,
      reveal: await revealTargets(report),
      badLine: badRun.stderr.trim().split('\n')[0],
      badOptedOutLine: badDate.stderr.trim().split('\n')[0],
      breakOne: args.has('--broken'),
    }),
  );

  const port = 20000 + Math.floor(Math.random() * 20000);
  const home = join(scratch, 'home');
  mkdirSync(home);
  const server = spawn(
    process.execPath,
    [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', join(scratch, 'ud'), '--extensions-dir', join(scratch, 'ext'), ws],
    { env: { ...process.env, HOME: home, TMPDIR: scratch, XDG_CONFIG_HOME: join(home, '.config') }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let serverLog = '';
  server.stderr.on('data', (d) => (serverLog += d));
  let browser;
  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, server);
    const require = createRequire(join(TEST_DIR, 'package.json'));
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // The extension's clipboard is the page's in code-server.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    let exit;
    let uiReady;
    const exited = new Promise((resolve) => (exit = resolve));
    const ready = new Promise((resolve) => (uiReady = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    const hostLine = (text) => {
      if (/^(ok|not ok|in-host)/.test(text)) console.log(`  [host] ${text.slice(0, 3000)}`);
      if (text.startsWith('in-host: ready')) uiReady();
    };
    await page.exposeFunction('codeAutomationLog', (type, text) => hostLine(Array.isArray(text) ? text.join(' ') : String(text)));
    page.on('console', (m) => hostLine(m.text()));
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(EXT)], ['extensionTestsPath', remote(join(EXT, 'tests/suite.cjs'))], ['skipWelcome', 'true']];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms));
    const early = await Promise.race([ready.then(() => 'ready'), exited, timeout(180_000)]);
    if (early !== 'ready') throw new Error(`the in-host suite ended before its UI checks (${early})`);

    // The UI, while the suite's extension host waits: the bad archive's notification, the tree, the report.
    // Toasts hide after a while; the notification centre keeps every notification.
    const expected = JSON.parse(readFileSync(join(ws, 'expected.json'), 'utf8'));
    await page.keyboard.press('F1');
    await page.keyboard.type('Notifications: Show Notifications');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    const messages = page.locator('.notifications-center .notification-list-item-message');
    await messages.first().waitFor({ timeout: 30_000 }).catch(() => {});
    const texts = (await messages.allTextContents()).map((t) => t.trim());
    record('bad input shows the one-line error notification', texts.includes(expected.badLine), JSON.stringify(texts.filter((t) => t.startsWith('li-exposure:'))));
    await page.keyboard.press('Escape');

    await page.locator('a.action-label[aria-label^="LinkedIn Exposure"]').first().click();
    const posts = expected.report.summary.categories.find((c) => c.id === 'posts');
    const row = page.locator('.monaco-list-row', { hasText: posts.label }).first();
    const rowText = await row.textContent({ timeout: 30_000 }).catch(() => '');
    record('the tree shows the CLI counts', rowText.includes(`${posts.likely} likely · ${posts.possible} possible · ${posts.unlikely} unlikely`), JSON.stringify(rowText));

    await page.keyboard.press('F1');
    await page.keyboard.type('LinkedIn Exposure: Open report');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    const t = expected.report.summary.totals;
    const headline = `${t.likely} likely, ${t.possible} possible, ${t.unlikely} unlikely exposed`;
    let seen = null;
    let inside = null;
    let reportFrame = null;
    for (let i = 0; i < 60 && seen !== headline; i++) {
      for (const frame of page.frames()) {
        const h = await frame.locator('#headline').textContent({ timeout: 200 }).catch(() => null);
        if (!h) continue;
        seen = h;
        reportFrame = frame;
        inside = await frame
          .evaluate(() => ({
            csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
            likely: document.getElementById('headline-likely')?.textContent ?? '',
            scripted: document.getElementById('filters')?.hidden === false,
            background: getComputedStyle(document.documentElement).backgroundColor,
            theme: getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim(),
          }))
          .catch((error) => ({ error: error.message }));
      }
      await page.waitForTimeout(500);
    }
    record('the report webview shows the headline (through its iframes)', seen === headline, JSON.stringify(seen));
    const cliHtml = readFileSync(expected.html, 'utf8');
    const cliLikely = /<p class="answer" id="headline-likely">(.*?)<\/p>/.exec(cliHtml)?.[1].replace(/<[^>]+>/g, '').replace(/&(#39|quot|lt|gt|amp);/g, (_, e) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]);
    record("it is the CLI's HTML report (its answer line)", Boolean(cliLikely) && inside?.likely === cliLikely, JSON.stringify([inside?.likely, cliLikely]));
    record("under the webview's strict CSP, the report's script running by its nonce", /^default-src 'none'; style-src [^;]* 'nonce-[^']+'; script-src 'nonce-[^']+';/.test(inside?.csp ?? '') && inside?.scripted === true, JSON.stringify(inside));
    const rgb = (c) => c.replace(/\s/g, '').toLowerCase();
    record('in the theme\'s colours', Boolean(inside?.theme) && rgb(inside.background) === rgb(hexToRgb(inside.theme)), JSON.stringify([inside?.background, inside?.theme]));
    // A toolbar button posts its message out of the webview; the extension runs the command.
    // (The in-host check's notification of the same words is cleared first.)
    await page.keyboard.press('F1');
    await page.keyboard.type('Notifications: Clear All Notifications');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    const stale = await page.locator('.notification-list-item-message', { hasText: 'links of likely-exposed posts copied' }).count();
    await reportFrame?.locator('button[data-action="copyLinks"]').click({ timeout: 10_000 }).catch(() => {});
    const copied = await page
      .locator('.notification-list-item-message', { hasText: 'links of likely-exposed posts copied' })
      .first()
      .textContent({ timeout: 20_000 })
      .catch(() => null);
    const likelyPosts = expected.report.items.filter((i) => i.category === 'posts' && i.exposure === 'likely').length;
    record("the report's toolbar runs the extension's command (copy links)", stale === 0 && copied?.trim() === `LinkedIn Exposure: ${likelyPosts} links of likely-exposed posts copied.`, JSON.stringify({ stale, copied }));
    const status = await page.locator('.statusbar-item', { hasText: headline }).count();
    record('the status bar shows the headline', status > 0);
    await page.screenshot({ path: join(ROOT, '.ci/vscode-screenshot.png') });
    writeFileSync(join(ws, 'ui-done'), '');
    const code = await Promise.race([exited, timeout(60_000)]);
    record('in-host suite (vscode/tests/suite.cjs)', code === 0, `exit ${code}`);
  } finally {
    await browser?.close().catch(() => {});
    server.kill('SIGTERM');
  }

  // The .vsix: packaged by vsce, installed by code-server, which checks its manifest.
  execFileSync('npm', ['run', 'package'], { cwd: EXT, stdio: ['ignore', 'inherit', 'inherit'] });
  const extDir = join(scratch, 'installed');
  const out = execFileSync(process.execPath, [CODE_SERVER, '--extensions-dir', extDir, '--user-data-dir', join(scratch, 'ud2'), '--install-extension', join(EXT, 'li-exposure.vsix')], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, TMPDIR: scratch },
  });
  const installed = readdirSync(extDir).find((d) => d.startsWith('li-exposure.li-exposure-'));
  const complete = installed && ['out/extension.js', 'core/api.js', 'core/exposure/policy/linkedin-genai.json', 'node_modules/jszip/package.json'].every((f) => existsSync(join(extDir, installed, f)));
  record('the .vsix installs with code-server --install-extension', /successfully installed/.test(out) && Boolean(complete), installed ?? out.trim());
}

main()
  .catch((error) => record('vscode e2e run', false, error.message))
  .finally(() => {
    const failed = results.filter((ok) => !ok).length;
    console.log(`vscode-e2e: ${results.length - failed} passed, ${failed} failed`);
    process.exit(failed || results.length === 0 ? 1 : 0);
  });
