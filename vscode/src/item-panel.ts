// The detail webview of one item: text, date, link, verdict, reasons and their sources, what the
// sensitive-content detectors found in it, and "Reveal in source".
import * as vscode from 'vscode';
import type { Item, Report } from './core';
import { escapeHtml, nonce, page } from './html';
import { findingsOf } from './tree-model';

let panel: vscode.WebviewPanel | undefined;
let current: Item | undefined;

export function itemHtml(item: Item, report: Report, cspSource: string, scriptNonce: string): string {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const reasons = (item.reasons ?? [])
    .map((r) => {
      const cited = r.sources
        .map((id) => sources.get(id))
        .filter((s) => s !== undefined)
        .map((s) => `<li>${escapeHtml(s.title)}${s.publisher ? ` (${escapeHtml(s.publisher)})` : ''}, ${escapeHtml(s.date)}: <a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a></li>`)
        .join('');
      return `<li>${escapeHtml(r.text)}${cited ? `<ul>${cited}</ul>` : ''}</li>`;
    })
    .join('');
  const where = `${item.source.file}${item.source.line === null ? '' : `, line ${item.source.line}`}`;
  const findings = findingsOf(item)
    .map((f) => `<li>${escapeHtml(f.kind)} <small>(${escapeHtml(f.detector)})</small>: <code>${escapeHtml(item.text.slice(f.start, f.end))}</code></li>`)
    .join('');
  const details = Object.entries(item.details ?? {})
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  const body = `
<h1 id="verdict" class="${item.exposure ?? ''}">${escapeHtml(item.exposure ? `${item.exposure} exposed` : 'no verdict')}</h1>
${item.title ? `<h2>${escapeHtml(item.title)}</h2>` : ''}
<pre id="text">${escapeHtml(item.text)}</pre>
<table>
<tr><th>Category</th><td>${escapeHtml(item.category)}</td></tr>
<tr><th>Date</th><td>${escapeHtml(item.date ?? 'none')}</td></tr>
<tr><th>Link</th><td>${item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.url)}</a> <button id="copy">Copy link</button>` : 'none'}</td></tr>
<tr><th>Source</th><td>${escapeHtml(where)} <button id="reveal">Reveal in source</button></td></tr>
${details}
</table>
<h3>Why</h3><ul id="reasons">${reasons || '<li>No reasons given.</li>'}</ul>
${findings ? `<h3>Findings</h3><ul id="findings">${findings}</ul>` : ''}`;
  const script = `const vscode = acquireVsCodeApi();
const copy = document.getElementById('copy');
if (copy) copy.addEventListener('click', () => vscode.postMessage({ type: 'copyLink' }));
document.getElementById('reveal').addEventListener('click', () => vscode.postMessage({ type: 'reveal' }));`;
  return page(item.title ?? 'LinkedIn Exposure item', cspSource, scriptNonce, body, script);
}

export function showItem(item: Item, report: Report, extensionUri: vscode.Uri): vscode.WebviewPanel {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('liExposure.item', 'Exposure item', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [extensionUri],
    });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage((message: { type?: string }) => {
      if (message.type === 'copyLink' && current?.url) void vscode.env.clipboard.writeText(current.url);
      if (message.type === 'reveal' && current) void vscode.commands.executeCommand('liExposure.revealInSource', current.id);
    });
  }
  current = item;
  const shown = panel;
  shown.title = item.title ?? item.category;
  shown.webview.html = itemHtml(item, report, shown.webview.cspSource, nonce());
  shown.reveal();
  return shown;
}
