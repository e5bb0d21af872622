import { describe, expect, it } from 'vitest';
import { reportPage, TOOLBAR_ACTIONS, webviewCsp } from '../../../vscode/src/report-page.js';
import { TOOLBAR_COMMANDS } from '../../../vscode/src/report-panel.js';
import { itemHtml } from '../../../vscode/src/item-panel.js';
import { srcCore } from '../../helpers/vscode-core.js';
import { makeReport } from '../../helpers/make-report.js';
import { renderHtmlReport } from '../../../src/render/html-report.js';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';

const HOSTILE = '</style><script>alert(1)</script><meta http-equiv="Content-Security-Policy" content="default-src *">';
const CSP_SOURCE = 'https://fake.vscode-cdn.net';
const CONTEXT = { region: 'EU', regionName: 'Norway (EU, EEA and Switzerland)', country: 'NO', regionSource: 'profile location', optedOut: null, asOf: '2026-05-12', policyVersion: '2026.12.1', birthYear: null };
const reportWith = (options: Parameters<typeof makeReport>[0]) => ({ ...makeReport({ ...options, context: CONTEXT }), sources: [] });

function page() {
  const report = reportWith({ counts: { posts: 3 }, extra: [{ category: 'posts', text: HOSTILE, date: '2025-03-01T10:00:00.000Z', exposure: 'likely' }] });
  const policy = loadBundledPolicy();
  return { report, policy, html: reportPage(srcCore, report as never, policy, CSP_SOURCE, 'N0nce') };
}

describe('the report webview page', () => {
  it("is the CLI's HTML report under the webview's own CSP: default-src 'none', the style and scripts by nonce", () => {
    const { report, policy, html } = page();
    const metas = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/g)!;
    expect(metas).toHaveLength(1);
    expect(metas[0]).toContain(`content="${webviewCsp(CSP_SOURCE, 'N0nce').replace(/'/g, '&#39;')}"`);
    expect(webviewCsp(CSP_SOURCE, 'N0nce')).toMatch(/^default-src 'none'; style-src \S+ 'nonce-N0nce'; script-src 'nonce-N0nce';/);
    // Every script and stylesheet carries the nonce; the hostile item text is text, not markup.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="N0nce">', '<script nonce="N0nce">']);
    expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="N0nce">']);
    expect(html).not.toContain('sha256-');
    // Apart from the edited head, the toolbar and the nonce, the page is the CLI's report.
    const cli = renderHtmlReport(report as never, policy);
    const body = (s: string) => s.slice(s.indexOf('<main>'), s.lastIndexOf('<script'));
    expect(body(html)).toBe(body(cli));
    expect(html.endsWith(cli.slice(cli.lastIndexOf('<script>') + '<script>'.length))).toBe(true);
  });

  it('follows the theme: its colours come from the --vscode-* variables', () => {
    const { html } = page();
    const theme = html.slice(html.indexOf('</style>') - 2000, html.indexOf('</style>'));
    for (const v of ['--bg:var(--vscode-editor-background)', '--fg:var(--vscode-editor-foreground)', '--likely:var(--vscode-errorForeground)', '--link:var(--vscode-textLink-foreground)']) expect(theme).toContain(v);
  });

  it("has a toolbar whose every button runs one of the extension's commands", () => {
    const { html } = page();
    for (const [action, label] of TOOLBAR_ACTIONS) expect(html).toContain(`<button type="button" data-action="${action}">${label}</button>`);
    expect(Object.values(TOOLBAR_COMMANDS).sort()).toEqual(['liExposure.copyLikelyPostLinks', 'liExposure.exportReport', 'liExposure.openLinkedInSetting', 'liExposure.rescan']);
  });
});

describe('the item detail page', () => {
  it('offers "Reveal in source" and lists the findings, escaped', () => {
    const report = reportWith({ counts: { posts: 0 }, extra: [{ category: 'posts', text: `mail <b>ola@example.com</b>`, date: '2025-03-01T10:00:00.000Z', exposure: 'likely' }] });
    const item = { ...report.items[0]!, findings: [{ detector: 'email', kind: 'email', start: 8, end: 23 }] };
    const html = itemHtml(item as never, report as never, CSP_SOURCE, 'N0nce');
    expect(html).toContain('<button id="reveal">Reveal in source</button>');
    expect(html).toContain('<ul id="findings"><li>email <small>(email)</small>: <code>ola@example.com</code></li></ul>');
    expect(html).toContain(`style-src ${CSP_SOURCE} 'nonce-N0nce'`);
    expect(html).not.toContain('unsafe-inline');
    expect(itemHtml(report.items[0]! as never, report as never, CSP_SOURCE, 'N0nce')).not.toContain('id="findings"');
  });
});
