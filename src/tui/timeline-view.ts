// The exposure timeline: per-month bars of likely and possibly exposed items, with the region's
// training windows and the opt-out date underneath. Pure: data in, rows out, always `height`
// rows of at most `width` columns.

import { clip, seg } from './lines.js';
import { formatCount, padToWidth, stringWidth } from './text.js';
import { ACCENT, LEVEL_COLOR, LEVEL_SYMBOL, WINDOW_COLOR, WINDOW_LABEL, WINDOW_SYMBOL } from './theme.js';
import type { Line, Segment, TimelineInfo, TrainingWindowStatus } from './types.js';
import { monthIndexOf, monthLabel, type TimelineData } from './view-model.js';
import { defined } from '../model/defined.js';

const BARS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const LABEL_WIDTH = 12;
const STATUS_RANK: Record<TrainingWindowStatus, number> = { used: 3, probable: 2, uncertain: 1, not_used: 0 };

export interface Buckets {
  /** First month index of the range. */
  start: number;
  /** Months per column. */
  size: number;
  likely: number[];
  possible: number[];
}

/** Groups months into at most `columns` columns of equal size. */
export function bucketize(data: TimelineData, start: number, end: number, columns: number): Buckets {
  const months = end - start + 1;
  const size = Math.max(1, Math.ceil(months / Math.max(1, columns)));
  const count = Math.ceil(months / size);
  const likely = new Array<number>(count).fill(0);
  const possible = new Array<number>(count).fill(0);
  if (data.start >= 0) {
    for (const [k, n] of data.likely.entries()) {
      const m = data.start + k;
      if (m < start || m > end) continue;
      const b = Math.floor((m - start) / size);
      likely[b] = defined(likely[b]) + n;
      possible[b] = defined(possible[b]) + defined(data.possible[k]);
    }
  }
  return { start, size, likely, possible };
}

/** Bar cell for row `row` (0 = top) of a `height`-row chart. */
export function barCell(value: number, max: number, row: number, height: number): string {
  if (value <= 0 || max <= 0) return ' ';
  const eighths = Math.max(1, Math.round((value / max) * height * 8));
  const fromBottom = height - 1 - row;
  const level = Math.min(8, Math.max(0, eighths - fromBottom * 8));
  return defined(BARS[level]);
}

function windowStatusAt(info: TimelineInfo | undefined, m0: number, m1: number): TrainingWindowStatus | null {
  let best: TrainingWindowStatus | null = null;
  for (const w of info?.windows ?? []) {
    const ws = monthIndexOf(w.start);
    if (ws < 0) continue;
    const we = w.end ? monthIndexOf(w.end) : Number.POSITIVE_INFINITY;
    if (we < 0) continue;
    if (ws > m1 || we < m0) continue;
    if (best === null || STATUS_RANK[w.status] > STATUS_RANK[best]) best = w.status;
  }
  return best;
}

function optOutOf(info: TimelineInfo | undefined, fallback: string | null): string | null {
  const value = info ? info.optedOut : fallback;
  return value && monthIndexOf(value) >= 0 ? value : null;
}

export interface TimelineOptions {
  info?: TimelineInfo;
  /** Used when `info` is absent: the report's opt-out date. */
  optedOut?: string | null;
  color: boolean;
}

