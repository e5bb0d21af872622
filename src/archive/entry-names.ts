// Entry-name normalisation: exports arrive with files at the root, under one top folder
// (re-zipped), with macOS junk, or with Windows separators.

export type NameVerdict = { kind: 'file'; path: string } | { kind: 'junk' } | { kind: 'unsafe'; reason: string };

const JUNK_SEGMENTS = new Set(['__macosx', '.ds_store', 'thumbs.db', 'desktop.ini']);

/** Folders LinkedIn itself creates; never mistaken for a wrapping top folder. */
const EXPORT_SUBFOLDERS = new Set(['articles', 'jobs', 'verifications', 'services marketplace']);

export function classifyEntryName(rawName: string): NameVerdict {
  const name = rawName.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[a-zA-Z]:\//.test(name)) {
    return { kind: 'unsafe', reason: 'absolute path' };
  }
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { kind: 'unsafe', reason: 'path traversal (..)' };
  if (segments.length === 0) return { kind: 'junk' };
  if (segments.some((s) => JUNK_SEGMENTS.has(s.toLowerCase()))) return { kind: 'junk' };
  if (segments.at(-1)?.startsWith('._')) return { kind: 'junk' };
  return { kind: 'file', path: segments.join('/') };
}

/**
 * Drops one wrapping folder shared by every entry ("Complete_LinkedInDataExport_05-12-2026/"),
 * unless that folder is one LinkedIn itself uses.
 */
export function stripCommonTopFolder(paths: string[]): (path: string) => string {
  if (paths.length === 0) return (p) => p;
  const firsts = new Set<string>();
  for (const p of paths) {
    const slash = p.indexOf('/');
    if (slash < 0) return (q) => q;
    firsts.add(p.slice(0, slash));
    if (firsts.size > 1) return (q) => q;
  }
  const [top] = [...firsts];
  if (top === undefined || EXPORT_SUBFOLDERS.has(top.toLowerCase())) return (q) => q;
  const prefix = top + '/';
  return (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
}
