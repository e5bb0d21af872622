// The region's training windows and the opt-out date, in the shape the TUI timeline draws
// (structurally the TimelineInfo of src/tui/types.ts; kept free of TUI imports).

import type { ExposureContext } from '../model/report.js';
import type { Policy, Status } from './policy-schema.js';

export interface TimelineWindow {
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, exclusive; null while open. */
  end: string | null;
  status: Status;
}

export interface TimelineWindows {
  windows: TimelineWindow[];
  optedOut: string | null;
}

/** Windows of the report's region, sorted by start; empty when the report has no exposure context. */
export function timelineInfo(policy: Policy, context: ExposureContext | null): TimelineWindows {
  if (!context) return { windows: [], optedOut: null };
  const windows = policy.windows
    .filter((w) => w.region === context.region)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((w) => ({ start: w.start, end: w.end, status: w.status }));
  return { windows, optedOut: context.optedOut };
}
