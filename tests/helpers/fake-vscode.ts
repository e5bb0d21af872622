// A small, honest stand-in for the `vscode` module, for fast tests of the extension's logic: only
// what that logic uses, behaving as VS Code documents it (real tests in code-server cover the rest).
export class EventEmitter<T> {
  private listeners: Array<(value: T) => void> = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

// ---- What the commands, the li-exposure: documents and the webviews use. State a test can
// read and script is in `fake` (reset it in beforeEach).

const URI_PARTS = /^(([^:/?#]+?):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?/;

/** vscode.Uri's documented shape: components, fsPath for file URIs, a string form for identity. */
export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  static file(path: string): Uri {
    return new Uri('file', '', path, '', '');
  }
  static parse(value: string, strict = false): Uri {
    const m = URI_PARTS.exec(value)!;
    if (strict && !m[2]) throw new Error(`[UriError]: Scheme is missing: ${value}`);
    const d = (s: string | undefined) => decodeURIComponent(s ?? '');
    return new Uri(m[2] ?? 'file', d(m[4]), d(m[5]), d(m[7]), d(m[9]));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, base.authority, [base.path, ...parts].join('/').replace(/\/+/g, '/'), base.query, base.fragment);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    const enc = (s: string) => encodeURIComponent(s).replace(/%2F/g, '/');
    return `${this.scheme}:${this.authority ? `//${enc(this.authority)}` : ''}${enc(this.path)}${this.query ? `?${encodeURIComponent(this.query)}` : ''}${this.fragment ? `#${encodeURIComponent(this.fragment)}` : ''}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

export class Disposable {
  constructor(private readonly done: () => void = () => {}) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.done();
  }
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}
export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}
export enum ConfigurationTarget {
  Global = 1,
}

export interface FakeTextDocument {
  uri: Uri;
  getText(): string;
}

interface ContentProvider {
  provideTextDocumentContent(uri: Uri): string | Promise<string>;
}

export interface FakeWebviewPanel {
  viewType: string;
  title: string;
  options: { enableScripts?: boolean; localResourceRoots?: Uri[] };
  webview: { html: string; cspSource: string; onDidReceiveMessage(listener: (m: unknown) => void): Disposable; post(m: unknown): void };
  onDidDispose(listener: () => void): Disposable;
  reveal(): void;
}

function freshState() {
  return {
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    settings: {} as Record<string, unknown>,
    messages: [] as Array<{ kind: 'info' | 'error' | 'warning'; text: string }>,
    /** What the next showSaveDialog / showOpenDialog returns. */
    saveDialog: undefined as Uri | undefined,
    openDialog: undefined as Uri[] | undefined,
    clipboard: '',
    opened: [] as Uri[],
    providers: new Map<string, ContentProvider>(),
    documents: new Map<string, FakeTextDocument>(),
    shown: [] as Array<{ document: FakeTextDocument; options: { selection?: Range; preview?: boolean; viewColumn?: ViewColumn } | undefined }>,
    panels: [] as FakeWebviewPanel[],
    context: new Map<string, unknown>(),
    closeListeners: [] as Array<(doc: FakeTextDocument) => void>,
  };
}

export const fake = Object.assign(freshState(), {
  reset(): void {
    Object.assign(fake, freshState());
  },
  /** VS Code closes a document (its tab and the model): listeners hear of it, the cache forgets it. */
  close(uri: Uri): void {
    const doc = fake.documents.get(uri.toString());
    if (!doc) return;
    fake.documents.delete(uri.toString());
    for (const l of fake.closeListeners) l(doc);
  },
});

export const commands = {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown): Disposable {
    if (fake.commands.has(id)) throw new Error(`command '${id}' already exists`);
    fake.commands.set(id, handler);
    return new Disposable(() => fake.commands.delete(id));
  },
  async executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    if (id === 'setContext') return void fake.context.set(args[0] as string, args[1]);
    const handler = fake.commands.get(id);
    if (!handler) throw new Error(`command '${id}' not found`);
    return handler(...args);
  },
  async getCommands(): Promise<string[]> {
    return [...fake.commands.keys()];
  },
};

const message = (kind: 'info' | 'error' | 'warning') => async (text: string) => {
  fake.messages.push({ kind, text });
  return undefined;
};

export const window = {
  createTreeView(_id: string, options: { treeDataProvider: unknown }) {
    return { ...options, dispose() {} };
  },
  createStatusBarItem() {
    return { text: '', tooltip: '', name: '', command: '', show() {}, hide() {}, dispose() {} };
  },
  showInformationMessage: message('info'),
  showWarningMessage: message('warning'),
  showErrorMessage: message('error'),
  async showSaveDialog(): Promise<Uri | undefined> {
    return fake.saveDialog;
  },
  async showOpenDialog(): Promise<Uri[] | undefined> {
    return fake.openDialog;
  },
  async withProgress<R>(_options: unknown, task: (progress: { report(v: unknown): void }, token: { isCancellationRequested: boolean }) => Promise<R>): Promise<R> {
    return task({ report() {} }, { isCancellationRequested: false });
  },
  async showTextDocument(document: FakeTextDocument, options?: { selection?: Range; preview?: boolean; viewColumn?: ViewColumn }) {
    fake.shown.push({ document, options });
    return { document, selection: options?.selection };
  },
  createWebviewPanel(viewType: string, title: string, _column: unknown, options: FakeWebviewPanel['options']): FakeWebviewPanel {
    const listeners: Array<(m: unknown) => void> = [];
    const panel: FakeWebviewPanel = {
      viewType,
      title,
      options,
      webview: {
        html: '',
        cspSource: 'https://fake.vscode-cdn.net',
        onDidReceiveMessage: (l) => (listeners.push(l), new Disposable()),
        post: (m) => listeners.forEach((l) => l(m)),
      },
      onDidDispose: () => new Disposable(),
      reveal() {},
    };
    fake.panels.push(panel);
    return panel;
  },
  get activeTextEditor() {
    return undefined;
  },
  tabGroups: { activeTabGroup: { activeTab: undefined } },
};

export const workspace = {
  get workspaceFolders() {
    return undefined;
  },
  getConfiguration(section: string) {
    return { get: (key: string) => fake.settings[`${section}.${key}`], update: async () => {} };
  },
  registerTextDocumentContentProvider(scheme: string, provider: ContentProvider): Disposable {
    fake.providers.set(scheme, provider);
    return new Disposable(() => fake.providers.delete(scheme));
  },
  /** As VS Code: a content provider is asked once per URI while the document stays open. */
  async openTextDocument(uri: Uri): Promise<FakeTextDocument> {
    const known = fake.documents.get(uri.toString());
    if (known) return known;
    const provider = fake.providers.get(uri.scheme);
    if (!provider) throw new Error(`cannot open ${uri.toString()}: no provider for ${uri.scheme}`);
    const text = await provider.provideTextDocumentContent(uri);
    const doc = { uri, getText: () => text };
    fake.documents.set(uri.toString(), doc);
    return doc;
  },
  onDidCloseTextDocument(listener: (doc: FakeTextDocument) => void): Disposable {
    fake.closeListeners.push(listener);
    return new Disposable();
  },
  fs: {
    async stat(): Promise<never> {
      throw new Error('FileNotFound');
    },
  },
};

export const env = {
  clipboard: {
    async writeText(text: string) {
      fake.clipboard = text;
    },
    async readText() {
      return fake.clipboard;
    },
  },
  async openExternal(uri: Uri): Promise<boolean> {
    fake.opened.push(uri);
    return true;
  },
};
