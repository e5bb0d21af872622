// Types shared by the interactive browser (src/tui).

export type TrainingWindowStatus = 'used' | 'probable' | 'uncertain' | 'not_used';

export interface TrainingWindow {
  /** ISO date (YYYY-MM-DD or a full ISO timestamp). */
  start: string;
  /** ISO date, or null when the window is still open. */
  end: string | null;
  status: TrainingWindowStatus;
}

/** The region's training windows and the member's opt-out date, computed by the caller from the policy. */
export interface TimelineInfo {
  windows: TrainingWindow[];
  optedOut: string | null;
}

/** One styled run of text on a rendered line. */
export interface Segment {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

/** One terminal row: segments whose widths add up to at most the terminal width. */
export type Line = Segment[];
