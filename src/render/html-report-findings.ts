// The HTML report's "Consider deleting" section (see consider-deleting.ts): escaped like every
// archive value, the found spans in <mark>, a link to the item on LinkedIn where it has one.

import type { Report } from '../model/report.js';
import { CONSIDER_DELETING_MAX, excerptPieces, findingKindsText, type ConsiderItem } from './consider-deleting.js';
import { LEVEL_SYMBOL, LEVEL_WORD } from './report-facts.js';
import { count, html, linkedInUrl } from './text-safety.js';

export function considerDeletingHtml(report: Report, considered: { items: ConsiderItem[]; total: number }, excerptLength: number): string {
  if (!report.summary.findings) return '';
  const { items: list, total } = considered;
  const labels = new Map(report.summary.categories.map((c) => [c.id, c.label]));
  const out: string[] = [`<section id="consider-deleting"><h2>Consider deleting (${count(total)})</h2>`];
  if (total === 0) {
    out.push('<p>No contact details, identifiers, health or other sensitive details, or names of your connections, were found in your items.</p></section>');
    return out.join('');
  }
  out.push(
    '<p>Items in which li-exposure found contact details, identifiers, special categories of personal data (health, religion, politics...) or names of people in your network: the most exposed first, then those with the most findings. Deleting an item on LinkedIn does not take it out of a model already trained, but keeps it out of later training. The detectors read words, not meaning: check each one.</p>',
    '<table class="items findings"><thead><tr><th scope="col">Verdict<th scope="col">Date<th scope="col">Category<th scope="col">Text<th scope="col">Link<th scope="col">Found</thead><tbody>',
  );
  for (const item of list.slice(0, CONSIDER_DELETING_MAX)) {
    const level = item.exposure ?? 'unlikely';
    const href = linkedInUrl(item.url);
    const text = excerptPieces(item, excerptLength)
      .map((p) => (p.found ? `<mark>${html(p.text)}</mark>` : html(p.text)))
      .join('');
    out.push(
      `<tr class="${level[0]}"><td>${LEVEL_SYMBOL[level]} ${LEVEL_WORD[level]}<td>${item.date ? item.date.slice(0, 10) : '—'}<td>${html(labels.get(item.category) ?? item.category)}` +
        `<td><bdi>${text || '<small>(no text)</small>'}</bdi><td>${href ? `<a href="${html(href)}">open</a>` : ''}<td>${html(findingKindsText(item))}`,
    );
  }
  out.push('</tbody></table>');
  if (total > CONSIDER_DELETING_MAX) {
    out.push(`<p class="muted">And ${count(total - CONSIDER_DELETING_MAX)} more; <code>li-exposure list &lt;export&gt; --finding …</code> lists them all.</p>`);
  }
  out.push('</section>');
  return out.join('');
}
