// "Reveal in source": the file an item came from, opened from inside the export as a read-only
// li-exposure: document (a TextDocumentContentProvider), with the cursor on the item's record.
// The text is the core's (readEntryText: its ZIP reader, limits and decoding); nothing is
// written to disk. Only exports scanned in this window are served, so a crafted li-exposure:
// link cannot make the extension read another file or walk another folder.
import * as vscode from 'vscode';
import type { Core, EntryText, Item, Report } from './core';
import { editorPosition, entryUriParts, parseEntryUri, SOURCE_SCHEME, type EntryRef } from './source-uri';

export class SourceDocuments implements vscode.TextDocumentContentProvider {
  private readonly scanned = new Set<string>();
  /** The text of each open li-exposure: document, to place the cursor by the core's offsets. */
  private readonly texts = new Map<string, EntryText>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly core: () => Promise<Core>) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(
      vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((doc) => this.texts.delete(doc.uri.toString())),
    );
  }

  /** An export the user scanned: its entries may be shown; open ones are read again (a rescan). */
  allow(archivePath: string): void {
    this.scanned.add(archivePath);
    for (const key of [...this.texts.keys()]) {
      const uri = vscode.Uri.parse(key);
      if (uri.query !== archivePath) continue;
      this.texts.delete(key);
      this.changed.fire(uri);
    }
  }

  uriOf(item: Item, report: Report): vscode.Uri | null {
    const archive = report.archives[item.source.archive]?.path;
    return archive === undefined ? null : vscode.Uri.from(entryUriParts({ archive, entry: item.source.file }));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const ref = parseEntryUri(uri);
    if (!ref) throw new Error(`li-exposure: ${uri.toString()} does not name a file of an export.`);
    return (this.texts.get(uri.toString()) ?? (await this.read(uri, ref))).text;
  }

  /** Reads the entry with the core (its errors keep their type, for the one-line message). */
  private async read(uri: vscode.Uri, ref: EntryRef): Promise<EntryText> {
    if (!this.scanned.has(ref.archive)) throw new Error(`li-exposure: ${ref.archive} was not scanned in this window; scan it first.`);
    const text = await (await this.core()).readEntryText(ref.archive, ref.entry);
    this.texts.set(uri.toString(), text);
    return text;
  }

  /** Opens the item's file at the start of its record (its first line for whole-file items). */
  async reveal(item: Item, report: Report): Promise<vscode.TextEditor> {
    const uri = this.uriOf(item, report);
    const ref = uri && parseEntryUri(uri);
    if (!uri || !ref) throw new Error(`the item's archive ${item.source.archive} is not in the report.`);
    // Read first, so that a damaged or vanished export gives the core's message; the provider
    // then hands VS Code this very text.
    const text = this.texts.get(uri.toString()) ?? (await this.read(uri, ref));
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = item.source.line !== null ? editorPosition(text.text, text.lineOffset(item.source.line)) : { line: 0, character: 0 };
    const position = new vscode.Position(at.line, at.character);
    return vscode.window.showTextDocument(doc, {
      preview: true,
      selection: new vscode.Range(position, position),
      viewColumn: vscode.ViewColumn.Active,
    });
  }
}
