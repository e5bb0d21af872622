// How wide text output may be: the terminal's width, else $COLUMNS, else 80 (a pipe or a file).
// Layouts are made for 60 columns and more: a narrower terminal gets the 60-column layout.

export const MIN_WIDTH = 60;
export const DEFAULT_WIDTH = 80;

export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): number {
  const fromEnv = Number(env['COLUMNS']);
  const width = stream.isTTY && stream.columns ? stream.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}
