// Two entries of one archive may carry the same name (a ZIP can hold both; unzip tools then
// keep one). li-exposure reads both: later copies get a name of their own, "Shares (2).csv", the
// way a browser names a second download, which file names already allow for.
import { defined } from '../model/defined.js';

export interface Renamed {
  index: number;
  from: string;
  to: string;
  copies: number;
}

function withCopyNumber(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const at = dot > slash + 1 ? dot : path.length;
  return `${path.slice(0, at)} (${n})${path.slice(at)}`;
}

/** Makes the paths distinct (in place); returns what was renamed. */
export function makePathsUnique(paths: string[]): Renamed[] {
  const taken = new Set(paths);
  const seen = new Map<string, number>();
  const renamed: Renamed[] = [];
  paths.forEach((path, index) => {
    const copy = (seen.get(path) ?? 0) + 1;
    seen.set(path, copy);
    if (copy === 1) return;
    let n = copy;
    while (taken.has(withCopyNumber(path, n))) n++;
    const to = withCopyNumber(path, n);
    taken.add(to);
    paths[index] = to;
    renamed.push({ index, from: path, to, copies: 0 });
  });
  for (const r of renamed) r.copies = defined(seen.get(r.from));
  return renamed;
}
