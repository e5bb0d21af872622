// The report webview: the headline, the categories with their counts, what was read and warned.
import * as vscode from 'vscode';
import type { Report } from './core';
import { escapeHtml, nonce, page } from './html';
import { categoryDescription, headline } from './tree-model';

let panel: vscode.WebviewPanel | undefined;

export function reportHtml(report: Report, cspSource: string, scriptNonce: string): string {
  const context = report.context;
  const rows = report.summary.categories
    .filter((c) => c.total > 0)
    .map((c) => `<tr><td>${escapeHtml(c.label)}</td><td>${c.total}</td><td>${escapeHtml(categoryDescription(c))}</td></tr>`)
    .join('');
  const archives = report.archives.map((a) => `<li>${escapeHtml(a.path)} (${a.kind}, ${a.entries} entries)</li>`).join('');
  const body = `
<h1 id="headline">${escapeHtml(headline(report))}</h1>
<p>${context ? escapeHtml(`Region: ${context.regionName} · opted out: ${context.optedOut ?? 'no'} · as of ${context.asOf} · policy ${context.policyVersion}`) : 'No verdicts.'}</p>
<table><tr><th>Category</th><th>Records</th><th>Verdicts</th></tr>${rows}</table>
<h3>Read</h3><ul>${archives}</ul>
<p id="warnings">${report.warnings.length} warning(s).</p>
<p><button id="export">Export JSON...</button></p>`;
  const script = `const vscode = acquireVsCodeApi();
document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));`;
  return page('LinkedIn Exposure report', cspSource, scriptNonce, body, script);
}

export function showReport(report: Report, extensionUri: vscode.Uri): vscode.WebviewPanel {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('liExposure.report', 'LinkedIn Exposure report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [extensionUri],
    });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage((message: { type?: string }) => {
      if (message.type === 'export') void vscode.commands.executeCommand('liExposure.exportReport');
    });
  }
  panel.webview.html = reportHtml(report, panel.webview.cspSource, nonce());
  panel.reveal();
  return panel;
}
