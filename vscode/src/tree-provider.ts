// The TreeDataProvider of the liExposure.categories view, over a TreeModel.
import * as vscode from 'vscode';
import type { CategoryId } from './core';
import { categoryDescription, findingsOf, type TreeModel, type TreeNode } from './tree-model';

const VERDICT_ICONS = {
  likely: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
  possible: new vscode.ThemeIcon('warning', new vscode.ThemeColor('editorWarning.foreground')),
  unlikely: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
} as const;

export class CategoryTree implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  model: TreeModel | null = null;

  show(model: TreeModel | null): void {
    this.model = model;
    this.changed.fire(undefined);
  }

  showMore(category: CategoryId): void {
    const node = this.model?.category(category);
    if (!node) return;
    this.model!.showMore(category);
    this.changed.fire(node);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!this.model) return [];
    return node ? this.model.children(node) : this.model.roots();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const model = this.model!;
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(
        node.summary.label,
        model.expandable(node) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `category:${node.summary.id}`;
      item.description = categoryDescription(node.summary);
      item.contextValue = node.summary.private ? 'privateCategory' : 'category';
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(`Show ${node.next} more (${node.remaining} not shown)`, vscode.TreeItemCollapsibleState.None);
      item.id = `more:${node.category}:${node.remaining}`;
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.command = { command: 'liExposure.showMore', title: 'Show more', arguments: [node.category] };
      return item;
    }
    if (node.kind === 'finding') {
      const { label, description } = model.findingLabel(node);
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
      item.id = `finding:${node.item.id}:${node.index}`;
      item.description = description;
      item.tooltip = `Found by the ${node.finding.detector} detector (characters ${node.finding.start}-${node.finding.end} of the text)`;
      item.iconPath = new vscode.ThemeIcon('eye');
      item.contextValue = 'finding';
      item.command = { command: 'liExposure.showItem', title: 'Show item', arguments: [node.item.id] };
      return item;
    }
    const { item: record } = node;
    const findings = findingsOf(record).length;
    const item = new vscode.TreeItem(model.itemLabel(record), findings ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `item:${record.id}`;
    item.contextValue = 'item';
    item.description = `${record.date ? record.date.slice(0, 10) : 'no date'}${findings ? ` · ${findings} finding${findings === 1 ? '' : 's'}` : ''}`;
    if (record.exposure) item.iconPath = VERDICT_ICONS[record.exposure];
    item.tooltip = record.exposure ? `${record.exposure} exposed` : undefined;
    item.command = { command: 'liExposure.showItem', title: 'Show item', arguments: [record.id] };
    return item;
  }
}
