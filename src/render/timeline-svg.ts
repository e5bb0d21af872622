// The timeline picture: items per month in three lanes (likely, possibly, unlikely), the region's
// training windows shaded behind them and labelled, the opt-out day marked, years on the axis,
// and a text alternative. Inline SVG styled by the page's CSS classes (light and dark mode);
// every bar carries data-month, data-verdict and data-count so tests can check it.

import type { ExposureLevel, Report } from '../model/report.js';
import type { Policy } from '../exposure/policy-schema.js';
import { LEVEL_SYMBOL, LEVELS, monthCounts, regionWindows, STATUS_WORD, type MonthCounts } from './report-facts.js';
import { count, html } from './text-safety.js';
import { defined } from '../model/defined.js';

const W = 960;
const LEFT = 112;
const RIGHT = 16;
const TOP = 34;
const LANE = 64;
const GAP = 10;
const BAND = 26;
const AXIS = 24;
const PLOT = W - LEFT - RIGHT;

const LANE_LABEL: Record<ExposureLevel, string> = { likely: 'likely', possible: 'possibly', unlikely: 'unlikely' };

const monthIndex = (day: string): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
/** Fraction of a month elapsed at the start of `day` (YYYY-MM-DD). */
const dayFraction = (day: string): number => {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (Number(day.slice(8, 10)) - 1) / days;
};
const f = (n: number): string => (Math.round(n * 10) / 10).toString();

