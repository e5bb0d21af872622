// What the categories tree shows, without the VS Code API: categories with their verdict counts,
// then the items newest first, handed out a page at a time so that a category with 145,000
// items costs one page of tree nodes until the user asks for more. An item the sensitive-content
// detectors found something in opens onto one node per finding.
import type { CategoryId, CategorySummary, Item, Report } from './core';

export const PAGE_SIZE = 200;
const LABEL_CHARS = 80;
const FINDING_CHARS = 40;

export interface CategoryNode {
  kind: 'category';
  summary: CategorySummary;
}
export interface ItemNode {
  kind: 'item';
  item: Item;
}
/** What a sensitive-content detector found in an item's text (UTF-16 offsets into item.text). */
export interface Finding {
  detector: string;
  kind: string;
  start: number;
  end: number;
}
/** An item as the report gives it once the detectors run: findings are optional. */
export type ItemWithFindings = Item & { findings?: readonly Finding[] };
export interface FindingNode {
  kind: 'finding';
  item: Item;
  finding: Finding;
  index: number;
}
export interface MoreNode {
  kind: 'more';
  category: CategoryId;
  /** Items not shown yet. */
  remaining: number;
  /** How many the next page adds. */
  next: number;
}
export type TreeNode = CategoryNode | ItemNode | FindingNode | MoreNode;

export class TreeModel {
  private readonly categories: CategoryNode[];
  private readonly items = new Map<CategoryId, Item[]>();
  private readonly sorted = new Set<CategoryId>();
  private readonly shown = new Map<CategoryId, number>();
  private byId: Map<string, Item> | null = null;

  constructor(
    readonly report: Report,
    private readonly clean: (text: string) => string,
    private readonly pageSize = PAGE_SIZE,
  ) {
    this.categories = report.summary.categories.filter((c) => c.total > 0).map((summary) => ({ kind: 'category', summary }));
    for (const item of report.items) {
      let list = this.items.get(item.category);
      if (!list) this.items.set(item.category, (list = []));
      list.push(item);
    }
  }

  roots(): CategoryNode[] {
    return this.categories;
  }

  category(id: CategoryId): CategoryNode | undefined {
    return this.categories.find((c) => c.summary.id === id);
  }

  /** Whether a category opens onto items (private ones are counts only). */
  expandable(node: CategoryNode): boolean {
    return !node.summary.private && (this.items.get(node.summary.id)?.length ?? 0) > 0;
  }

  children(node: TreeNode): TreeNode[] {
    if (node.kind === 'item') return findingsOf(node.item).map((finding, index) => ({ kind: 'finding', item: node.item, finding, index }));
    if (node.kind !== 'category' || !this.expandable(node)) return [];
    const id = node.summary.id;
    const all = this.sortedItems(id);
    const shown = Math.min(all.length, this.shown.get(id) ?? this.pageSize);
    const nodes: TreeNode[] = all.slice(0, shown).map((item) => ({ kind: 'item', item }));
    const remaining = all.length - shown;
    if (remaining > 0) nodes.push({ kind: 'more', category: id, remaining, next: Math.min(remaining, this.pageSize) });
    return nodes;
  }

  /** One more page of a category's items. */
  showMore(id: CategoryId): void {
    const total = this.items.get(id)?.length ?? 0;
    this.shown.set(id, Math.min(total, (this.shown.get(id) ?? this.pageSize) + this.pageSize));
  }

  item(id: string): Item | undefined {
    if (!this.byId) this.byId = new Map(this.report.items.map((item) => [item.id, item]));
    return this.byId.get(id);
  }

  itemLabel(item: Item): string {
    const text = (item.title ? `${item.title}: ${item.text}` : item.text).replace(/\s+/g, ' ').trim();
    return this.short(text || '(empty)', LABEL_CHARS);
  }

  /** A finding's label: its kind in words, then the matched text, neutralised and short. */
  findingLabel(node: FindingNode): { label: string; description: string } {
    const { finding, item } = node;
    const matched = item.text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
    return { label: this.clean(finding.kind.replace(/[-_]/g, ' ')), description: this.short(matched || '(empty)', FINDING_CHARS) };
  }

  private short(text: string, max: number): string {
    const chars = Array.from(this.clean(text));
    return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
  }

  private sortedItems(id: CategoryId): Item[] {
    const list = this.items.get(id) ?? [];
    if (!this.sorted.has(id)) {
      list.sort(newestFirst);
      this.sorted.add(id);
    }
    return list;
  }
}

/** Sorts items newest first. Dates are ISO 8601 in UTC, so they sort as text; undated items go last, in file order. */
export function newestFirst(a: Item, b: Item): number {
  return a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
}

/** The item's findings; none when the detectors did not run (or found nothing). */
export function findingsOf(item: Item): readonly Finding[] {
  const findings = (item as ItemWithFindings).findings;
  return Array.isArray(findings) ? findings : [];
}

export function categoryDescription(summary: CategorySummary): string {
  if (summary.private) return `${summary.total} records · private, counted only`;
  return `${summary.likely} likely · ${summary.possible} possible · ${summary.unlikely} unlikely`;
}

/** The headline of a report: what the status bar and the report view lead with. */
export function headline(report: Report): string {
  const t = report.summary.totals;
  return `${t.likely} likely, ${t.possible} possible, ${t.unlikely} unlikely exposed`;
}
