// The extension's commands, run through activate() against the fake `vscode` and the real core
// (src/, as the extension's vscode/core/ is compiled from it) on generated exports.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { fake } from '../../helpers/fake-vscode.js';
import { srcCore } from '../../helpers/vscode-core.js';
import { tempDir, writeFolder, writeZip } from '../../helpers/archive.js';
import { profile, shares, type Post } from '../../helpers/export-records.js';
import type { Report } from '../../../src/model/report.js';
import { contentSecurityPolicy } from '../../../src/render/html-report.js';

vi.mock('../../../vscode/src/core.js', () => ({
  loadCore: async () => srcCore,
  isInputError: (error: unknown) => srcCore.isUserError(error),
}));
const { activate } = await import('../../../vscode/src/extension.js');

// Public posts of an EEA member who never opted out, from the training window on: all "likely".
const POSTS: Post[] = [
  { id: 11, date: '2025-11-20 10:00:00', text: 'Newest post' },
  { id: 12, date: '2025-12-01 10:00:00', text: 'A post\nover two lines' },
  { id: 13, date: '2025-11-10 10:00:00', text: 'Oldest post' },
];
const publicShares = (posts: Post[]) => shares(posts).replaceAll(',MEMBER_NETWORK', ',PUBLIC');
const EXPORT = { 'Profile.csv': profile('Ola', 'Nordmann'), 'Shares.csv': publicShares(POSTS) };
const postItem = (report: Report, id: number) => report.items.find((i) => i.category === 'posts' && i.url!.endsWith(`%3A${id}`))!;
const run = (id: string, ...args: unknown[]) => vscode.commands.executeCommand(id, ...args) as Promise<unknown>;
const lastMessage = () => fake.messages.at(-1)!;

async function activated(files: Record<string, string> = EXPORT, folder = false) {
  const path = folder ? await writeFolder(files) : await writeZip(files);
  const api = activate({ subscriptions: [], extensionUri: vscode.Uri.file('/ext') } as never);
  const report = (await run('liExposure.scan', vscode.Uri.file(path))) as Report;
  expect(report, JSON.stringify(fake.messages)).toBeTruthy();
  return { api, path, report };
}

beforeEach(() => {
  fake.reset();
  fake.settings['liExposure.asOf'] = '2026-06-01';
});
afterEach(() => vi.restoreAllMocks());

