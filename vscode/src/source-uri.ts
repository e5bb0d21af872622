// The li-exposure: URI scheme: one entry of a scanned export as a read-only virtual document.
//   li-exposure:/<entry path>?<archive path>
// The path is the entry's path inside the export (a report's source.file), so the tab shows the
// file's name and the editor picks the language from its extension; the query is the export
// (.zip or folder) as it was scanned. Pure: no VS Code API, so it is tested on its own.

export const SOURCE_SCHEME = 'li-exposure';

export interface UriParts {
  scheme: string;
  path: string;
  query: string;
}

export interface EntryRef {
  /** The export as scanned (report.archives[i].path). */
  archive: string;
  /** The entry's path inside it (report item source.file). */
  entry: string;
}

export function entryUriParts(ref: EntryRef): UriParts {
  return { scheme: SOURCE_SCHEME, path: `/${ref.entry}`, query: ref.archive };
}

/** The entry a li-exposure: URI names; null for another scheme or a malformed one. */
export function parseEntryUri(uri: UriParts): EntryRef | null {
  if (uri.scheme !== SOURCE_SCHEME || !uri.path.startsWith('/') || uri.query === '') return null;
  const entry = uri.path.slice(1);
  if (entry === '' || entry.endsWith('/')) return null;
  return { archive: uri.query, entry };
}

/**
 * The editor position (0-based line and character) of `offset` in `text`, counting lines as
 * VS Code does: CRLF, CR and LF each end a line. The core counts a CSV's lines at LF only, so a
 * lone CR inside a field makes the editor's line number differ; the offset does not.
 */
export function editorPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: end - start };
}