export function timelineLines(data: TimelineData, width: number, height: number, options: TimelineOptions): Line[] {
  const { info, color } = options;
  const c = (name: string): string | undefined => (color ? name : undefined);
  const optedOut = optOutOf(info, options.optedOut ?? null);
  const optMonth = optedOut ? monthIndexOf(optedOut) : -1;
  const lines: Line[] = [];
  const finish = (): Line[] => {
    const out = lines.slice(0, height).map((l) => clip(l, width));
    while (out.length < height) out.push([]);
    return out;
  };

  let start = data.start;
  let end = data.start >= 0 ? data.start + data.likely.length - 1 : -1;
  if (optMonth >= 0) {
    if (start < 0) {
      start = optMonth;
      end = optMonth;
    } else {
      start = Math.min(start, optMonth);
      end = Math.max(end, optMonth);
    }
  }
  if (start < 0) {
    for (const w of info?.windows ?? []) {
      for (const d of [w.start, w.end]) {
        const m = monthIndexOf(d);
        if (m < 0) continue;
        start = start < 0 ? m : Math.min(start, m);
        end = Math.max(end, m);
      }
    }
  }
  const title = seg('Exposure timeline', { bold: true, color: c(ACCENT) });
  if (start < 0) {
    lines.push([title]);
    lines.push([]);
    lines.push([seg('No dated items to plot.')]);
    return finish();
  }

  const chartWidth = Math.max(1, width - LABEL_WIDTH);
  const b = bucketize(data, start, end, chartWidth);
  const columns = b.likely.length;
  // Widen each month when there is room (up to 4 columns a month).
  const cell = b.size === 1 ? Math.max(1, Math.min(4, Math.floor(chartWidth / columns))) : 1;
  let max = 0;
  for (let k = 0; k < columns; k++) max = Math.max(max, defined(b.likely[k]), defined(b.possible[k]));
  const optBucket = optMonth >= 0 ? Math.floor((optMonth - start) / b.size) : -1;
  const optCol = optBucket >= 0 ? optBucket * cell : -1;

  const per = b.size === 1 ? 'month' : `${b.size} months`;
  lines.push([
    title,
    seg(` · items per ${per} by the date they were created · ${monthLabel(start)} to ${monthLabel(end)} · tallest bar ${formatCount(max)}`),
  ]);

  // Fixed rows: title, windows, opt-out, axis, legend, note. The rest is split between the two charts.
  const chartRows = Math.max(2, height - 6);
  const likelyRows = Math.ceil(chartRows / 2);
  const possibleRows = chartRows - likelyRows;
  const axisHead = (label: string, style?: Omit<Segment, 'text'>): Segment[] => [
    seg(padToWidth(label, LABEL_WIDTH - 1), style),
    seg('│', { dim: true }),
  ];

  const chart = (values: number[], rows: number, label: string, level: 'likely' | 'possible'): void => {
    for (let r = 0; r < rows; r++) {
      const head = r === 0 ? `${LEVEL_SYMBOL[level]} ${label}` : '';
      const cells: Segment[] = axisHead(head, { color: r === 0 ? c(LEVEL_COLOR[level]) : undefined });
      let run = '';
      const flush = (): void => {
        if (run) cells.push(seg(run, { color: c(LEVEL_COLOR[level]) }));
        run = '';
      };
      for (let k = 0; k < columns; k++) {
        const bar = barCell(defined(values[k]), max, r, rows);
        if (bar === ' ' && k === optBucket) {
          flush();
          cells.push(seg('┆', { color: c(ACCENT), dim: !color }));
          run += ' '.repeat(cell - 1);
        } else {
          run += bar.repeat(cell);
        }
      }
      flush();
      lines.push(cells);
    }
  };
  chart(b.likely, likelyRows, 'likely', 'likely');
  chart(b.possible, Math.max(1, possibleRows), 'possible', 'possible');

  // Training windows.
  const windows: Segment[] = axisHead('training');
  const hasWindows = (info?.windows.length ?? 0) > 0;
  if (hasWindows) {
    for (let k = 0; k < columns; k++) {
      const m0 = start + k * b.size;
      const status = windowStatusAt(info, m0, m0 + b.size - 1);
      windows.push(status ? seg(WINDOW_SYMBOL[status].repeat(cell), { color: c(WINDOW_COLOR[status]) }) : seg(' '.repeat(cell)));
    }
  } else {
    windows.push(seg(' windows not provided', { dim: true }));
  }
  lines.push(windows);

  // Opt-out marker, labelled on whichever side has room.
  const opt: Segment[] = axisHead('opt-out');
  if (optCol >= 0 && optedOut) {
    const label = `opted out ${optedOut.slice(0, 10)}`;
    const marker = seg('▲', { bold: true, color: c(ACCENT) });
    if (optCol + 2 + stringWidth(label) <= chartWidth) {
      opt.push(seg(' '.repeat(optCol)), marker, seg(` ${label}`));
    } else {
      const text = `${label} `;
      const startCol = optCol - text.length;
      if (startCol >= 0) opt.push(seg(' '.repeat(startCol)), seg(text));
      else if (optCol > 0) opt.push(seg(text.slice(-optCol)));
      opt.push(marker);
    }
  } else {
    opt.push(seg(' not opted out', { dim: true }));
  }
  lines.push(opt);

  // Year axis: a year label at each column holding a January (or the first column).
  let axis = '';
  for (let k = 0; k < columns; k++) {
    const m0 = start + k * b.size;
    const m1 = m0 + b.size - 1;
    const janIn = k === 0 || Math.floor(m1 / 12) > Math.floor((m0 - 1) / 12);
    const col = k * cell;
    if (!janIn || axis.length > col) continue;
    const year = String(k === 0 ? Math.floor(m0 / 12) : Math.ceil(m0 / 12));
    if (col + year.length > columns * cell) continue;
    axis += ' '.repeat(col - axis.length) + year + ' ';
  }
  lines.push([...axisHead(''), seg(axis.trimEnd(), { dim: true })]);

  // Legend.
  const legend: Segment[] = [
    seg(LEVEL_SYMBOL.likely, { color: c(LEVEL_COLOR.likely) }),
    seg(' likely  '),
    seg(LEVEL_SYMBOL.possible, { color: c(LEVEL_COLOR.possible) }),
    seg(' possible   '),
  ];
  if (hasWindows) {
    legend.push(seg('training windows (shaded): '));
    for (const status of ['used', 'probable', 'uncertain', 'not_used'] as const) {
      legend.push(seg(WINDOW_SYMBOL[status], { color: c(WINDOW_COLOR[status]) }), seg(` ${WINDOW_LABEL[status]}  `));
    }
  }
  legend.push(seg('▲', { color: c(ACCENT) }), seg(' opt-out'));
  lines.push(legend);

  if (data.undatedLikely + data.undatedPossible > 0) {
    lines.push([
      seg(
        `Not plotted (no date): ${formatCount(data.undatedLikely)} likely, ${formatCount(data.undatedPossible)} possibly exposed.`,
        { dim: true },
      ),
    ]);
  }
  return finish();
}
