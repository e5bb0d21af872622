// Runs inside the real VS Code extension host (code-server, ?payload=extensionTestsPath=...).
// scripts/test-vscode.mjs writes expected.json (the CLI's own answers) into the workspace folder.
const assert = require('node:assert/strict');
const { existsSync, readFileSync, statSync } = require('node:fs');
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
    const ids = ['scan', 'openReport', 'exportReport', 'revealInSource', 'copyLikelyPostLinks', 'openLinkedInSetting', 'rescan'];
    for (const id of ids) assert.ok(commands.includes(`liExposure.${id}`), id);
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

  check('the report webview opens', async () => {
    await vscode.commands.executeCommand('liExposure.openReport');
    assert.match(await activeWebview('liExposure.report'), /liExposure\.report$/);
  });

  check("typing reaches a writable editor (so the read-only checks below are not vacuous)", async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('type', { text: 'typed' });
    assert.equal(doc.getText(), 'typed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  // expected.reveal: items and the lines of their files as an independent reader (jszip) gives them.
  for (const target of expected.reveal) {
    check(`reveal in source opens ${target.file} read-only at line ${target.line}`, async () => {
      const editor = await vscode.commands.executeCommand('liExposure.revealInSource', target.id);
      assert.ok(editor, 'an editor');
      const doc = editor.document;
      assert.equal(doc.uri.scheme, 'li-exposure');
      assert.equal(doc.uri.path, `/${target.file}`);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
      // VS Code gives a document one kind of line end (CRLF here, also inside quoted fields).
      const lines = (text) => text.split(/\r\n|\r|\n/);
      assert.deepEqual(lines(doc.getText()), lines(target.text), 'the whole file, decoded');
      const at = editor.selection.active;
      assert.equal(at.line, target.editorLine);
      assert.equal(at.character, 0);
      assert.equal(doc.lineAt(at.line).text, target.lineText);
      // Read-only: what the user types does not change it.
      const before = doc.getText();
      await vscode.commands.executeCommand('type', { text: 'typed' });
      assert.equal(doc.getText(), before, 'typing is refused');
      assert.equal(doc.isDirty, false);
    });
  }

  check('a li-exposure: link to an export that was not scanned is refused', async () => {
    const uri = vscode.Uri.from({ scheme: 'li-exposure', path: '/passwd', query: '/etc' });
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /not scanned in this window/);
  });

  check('the report exports as JSON, Markdown and HTML (mode 0600), the same as the CLI writes them', async () => {
    const json = vscode.Uri.file(join(folder, 'exported.json'));
    const md = vscode.Uri.file(join(folder, 'exported.md'));
    const html = vscode.Uri.file(join(folder, 'exported.html'));
    for (const uri of [json, md, html]) {
      assert.ok(await vscode.commands.executeCommand('liExposure.exportReport', uri), uri.fsPath);
      assert.equal(statSync(uri.fsPath).mode & 0o777, 0o600, `${uri.fsPath} mode`);
    }
    assert.deepEqual(strip(JSON.parse(readFileSync(json.fsPath, 'utf8'))), strip(expected.report));
    // Items of the same date may come in another order in two runs, and the day is in the footer.
    const rows = (text, sep) => text.replace(/ on \d{4}-\d{2}-\d{2} with policy /, ' with policy ').split(sep).sort();
    assert.deepEqual(rows(readFileSync(md.fsPath, 'utf8'), '\n'), rows(readFileSync(expected.markdown, 'utf8'), '\n'));
    assert.deepEqual(rows(readFileSync(html.fsPath, 'utf8'), '<tr'), rows(readFileSync(expected.html, 'utf8'), '<tr'));
  });

  check('an export over the scanned archive is refused and leaves it as it was', async () => {
    const before = statSync(expected.sample);
    assert.equal(await vscode.commands.executeCommand('liExposure.exportReport', vscode.Uri.file(expected.sample)), undefined);
    const after = statSync(expected.sample);
    assert.equal(after.size, before.size);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  check('the links of the likely-exposed posts go to the clipboard, newest first', async () => {
    await vscode.env.clipboard.writeText('');
    const links = await vscode.commands.executeCommand('liExposure.copyLikelyPostLinks');
    const posts = expected.report.items.filter((i) => i.category === 'posts' && i.exposure === 'likely');
    assert.ok(posts.length > 0 && posts.every((p) => p.url && p.url.startsWith('https://www.linkedin.com/')), 'the sample has likely posts with links');
    assert.deepEqual([...links].sort(), posts.map((p) => new URL(p.url).href).sort());
    const dates = links.map((l) => posts.find((p) => new URL(p.url).href === l).date);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.equal(await vscode.env.clipboard.readText(), links.join('\n') + '\n');
  });

  check('rescan reads the export again', async () => {
    const again = await vscode.commands.executeCommand('liExposure.rescan');
    assert.deepEqual(strip(again), strip(expected.report));
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
