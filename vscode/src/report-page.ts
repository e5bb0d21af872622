// The report webview's page: the very HTML report of `li-exposure report --html` (the core's
// htmlReportParts), put under the webview's own Content-Security-Policy. The report allows its
// one stylesheet and script by hash; here they carry this page's nonce instead, a toolbar is
// added for the extension's commands, and the colours follow the VS Code theme. Archive text is
// escaped by the report (no "<" of it reaches the markup), so the tags edited here are the
// report's own.
import type { Core, Policy, Report } from './core';
import { escapeHtml } from './html';
import { headline } from './tree-model';

/** default-src 'none': the nonce's style and script, the extension's own files, nothing else. */
export function webviewCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}; font-src ${cspSource}; base-uri 'none'; form-action 'none'`;
}

// The report's light/dark palette replaced by the theme's colours (VS Code sets the --vscode-*
// variables and a vscode-light / vscode-dark / vscode-high-contrast class on <body>).
export const THEME_CSS = `
:root{color-scheme:normal;--bg:var(--vscode-editor-background);--fg:var(--vscode-editor-foreground);--muted:var(--vscode-descriptionForeground);
--line:var(--vscode-panel-border,var(--vscode-widget-border,#8884));--panel:var(--vscode-textBlockQuote-background,var(--vscode-sideBar-background));
--link:var(--vscode-textLink-foreground);--likely:var(--vscode-errorForeground);--possible:var(--vscode-editorWarning-foreground);
--unlikely:var(--vscode-descriptionForeground);--optout:var(--vscode-textLink-foreground)}
html{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size,13px)}
body.vscode-dark,body.vscode-high-contrast{color-scheme:dark;--used:#5a1e1b;--probable:#472220;--uncertain:#3d3213;--not_used:#21262d}
body.vscode-light,body.vscode-high-contrast-light{color-scheme:light;--used:#f3c6c2;--probable:#f7d9d5;--uncertain:#fbeacb;--not_used:#e8ebef}
#li-toolbar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.5rem 0;background:var(--bg);border-bottom:1px solid var(--line)}
#li-toolbar h1{font-size:1rem;margin:0 1rem 0 0}
#li-toolbar button{color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:none;border-radius:2px}
#li-toolbar button:hover{background:var(--vscode-button-hoverBackground)}
`;

export const TOOLBAR_ACTIONS = [
  ['export', 'Export...'],
  ['copyLinks', 'Copy likely-exposed post links'],
  ['openSetting', 'Open the LinkedIn setting'],
  ['rescan', 'Rescan'],
] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number][0];

const TOOLBAR_SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  for (const button of document.querySelectorAll('#li-toolbar button[data-action]')) {
    button.addEventListener('click', () => vscode.postMessage({ type: button.getAttribute('data-action') }));
  }
})();`;

function replaceOnce(text: string, find: string | RegExp, replacement: string, what: string): string {
  let found = 0;
  const out = text.replace(find, () => (found++, replacement));
  if (found !== 1) throw new Error(`the HTML report's ${what} was not found where expected`);
  return out;
}

/** The page in pieces (joined by the caller): the report's head and script edited, its body as it is. */
export function* reportPageParts(core: Core, report: Report, policy: Policy, cspSource: string, nonce: string): Generator<string> {
  let first = true;
  for (const part of core.htmlReportParts(report, policy)) {
    if (first) {
      first = false;
      let head = replaceOnce(part, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(webviewCsp(cspSource, nonce))}">`, 'Content-Security-Policy');
      head = replaceOnce(head, '<style>', `<style nonce="${nonce}">`, 'stylesheet');
      head = replaceOnce(head, '</style>', `${THEME_CSS}</style>`, 'stylesheet end');
      const buttons = TOOLBAR_ACTIONS.map(([action, label]) => `<button type="button" data-action="${action}">${escapeHtml(label)}</button>`).join('');
      head = replaceOnce(head, /<body>$/, `<body><div id="li-toolbar"><h1 id="headline">${escapeHtml(headline(report))}</h1>${buttons}</div><script nonce="${nonce}">${TOOLBAR_SCRIPT}</script>`, 'body');
      yield head;
    } else if (part.startsWith('<script>')) {
      yield `<script nonce="${nonce}">` + part.slice('<script>'.length);
    } else {
      yield part;
    }
  }
}

export function reportPage(core: Core, report: Report, policy: Policy, cspSource: string, nonce: string): string {
  return Array.from(reportPageParts(core, report, policy, cspSource, nonce)).join('');
}
