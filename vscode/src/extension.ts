// li-exposure for VS Code: scan a LinkedIn export with the CLI's core, browse the verdicts in a
// tree, read an item or the report in a webview. Everything stays in memory; nothing is fetched.
import * as vscode from 'vscode';
import { isInputError, loadCore, type ContextOptions, type Report } from './core';
import { showItem } from './item-panel';
import { showReport } from './report-panel';
import { runScan, ScanCancelled } from './run-scan';
import { inSettingTerms, readSettings } from './settings';
import { headline, TreeModel } from './tree-model';
import { CategoryTree } from './tree-provider';

export interface LiExposureApi {
  /** Scans a .zip or an unzipped export folder: the report is the one `li-exposure scan --json` gives. */
  scan(uri: vscode.Uri, options?: ContextOptions): Promise<Report>;
  /** The categories tree's data provider (what the view shows). */
  readonly tree: vscode.TreeDataProvider<unknown>;
  /** The report shown, if any. */
  readonly report: Report | undefined;
}

export function activate(context: vscode.ExtensionContext): LiExposureApi {
  const tree = new CategoryTree();
  const view = vscode.window.createTreeView('liExposure.categories', { treeDataProvider: tree, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('liExposure.headline', vscode.StatusBarAlignment.Left, 10);
  status.name = 'LinkedIn Exposure';
  status.command = 'liExposure.openReport';
  let report: Report | undefined;
  let scanned: vscode.Uri | undefined;
  context.subscriptions.push(view, status);

  const scan = async (uri: vscode.Uri, overrides: ContextOptions = {}, token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string }>) => {
    const core = await loadCore();
    const config = vscode.workspace.getConfiguration('liExposure');
    const settings = readSettings((key) => config.get(key));
    const options = { ...settings, ...overrides };
    try {
      const result = await runScan(core, uri.fsPath, options, {
        isCancelled: () => token?.isCancellationRequested === true,
        onProgress: (p) => progress?.report({ message: `${p.filesDone + 1}/${p.filesTotal} · ${p.records} records` }),
      });
      report = result;
      scanned = uri;
      tree.show(new TreeModel(result, (text) => core.sanitizeForTerminal(text)));
      status.text = `$(shield) ${headline(result)}`;
      status.tooltip = result.context ? `LinkedIn Exposure: ${result.context.regionName}, as of ${result.context.asOf}` : 'LinkedIn Exposure';
      status.show();
      void vscode.commands.executeCommand('setContext', 'liExposure.hasReport', true);
      return result;
    } catch (error) {
      if (isInputError(error)) error.message = core.sanitizeForTerminal(inSettingTerms(error.message, options, new Set(Object.keys(overrides))));
      throw error;
    }
  };

  const pick = async (): Promise<vscode.Uri | undefined> => {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: true,
      canSelectMany: false,
      openLabel: 'Scan',
      title: 'LinkedIn data export (.zip or unzipped folder)',
      filters: { 'LinkedIn export': ['zip'] },
    });
    return picked?.[0];
  };

  const scanCommand = async (arg?: unknown): Promise<Report | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : await pick();
    if (!uri) return undefined;
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'LinkedIn Exposure: reading the export', cancellable: true },
        (progress, token) => scan(uri, {}, token, progress),
      );
    } catch (error) {
      if (error instanceof ScanCancelled) void vscode.window.showInformationMessage('LinkedIn Exposure: scan cancelled.');
      else void vscode.window.showErrorMessage(errorLine(error));
      return undefined;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('liExposure.scan', scanCommand),
    vscode.commands.registerCommand('liExposure.openReport', () => {
      if (report) showReport(report, context.extensionUri);
      else void vscode.window.showInformationMessage('LinkedIn Exposure: scan an export first.');
    }),
    vscode.commands.registerCommand('liExposure.exportReport', async (target?: unknown) => {
      if (!report) return void vscode.window.showInformationMessage('LinkedIn Exposure: scan an export first.');
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ filters: { JSON: ['json'] }, title: 'Export the report as JSON' });
      if (!uri) return;
      // Never write over what was scanned (an export folder or the .zip itself).
      if (scanned && (uri.fsPath === scanned.fsPath || uri.fsPath.startsWith(scanned.fsPath + '/'))) {
        return void vscode.window.showErrorMessage('li-exposure: writing the report there would damage your export; choose another file.');
      }
      await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(report, null, 2) + '\n', 'utf8'));
      void vscode.window.showInformationMessage(`LinkedIn Exposure: report written to ${uri.fsPath}`);
    }),
    vscode.commands.registerCommand('liExposure.showItem', (id: string) => {
      const item = tree.model?.item(id);
      if (item && report) showItem(item, report, context.extensionUri);
    }),
    vscode.commands.registerCommand('liExposure.showMore', (category) => tree.showMore(category)),
  );

  void offerWorkspaceExports();

  return {
    scan: (uri, options) => scan(uri, options),
    tree,
    get report() {
      return report;
    },
  };
}

/** A workspace folder that is an unzipped export (Profile.csv at its top): offer to scan it. */
async function offerWorkspaceExports(): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const profile = vscode.Uri.joinPath(folder.uri, 'Profile.csv');
    const found = await vscode.workspace.fs.stat(profile).then(() => true, () => false);
    if (!found) continue;
    const answer = await vscode.window.showInformationMessage(`"${folder.name}" looks like a LinkedIn data export. Scan it for exposure?`, 'Scan');
    if (answer === 'Scan') await vscode.commands.executeCommand('liExposure.scan', folder.uri);
    return;
  }
}

/** The CLI's one-line message: `li-exposure: ...`, never a stack trace. */
export function errorLine(error: unknown): string {
  if (isInputError(error)) return `li-exposure: ${error.message}`;
  return `li-exposure: internal error: ${error instanceof Error ? error.message : String(error)}`;
}

export function deactivate(): void {}