describe('VS Code commands', () => {
  it('reveal in source opens the li-exposure: document of the item\'s file at its record\'s line', async () => {
    const { report, path } = await activated();
    const item = postItem(report, 13);
    expect(item.source.line).toBe(5); // after the header, one post and the two-line post
    await run('liExposure.revealInSource', item.id);
    const shown = fake.shown[0];
    expect(shown, 'a document is shown').toBeDefined();
    const { document, options } = shown!;
    expect(document.uri.scheme).toBe('li-exposure');
    expect(document.uri.path).toBe('/Shares.csv');
    expect(document.uri.query).toBe(path);
    expect(document.getText()).toBe(publicShares(POSTS));
    expect(options!.selection!.start).toEqual(new vscode.Position(4, 0));
    expect(document.getText().split('\n')[4]).toMatch(/^2025-11-10 10:00:00,/);
  });

  it('reveals from a tree node (the context menu) and again once VS Code closed the document', async () => {
    const { report } = await activated();
    const item = postItem(report, 12);
    await run('liExposure.revealInSource', { kind: 'item', item });
    expect(fake.shown[0]!.options!.selection!.start).toEqual(new vscode.Position(item.source.line! - 1, 0));
    fake.close(fake.shown[0]!.document.uri);
    await run('liExposure.revealInSource', item.id);
    expect(fake.shown[1]!.options!.selection!.start).toEqual(new vscode.Position(item.source.line! - 1, 0));
  });

  it("reads the export once per reveal, and a vanished export gives the core's one-line message", async () => {
    const { report, path } = await activated();
    const read = vi.spyOn(srcCore, 'readEntryText');
    await run('liExposure.revealInSource', postItem(report, 11).id);
    expect(read).toHaveBeenCalledTimes(1);
    fake.close(fake.shown[0]!.document.uri);
    await rm(path);
    expect(await run('liExposure.revealInSource', postItem(report, 11).id)).toBeUndefined();
    expect(lastMessage()).toEqual({ kind: 'error', text: `li-exposure: ${path}: no such file or folder.` });
  });

  it('serves li-exposure: documents only for exports scanned in this window', async () => {
    await activated();
    const elsewhere = await writeFolder(EXPORT);
    const uri = vscode.Uri.from({ scheme: 'li-exposure', path: '/Shares.csv', query: elsewhere });
    await expect(vscode.workspace.openTextDocument(uri)).rejects.toThrow(`li-exposure: ${elsewhere} was not scanned in this window; scan it first.`);
    await expect(vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'li-exposure', path: '/', query: elsewhere }))).rejects.toThrow('does not name a file of an export');
  });

  it('exports JSON, Markdown and HTML by the file name, mode 0600, and refuses other names', async () => {
    const { report } = await activated();
    const dir = await tempDir();
    for (const name of ['r.json', 'r.md', 'r.html']) {
      fake.saveDialog = vscode.Uri.file(join(dir, name));
      expect(await run('liExposure.exportReport')).toBeTruthy();
      expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
    }
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toMatch(/^# /);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).toContain(`content="${contentSecurityPolicy().replace(/'/g, '&#39;')}"`);
    expect(lastMessage()).toEqual({ kind: 'info', text: `LinkedIn Exposure: HTML report written to ${join(dir, 'r.html')}` });

    fake.saveDialog = vscode.Uri.file(join(dir, 'r.txt'));
    expect(await run('liExposure.exportReport')).toBeUndefined();
    expect(lastMessage().kind).toBe('error');
    expect(lastMessage().text).toContain('give the file a .json, .md or .html name');
    await expect(stat(join(dir, 'r.txt'))).rejects.toThrow();
  });

  it('never writes the report over the export or into its folder', async () => {
    const { path } = await activated(EXPORT, true);
    const inside = join(path, 'report.json');
    expect(await run('liExposure.exportReport', vscode.Uri.file(inside))).toBeUndefined();
    expect(lastMessage()).toEqual({ kind: 'error', text: `li-exposure: ${inside} is inside the input folder ${path}: writing there would damage your export; choose another file.` });
    await expect(stat(inside)).rejects.toThrow();

    fake.reset();
    const zipped = await activated();
    const before = await readFile(zipped.path);
    expect(await run('liExposure.exportReport', vscode.Uri.file(join(zipped.path, '..', 'Complete_LinkedInDataExport_05-12-2026.zip')))).toBeUndefined();
    expect(lastMessage().text).toContain('writing there would damage your export');
    expect(await readFile(zipped.path)).toEqual(before);
  });

  it('copies the likely-exposed posts\' LinkedIn links, newest first, and says how many had none', async () => {
    const foreign = publicShares([...POSTS, { id: 14, date: '2025-11-15 10:00:00', text: 'Foreign link' }]).replace(
      'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A14',
      'https://evil.example/\u202Ex',
    );
    const { report } = await activated({ ...EXPORT, 'Shares.csv': foreign });
    expect(report.items.filter((i) => i.category === 'posts' && i.exposure === 'likely')).toHaveLength(4);
    const links = await run('liExposure.copyLikelyPostLinks');
    const link = (id: number) => `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${id}`;
    expect(links).toEqual([link(12), link(11), link(13)]);
    expect(fake.clipboard).toBe(`${link(12)}\n${link(11)}\n${link(13)}\n`);
    expect(lastMessage()).toEqual({ kind: 'info', text: 'LinkedIn Exposure: 3 links of likely-exposed posts copied. 1 likely-exposed post has no LinkedIn link.' });
  });

  it("opens LinkedIn's setting page through openExternal, and fetches nothing", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    activate({ subscriptions: [], extensionUri: vscode.Uri.file('/ext') } as never);
    await run('liExposure.openLinkedInSetting');
    expect(fake.opened.map(String)).toEqual([vscode.Uri.parse(srcCore.loadPolicy({}).optOut.settingUrl).toString()]);
    expect(fake.opened[0]!.scheme).toBe('https');
    expect(fake.opened[0]!.authority).toBe('www.linkedin.com');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rescans the export: a post added since is counted, open documents of it are read again', async () => {
    const { api, path } = await activated(EXPORT, true);
    expect(api.report!.items.filter((i) => i.category === 'posts')).toHaveLength(3);
    await run('liExposure.revealInSource', postItem(api.report!, 11).id);
    const changed: string[] = [];
    (fake.providers.get('li-exposure') as unknown as { onDidChange(l: (uri: vscode.Uri) => void): void }).onDidChange((uri) => changed.push(uri.toString()));
    await writeFile(join(path, 'Shares.csv'), publicShares([...POSTS, { id: 15, date: '2025-11-25 10:00:00', text: 'Added' }]));
    const again = (await run('liExposure.rescan')) as Report;
    expect(again.items.filter((i) => i.category === 'posts')).toHaveLength(4);
    // The open li-exposure: document of the export is read again.
    expect(changed).toEqual([fake.shown[0]!.document.uri.toString()]);
    expect(api.report).toBe(again);
  });

  it('shows the report webview with scripts, the extension as its only resource root, and toolbar buttons wired to the commands', async () => {
    await activated();
    await run('liExposure.openReport');
    const panel = fake.panels.find((p) => p.viewType === 'liExposure.report')!;
    expect(panel.options).toEqual({ enableScripts: true, localResourceRoots: [vscode.Uri.file('/ext')] });
    expect(panel.webview.html).toContain('<div id="li-toolbar">');
    panel.webview.post({ type: 'copyLinks' });
    await vi.waitFor(() => expect(fake.clipboard).toContain('https://www.linkedin.com/'));
    panel.webview.post({ type: 'no such action' });
  });

  it('without a scan, the report commands say to scan first', async () => {
    activate({ subscriptions: [], extensionUri: vscode.Uri.file('/ext') } as never);
    for (const id of ['liExposure.exportReport', 'liExposure.copyLikelyPostLinks', 'liExposure.rescan', 'liExposure.openReport']) {
      await run(id);
      expect(lastMessage(), id).toEqual({ kind: 'info', text: 'LinkedIn Exposure: scan an export first.' });
    }
  });
});
