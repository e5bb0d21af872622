import { assert, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { CategoryTree } from '../../../vscode/src/tree-provider.js';
import { PAGE_SIZE, TreeModel, headline, type TreeNode } from '../../../vscode/src/tree-model.js';
import { sanitizeForTerminal } from '../../../src/render/sanitize.js';
import { makeReport } from '../../helpers/make-report.js';
import type { Report } from '../../../src/model/report.js';

function treeOf(report: Report) {
  const tree = new CategoryTree();
  tree.show(new TreeModel(report as never, (t) => sanitizeForTerminal(t)));
  return tree;
}
const root = (tree: CategoryTree, id: string) => tree.getChildren().find((n) => n.kind === 'category' && n.summary.id === id)!;

describe('VS Code categories tree', () => {
  it('shows 145,000 posts one page at a time, newest first, with a node for the rest', () => {
    const report = makeReport({ counts: { posts: 145_000 } });
    const tree = treeOf(report);
    const posts = root(tree, 'posts');
    const first = tree.getChildren(posts);
    expect(first).toHaveLength(PAGE_SIZE + 1);
    const more = first.at(-1)!;
    expect(more).toMatchObject({ kind: 'more', remaining: 145_000 - PAGE_SIZE, next: PAGE_SIZE });
    expect(tree.getTreeItem(more).command).toEqual({ command: 'liExposure.showMore', title: 'Show more', arguments: ['posts'] });

    const dates = first.filter((n) => n.kind === 'item').map((n) => (n as Extract<TreeNode, { kind: 'item' }>).item.date);
    const newest = report.items.map((i) => i.date).filter((d): d is string => d !== null).sort().reverse();
    expect(dates).toEqual(newest.slice(0, PAGE_SIZE));
  });

  it('adds one page on "show more" and tells the view which category changed', () => {
    const report = makeReport({ counts: { posts: 450 } });
    const tree = treeOf(report);
    const changed: unknown[] = [];
    tree.onDidChangeTreeData((node) => changed.push(node));
    const posts = root(tree, 'posts');
    tree.showMore('posts');
    expect(changed).toEqual([posts]);
    expect(tree.getChildren(posts)).toHaveLength(2 * PAGE_SIZE + 1);
    tree.showMore('posts');
    const all = tree.getChildren(posts);
    expect(all).toHaveLength(450);
    expect(all.every((n) => n.kind === 'item')).toBe(true);
    // Undated items come last, after every dated one.
    const dates = all.map((n) => (n as Extract<TreeNode, { kind: 'item' }>).item.date);
    const firstUndated = dates.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
  });

  it("labels categories with the report's verdict counts; private ones are counts only", () => {
    const report = makeReport({ counts: { posts: 30 }, countedOnly: { messages: 1200 } });
    const tree = treeOf(report);
    const posts = report.summary.categories.find((c) => c.id === 'posts')!;
    const postsItem = tree.getTreeItem(root(tree, 'posts'));
    expect(postsItem.description).toBe(`${posts.likely} likely · ${posts.possible} possible · ${posts.unlikely} unlikely`);
    expect(postsItem.collapsibleState).toBe(vscode.TreeItemCollapsibleState.Collapsed);
    const messages = root(tree, 'messages');
    const messagesItem = tree.getTreeItem(messages);
    expect(messagesItem.description).toBe('1200 records · private, counted only');
    expect(messagesItem.collapsibleState).toBe(vscode.TreeItemCollapsibleState.None);
    expect(tree.getChildren(messages)).toEqual([]);
    const t = report.summary.totals;
    expect(headline(report as never)).toBe(`${t.likely} likely, ${t.possible} possible, ${t.unlikely} unlikely exposed`);
  });

  it('gives each item its verdict icon, date and a command opening it; labels are neutralised and short', () => {
    const report = makeReport({
      counts: { posts: 0 },
      extra: [{ category: 'posts', text: 'evil \u202Etxt.exe\u001b[31m ' + 'x'.repeat(200), date: '2025-03-01T10:00:00.000Z', exposure: 'likely' }],
    });
    const tree = treeOf(report);
    const [node] = tree.getChildren(root(tree, 'posts'));
    expect(node).toBeDefined();
    const item = tree.getTreeItem(node!);
    assert(typeof item.label === 'string', 'an item node is labelled with plain text');
    expect(item.label).not.toMatch(/[\u202E\u001b]/);
    expect(Array.from(item.label)).toHaveLength(80);
    expect(item.description).toBe('2025-03-01');
    expect((item.iconPath as vscode.ThemeIcon).id).toBe('error');
    expect(item.command).toMatchObject({ command: 'liExposure.showItem', arguments: [report.items[0]!.id] });
  });

  it('shows the findings of an item as its child nodes, labelled with the kind and the matched text', () => {
    const text = 'Call me on +47 555 01 234 or mail ola@example.com \u202Eevil';
    const report = makeReport({ counts: { posts: 0 }, extra: [{ category: 'posts', text, date: '2025-03-01T10:00:00.000Z', exposure: 'likely' }, { category: 'posts', text: 'nothing', date: '2025-02-01T10:00:00.000Z', exposure: 'likely' }] });
    const phone = { detector: 'phone', kind: 'phone', start: text.indexOf('+47'), end: text.indexOf(' or') };
    const email = { detector: 'email', kind: 'email', start: text.indexOf('ola@'), end: text.length };
    Object.assign(report.items[0]!, { findings: [phone, email] });
    const tree = treeOf(report);
    const [withFindings, without] = tree.getChildren(root(tree, 'posts'));
    const item = tree.getTreeItem(withFindings!);
    expect(item.collapsibleState).toBe(vscode.TreeItemCollapsibleState.Collapsed);
    expect(item.description).toBe('2025-03-01 · 2 findings');
    expect(tree.getTreeItem(without!).collapsibleState).toBe(vscode.TreeItemCollapsibleState.None);
    expect(tree.getChildren(without!)).toEqual([]);

    const findings = tree.getChildren(withFindings!);
    expect(findings.map((n) => n.kind)).toEqual(['finding', 'finding']);
    const [p, e] = findings.map((n) => tree.getTreeItem(n));
    expect(p).toMatchObject({ label: 'phone', description: '+47 555 01 234', contextValue: 'finding' });
    expect(p!.tooltip).toBe(`Found by the phone detector (characters ${phone.start}-${phone.end} of the text)`);
    expect(e!.label).toBe('email');
    expect(e!.description).not.toMatch(/\u202E/);
    expect(e!.description).toContain('ola@example.com');
    // A finding opens its item; ids are unique per item and finding.
    expect(p!.command).toMatchObject({ command: 'liExposure.showItem', arguments: [report.items[0]!.id] });
    expect(new Set([p!.id, e!.id, item.id]).size).toBe(3);
  });
});
