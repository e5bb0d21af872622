import type { CategoryId, ExposureLevel, FindingKind, Item, Report } from '../model/report.js';
import { category } from '../model/categories.js';
import { oneLine } from './sanitize.js';
import { inWords, itemCodesInWords, REACTION_WORDS } from './codes.js';

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

/** The item's text as a person reads it: a reaction's code in words ("Celebrate on ..."). */
function readableText(item: Item): string {
  const code = item.category === 'reactions' ? item.details?.['Type'] : undefined;
  const text = code && item.text.startsWith(`${code} `) ? `${inWords(REACTION_WORDS, code)}${item.text.slice(code.length)}` : item.text;
  return item.title && item.category !== 'posts' && item.category !== 'comments' ? `${item.title}: ${text}` : text;
}

/**
 * One tab-separated line per item (sanitised): date, category, verdict, short text, the item's
 * link (posts, comments, reactions...) and its codes in words (reaction, visibility), "-" when none.
 */
export function renderListLine(item: Item, textWidth = 120): string {
  const date = item.date ? item.date.slice(0, 10) : '-';
  const url = item.url ? oneLine(item.url, 500) : '-';
  return [date, item.category, item.exposure ?? '-', oneLine(readableText(item), textWidth), url, oneLine(itemCodesInWords(item.details, item.category), 80) || '-'].join('\t');
}
