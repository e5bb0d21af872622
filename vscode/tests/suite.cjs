// Runs inside the real VS Code extension host (code-server, ?payload=extensionTestsPath=...).
// scripts/test-vscode.mjs writes expected.json (the CLI's own answers) into the workspace folder.
const assert = require('node:assert/strict');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');

const checks = [];
const check = (name, fn) => checks.push({ name, fn });
// The CLI streams items as its reading lanes finish, so their order may differ between two runs:
// items are compared by id, everything else as it is.
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const strip = (report) => ({ ...report, generatedAt: undefined, items: [...report.items].sort(byId) });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The view type of the active webview tab once it is `wanted` (or whatever it is after 10 s). */
async function activeWebview(wanted) {
  let type = null;
  for (let i = 0; i < 100; i++) {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    type = input instanceof vscode.TabInputWebview ? input.viewType : null;
    if (type && type.endsWith(wanted)) return type;
    await sleep(100);
  }
  return type;
}

/** The driver checks the UI while this extension host still runs, then writes ui-done. */
async function waitForDriver(folder) {
  console.log('in-host: ready for the UI checks');
  for (let i = 0; i < 1800 && !existsSync(join(folder, 'ui-done')); i++) await sleep(100);
}

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
  const ext = vscode.extensions.getExtension('li-exposure.li-exposure');
  let api;
  let report;

  check('activates and returns the API', async () => {
    assert.ok(ext, 'extension li-exposure.li-exposure is installed');
    api = await ext.activate();
    assert.equal(typeof api.scan, 'function');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['liExposure.scan', 'liExposure.openReport', 'liExposure.exportReport']) assert.ok(commands.includes(id), id);
  });

  check('the scan command gives the report of scan --json', async () => {
    report = await vscode.commands.executeCommand('liExposure.scan', vscode.Uri.file(expected.sample));
    assert.ok(report, 'a report');
    assert.deepEqual(strip(report), strip(expected.report));
    assert.deepEqual(strip(await api.scan(vscode.Uri.file(expected.sample))), strip(expected.report));
    if (expected.breakOne) assert.equal(report.summary.totals.likely, report.summary.totals.likely + 1, 'deliberately broken assertion');
  });

  check("the tree shows the CLI's counts, private categories as counts only", async () => {
    const roots = await api.tree.getChildren();
    const categories = expected.report.summary.categories.filter((c) => c.total > 0);
    assert.equal(roots.length, categories.length);
    for (const [i, c] of categories.entries()) {
      const item = await api.tree.getTreeItem(roots[i]);
      assert.equal(item.label, c.label);
      const description = c.private ? `${c.total} records · private, counted only` : `${c.likely} likely · ${c.possible} possible · ${c.unlikely} unlikely`;
      assert.equal(item.description, description, c.id);
      assert.equal(item.collapsibleState === vscode.TreeItemCollapsibleState.None, c.private || c.listed === 0, c.id);
    }
  });

  check('items come newest first, each with its verdict', async () => {
    const roots = await api.tree.getChildren();
    const posts = roots.find((r) => r.summary?.id === 'posts');
    const children = await api.tree.getChildren(posts);
    const items = children.filter((n) => n.kind === 'item');
    const cliPosts = expected.report.items.filter((i) => i.category === 'posts');
    assert.equal(items.length, Math.min(cliPosts.length, 200));
    const newest = cliPosts.map((i) => i.date).filter(Boolean).sort().at(-1);
    assert.equal(items[0].item.date, newest);
    const first = await api.tree.getTreeItem(items[0]);
    assert.equal(first.command.command, 'liExposure.showItem');
    assert.ok(first.iconPath, 'verdict icon');
  });

  check('selecting an item opens its detail webview', async () => {
    const item = expected.report.items.find((i) => i.category === 'posts');
    await vscode.commands.executeCommand('liExposure.showItem', item.id);
    assert.match(await activeWebview('liExposure.item'), /liExposure\.item$/);
  });

  check('the report webview opens and the report exports as JSON', async () => {
    await vscode.commands.executeCommand('liExposure.openReport');
    assert.match(await activeWebview('liExposure.report'), /liExposure\.report$/);
    const target = vscode.Uri.file(join(folder, 'exported.json'));
    await vscode.commands.executeCommand('liExposure.exportReport', target);
    assert.deepEqual(strip(JSON.parse(readFileSync(target.fsPath, 'utf8'))), strip(expected.report));
  });

  check("bad input gives the CLI's one-line message", async () => {
    await assert.rejects(api.scan(vscode.Uri.file(expected.bad)), (error) => {
      assert.equal(`li-exposure: ${error.message}`, expected.badLine);
      return true;
    });
    // The command shows it as an error notification (read from the page by the driver).
    assert.equal(await vscode.commands.executeCommand('liExposure.scan', vscode.Uri.file(expected.bad)), undefined);
  });

  check('a bad setting is refused like the CLI option, named as the setting', async () => {
    const config = vscode.workspace.getConfiguration('liExposure');
    await config.update('optedOut', '2025-02-30', vscode.ConfigurationTarget.Global);
    try {
      await assert.rejects(api.scan(vscode.Uri.file(expected.sample)), (error) => {
        assert.equal(`li-exposure: ${error.message}`, expected.badOptedOutLine.replace('--opted-out', 'liExposure.optedOut'));
        return true;
      });
    } finally {
      await config.update('optedOut', undefined, vscode.ConfigurationTarget.Global);
    }
    // Leave the good report on screen for the UI check.
    await vscode.commands.executeCommand('liExposure.scan', vscode.Uri.file(expected.sample));
  });

  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}: ${error && error.message}`.slice(0, 2500));
    }
  }
  console.log(`in-host: ${checks.length - failed} passed, ${failed} failed`);
  await waitForDriver(folder);
  if (failed) throw new Error(`${failed} in-host check(s) failed`);
};
