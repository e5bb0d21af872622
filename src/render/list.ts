import type { CategoryId, ExposureLevel, FindingKind, Item, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { oneLine } from './sanitize.js';

export interface ListFilter {
  categories?: CategoryId[];
  exposure?: ExposureLevel[];
  /** Only items with at least one finding of these kinds. */
  findings?: FindingKind[];
}

/** The items to list: filtered, in category order, newest first, undated last. */
export function filterItems(report: Report, filter: ListFilter): Item[] {
  const categories = filter.categories?.length ? new Set(filter.categories) : null;
  const levels = filter.exposure?.length ? new Set(filter.exposure) : null;
  const kinds = filter.findings?.length ? new Set<string>(filter.findings) : null;
  return report.items
    .filter(
      (item) =>
        (!categories || categories.has(item.category)) &&
        (!levels || (item.exposure !== undefined && levels.has(item.exposure))) &&
        (!kinds || (item.findings?.some((f) => kinds.has(f.kind)) ?? false)),
    )
    .sort((a, b) => {
      const byCategory = category(a.category).order - category(b.category).order;
      if (byCategory !== 0) return byCategory;
      if (a.date === b.date) return 0;
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    });
}

/** One tab-separated line per item: date, category, verdict, short text (sanitised). */
export function renderListLine(item: Item, textWidth = 120): string {
  const date = item.date ? item.date.slice(0, 10) : '-';
  const text = item.title && item.category !== 'posts' && item.category !== 'comments' ? `${item.title}: ${item.text}` : item.text;
  return [date, item.category, item.exposure ?? '-', oneLine(text, textWidth)].join('\t');
}
