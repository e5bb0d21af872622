import { describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { editorPosition, entryUriParts, parseEntryUri, SOURCE_SCHEME } from '../../../vscode/src/source-uri.js';

describe('li-exposure: URIs', () => {
  it('name an entry of an export and parse back, whatever characters the paths hold', () => {
    const refs = [
      { archive: '/home/ola/Complete_LinkedInDataExport_05-12-2026.zip', entry: 'Shares.csv' },
      { archive: '/tmp/a dir/?odd#name%41 ø.zip', entry: 'Articles/Articles/2018-06-02 21:14:09.0-Notes #1 ?.html' },
      { archive: 'C:\\Users\\Ola\\export', entry: 'Jobs/Saved Jobs_2.csv' },
    ];
    for (const ref of refs) {
      const parts = entryUriParts(ref);
      expect(parts.scheme).toBe(SOURCE_SCHEME);
      // Through the string form, as VS Code stores and restores a document's URI.
      const uri = vscode.Uri.parse(vscode.Uri.from(parts).toString());
      expect(parseEntryUri(uri)).toEqual(ref);
      // The tab shows the file's name, and the editor picks the language from its extension.
      expect(uri.path.split('/').at(-1)).toBe(ref.entry.split('/').at(-1));
    }
  });

  it('are refused for another scheme, without an export, or naming a folder', () => {
    expect(parseEntryUri({ scheme: 'file', path: '/Shares.csv', query: '/x.zip' })).toBeNull();
    expect(parseEntryUri({ scheme: SOURCE_SCHEME, path: '/Shares.csv', query: '' })).toBeNull();
    expect(parseEntryUri({ scheme: SOURCE_SCHEME, path: '/', query: '/x.zip' })).toBeNull();
    expect(parseEntryUri({ scheme: SOURCE_SCHEME, path: '/Articles/', query: '/x.zip' })).toBeNull();
    expect(parseEntryUri({ scheme: SOURCE_SCHEME, path: 'Shares.csv', query: '/x.zip' })).toBeNull();
  });
});

describe('editor positions of offsets', () => {
  it('count CRLF, CR and LF as one line end each, as VS Code does', () => {
    const text = 'a\r\nbb\rccc\nd';
    expect(editorPosition(text, 0)).toEqual({ line: 0, character: 0 });
    expect(editorPosition(text, text.indexOf('bb'))).toEqual({ line: 1, character: 0 });
    expect(editorPosition(text, text.indexOf('ccc') + 2)).toEqual({ line: 2, character: 2 });
    expect(editorPosition(text, text.indexOf('d'))).toEqual({ line: 3, character: 0 });
    expect(editorPosition(text, 99)).toEqual({ line: 3, character: 1 });
  });

  it("put a CSV record after a lone CR inside a field on the editor's next line", () => {
    // The CSV reader counts lines at LF only: record 3 starts on its line 3, the editor's line 4.
    const text = 'Date,Text\n2025-01-01,"one\rtwo"\n2025-01-02,three\n';
    const offset = text.indexOf('2025-01-02');
    expect(editorPosition(text, offset)).toEqual({ line: 3, character: 0 });
  });
});
