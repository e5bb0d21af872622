// Pane sizes from the terminal size. The frame is always one row shorter than the terminal:
// ink appends a newline after the frame, and a frame as tall as the terminal makes ink clear
// the whole screen on every update (flicker, lost scrollback).

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** Header (2) + rule (1) + status (1) + key hint (1). */
const CHROME_ROWS = 5;

export interface Layout {
  columns: number;
  rows: number;
  /** Rows the whole frame occupies (rows - 1). */
  frameRows: number;
  tooSmall: boolean;
  /** Rows between the header rule and the status line. */
  mainRows: number;
  /** Both panes side by side; otherwise only the focused pane is shown. */
  split: boolean;
  catWidth: number;
  listWidth: number;
  /** Item rows the list pane shows (main area minus its title row). */
  pageRows: number;
}

export function computeLayout(columns: number | undefined, rows: number | undefined): Layout {
  const cols = Math.max(1, Math.floor(columns && columns > 0 ? columns : 80));
  const rws = Math.max(2, Math.floor(rows && rows > 0 ? rows : 24));
  const frameRows = rws - 1;
  const tooSmall = cols < MIN_COLUMNS || rws < MIN_ROWS;
  const mainRows = Math.max(1, frameRows - CHROME_ROWS);
  const split = cols >= 64;
  const catWidth = split ? Math.min(40, Math.max(26, Math.round(cols * 0.3))) : cols;
  const listWidth = split ? cols - catWidth - 1 : cols;
  return {
    columns: cols,
    rows: rws,
    frameRows,
    tooSmall,
    mainRows,
    split,
    catWidth,
    listWidth,
    pageRows: Math.max(1, mainRows - 1),
  };
}
