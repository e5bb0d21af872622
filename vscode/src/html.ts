// Small helpers for the webviews: escaping, the nonce and the strict Content-Security-Policy.
import { randomBytes } from 'node:crypto';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

/** Nothing loads but the extension's own files and the style and scripts carrying this page's nonce. */
export function csp(cspSource: string, scriptNonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${scriptNonce}'; img-src ${cspSource}; script-src 'nonce-${scriptNonce}';`;
}

export function page(title: string, cspSource: string, scriptNonce: string, body: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(cspSource, scriptNonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${scriptNonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 0 1.2em; }
.likely { color: var(--vscode-errorForeground); } .possible { color: var(--vscode-editorWarning-foreground); } .unlikely { color: var(--vscode-testing-iconPassed); }
table { border-collapse: collapse; } td, th { padding: .2em .8em; text-align: left; border-bottom: 1px solid var(--vscode-panel-border); }
pre { white-space: pre-wrap; background: var(--vscode-textBlockQuote-background); padding: .6em; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .3em .8em; cursor: pointer; }
</style></head>
<body>${body}<script nonce="${scriptNonce}">${script}</script></body></html>`;
}
