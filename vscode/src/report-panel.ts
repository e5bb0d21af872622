// The report webview: the HTML report of `report --html` (see report-page.ts), with a toolbar
// whose buttons run the extension's commands.
import * as vscode from 'vscode';
import type { Core, Policy, Report } from './core';
import { nonce } from './html';
import { reportPage, TOOLBAR_ACTIONS, type ToolbarAction } from './report-page';

export const TOOLBAR_COMMANDS: Record<ToolbarAction, string> = {
  export: 'liExposure.exportReport',
  copyLinks: 'liExposure.copyLikelyPostLinks',
  openSetting: 'liExposure.openLinkedInSetting',
  rescan: 'liExposure.rescan',
};

let panel: vscode.WebviewPanel | undefined;

export function showReport(core: Core, report: Report, policy: Policy, extensionUri: vscode.Uri): vscode.WebviewPanel {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('liExposure.report', 'LinkedIn Exposure report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [extensionUri],
    });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage((message: { type?: string }) => {
      const action = TOOLBAR_ACTIONS.find(([id]) => id === message.type)?.[0];
      if (action) void vscode.commands.executeCommand(TOOLBAR_COMMANDS[action]);
    });
  }
  panel.webview.html = reportPage(core, report, policy, panel.webview.cspSource, nonce());
  panel.reveal();
  return panel;
}

/** After a rescan, an open report view shows the new report. */
export function refreshReport(core: Core, report: Report, policy: Policy): void {
  if (panel) panel.webview.html = reportPage(core, report, policy, panel.webview.cspSource, nonce());
}