/** The SVG and, beneath it, nothing else: callers wrap it in a <figure>. */
export function timelineSvg(report: Report, policy: Policy, data: MonthCounts = monthCounts(report, policy)): string {
  const n = data.months.length;
  const windows = regionWindows(report, policy);
  const legend = legendLayout(windows.map((w) => `${STATUS_WORD[w.status]}: ${w.start} to ${w.end ?? 'now'}`));
  const height = TOP + 3 * LANE + 2 * GAP + GAP + BAND + AXIS + (n ? legend.rows * 20 + 6 : 0);
  const parts: string[] = [];
  const title = 'Your items per month, by verdict, with the training windows of your region';
  const totals = LEVELS.map((l) => `${count(data.counts[l].reduce((a, b) => a + b, 0))} ${LANE_LABEL[l]}`).join(', ');
  const ctx = report.context;
  const desc =
    n === 0
      ? 'No dated items.'
      : `From ${data.months[0]} to ${data.months[n - 1]}: ${totals} dated items. ` +
        regionWindows(report, policy)
          .map((w) => `Training ${STATUS_WORD[w.status]} from ${w.start}${w.end ? ` to ${w.end}` : ' on'}.`)
          .join(' ') +
        (ctx?.optedOut ? ` Opted out on ${ctx.optedOut}.` : ' Not opted out.') +
        ' The same numbers are in the table below the picture.';
  parts.push(
    `<svg class="timeline" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="tl-title">${html(title)}</title><desc id="tl-desc">${html(desc)}</desc>`,
  );
  if (n === 0) {
    parts.push(`<text class="tl-label" x="${LEFT}" y="${TOP + LANE}">No dated items to plot.</text></svg>`);
    return parts.join('');
  }
  const bw = PLOT / n;
  const x = (m: number): number => LEFT + m * bw;
  const first = monthIndex(`${data.months[0]}-01`);
  const xDay = (day: string): number => x(monthIndex(day) - first + dayFraction(day));
  const lanesBottom = TOP + 3 * LANE + 2 * GAP;
  const bandTop = lanesBottom + GAP;

  // Training windows: shaded behind the lanes, and labelled in the band below them.
  for (const w of windows) {
    const x0 = Math.max(LEFT, xDay(w.start));
    const x1 = Math.min(LEFT + PLOT, w.end ? xDay(w.end) : LEFT + PLOT);
    if (x1 <= x0) continue;
    const label = `${STATUS_WORD[w.status]}: ${w.start} to ${w.end ?? 'now'}`;
    parts.push(
      `<g class="win win-${w.status}" data-window="${html(w.id)}" data-status="${w.status}"><title>${html(`Training ${label}`)}</title>`,
      `<rect class="win-shade" x="${f(x0)}" y="${TOP - 4}" width="${f(x1 - x0)}" height="${lanesBottom - TOP + 4}"/>`,
      `<rect class="win-band" x="${f(x0)}" y="${bandTop}" width="${f(x1 - x0)}" height="${BAND}"/>`,
    );
    const word = STATUS_WORD[w.status];
    if (x1 - x0 >= word.length * 6.6 + 6) parts.push(`<text class="win-text" x="${f(x0 + 3)}" y="${bandTop + 17}">${word}</text>`);
    else if (x1 - x0 >= 10) parts.push(`<text class="win-text" x="${f(x0 + 2)}" y="${bandTop + 17}">${w.status === 'not_used' ? '–' : word[0]}</text>`);
    parts.push('</g>');
  }
  parts.push(`<text class="tl-label" x="${LEFT - 8}" y="${bandTop + 17}" text-anchor="end">training</text>`);

  // Lanes share one scale so that their bars compare.
  let max = 0;
  for (const l of LEVELS) for (const v of data.counts[l]) max = Math.max(max, v);
  LEVELS.forEach((level, k) => {
    const top = TOP + k * (LANE + GAP);
    const base = top + LANE;
    parts.push(
      `<g class="lane lane-${level}">`,
      `<line class="baseline" x1="${LEFT}" y1="${base}" x2="${LEFT + PLOT}" y2="${base}"/>`,
      `<text class="tl-label" x="${LEFT - 8}" y="${top + LANE / 2 + 5}" text-anchor="end">${LEVEL_SYMBOL[level]} ${LANE_LABEL[level]}</text>`,
    );
    const values = data.counts[level];
    for (let m = 0; m < n; m++) {
      const v = defined(values[m]);
      if (v === 0) continue;
      const h = Math.max(1.5, (v / max) * (LANE - 4));
      parts.push(
        `<rect class="bar bar-${level}" x="${f(x(m) + bw * 0.1)}" y="${f(base - h)}" width="${f(Math.max(0.6, bw * 0.8))}" height="${f(h)}" data-month="${data.months[m]}" data-verdict="${level}" data-count="${v}"><title>${data.months[m]}: ${count(v)} ${LANE_LABEL[level]}</title></rect>`,
      );
    }
    parts.push('</g>');
  });
  parts.push(`<text class="tl-label tl-small" x="${LEFT}" y="${TOP - 12}">tallest bar: ${count(max)} item${max === 1 ? '' : 's'} in a month</text>`);

  // Years on the axis: every January, thinned so that labels never collide.
  const years: number[] = [];
  data.months.forEach((month, m) => month.endsWith('-01') && years.push(m));
  const step = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor(PLOT / 44))));
  const axisY = bandTop + BAND;
  parts.push(`<line class="axis" x1="${LEFT}" y1="${axisY}" x2="${LEFT + PLOT}" y2="${axisY}"/>`);
  years.forEach((m, i) => {
    if (i % step !== 0) return;
    parts.push(`<line class="tick" x1="${f(x(m))}" y1="${axisY}" x2="${f(x(m))}" y2="${axisY + 4}"/><text class="tl-label tl-small" x="${f(x(m))}" y="${axisY + 17}" text-anchor="middle">${defined(data.months[m]).slice(0, 4)}</text>`);
  });
  if (years.length === 0) parts.push(`<text class="tl-label tl-small" x="${LEFT}" y="${axisY + 17}">${data.months[0]}</text>`);

  // Legend of the windows: status and dates in words, with the band's shading as swatch.
  windows.forEach((w, i) => {
    const spot = defined(legend.spots[i]);
    const y = axisY + AXIS + 8 + spot.row * 20;
    parts.push(
      `<g class="win win-${w.status} legend"><rect class="win-band" x="${f(LEFT + spot.x)}" y="${y}" width="14" height="14"/>`,
      `<text class="tl-label tl-small" x="${f(LEFT + spot.x + 19)}" y="${y + 11}">${html(defined(legend.labels[i]))}</text></g>`,
    );
  });

  // The opt-out day.
  if (ctx?.optedOut) {
    const xo = xDay(ctx.optedOut);
    const anchor = xo > LEFT + PLOT - 150 ? 'end' : 'start';
    parts.push(
      `<g class="optout" data-day="${ctx.optedOut}"><line x1="${f(xo)}" y1="${TOP - 22}" x2="${f(xo)}" y2="${axisY}"/>`,
      `<text class="tl-label" x="${f(anchor === 'end' ? xo - 4 : xo + 4)}" y="${TOP - 12}" text-anchor="${anchor}">▼ opted out ${ctx.optedOut}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Places legend entries left to right, wrapping to new rows within the plot's width. */
function legendLayout(labels: string[]): { rows: number; spots: Array<{ x: number; row: number }>; labels: string[] } {
  const spots: Array<{ x: number; row: number }> = [];
  let x = 0;
  let row = 0;
  for (const label of labels) {
    const width = 19 + label.length * 6.2 + 18;
    if (x > 0 && x + width > PLOT) {
      x = 0;
      row++;
    }
    spots.push({ x, row });
    x += width;
  }
  return { rows: labels.length ? row + 1 : 0, spots, labels };
}

/** The text alternative: one row per month that has items, plus the undated ones. */
export function timelineTableHtml(data: MonthCounts): string {
  const rows: string[] = [];
  for (let m = 0; m < data.months.length; m++) {
    const [l = 0, p = 0, u = 0] = LEVELS.map((lv) => data.counts[lv][m] ?? 0);
    if (l + p + u === 0) continue;
    rows.push(`<tr><td>${data.months[m]}<td class="num">${count(l)}<td class="num">${count(p)}<td class="num">${count(u)}`);
  }
  const und = data.undated;
  if (und.likely + und.possible + und.unlikely) rows.push(`<tr><td>no date<td class="num">${count(und.likely)}<td class="num">${count(und.possible)}<td class="num">${count(und.unlikely)}`);
  return (
    '<table class="compact"><thead><tr><th scope="col">Month<th scope="col" class="num">● likely<th scope="col" class="num">◐ possibly<th scope="col" class="num">○ unlikely</thead><tbody>' +
    rows.join('') +
    '</tbody></table>'
  );
}
