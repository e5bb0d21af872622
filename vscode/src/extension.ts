// li-exposure for VS Code: scan a LinkedIn export with the CLI's core, browse the verdicts in a
// tree, read an item or the report in a webview, reveal an item's record in the export, export
// the report. Everything stays in memory; nothing is fetched.
import * as vscode from 'vscode';
import { isInputError, loadCore, type ContextOptions, type Item, type Policy, type Report } from './core';
import { EXPORT_FILTERS, ExportRefused, exportReport } from './export-report';
import { showItem } from './item-panel';
import { likelyPostLinks, settingUrl } from './report-actions';
import { refreshReport, showReport } from './report-panel';
import { SourceDocuments } from './source-documents';
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
  let policy: Policy | undefined;
  let scanned: vscode.Uri | undefined;
  const sources = new SourceDocuments(loadCore);
  context.subscriptions.push(view, status, sources.register());

  const scan = async (uri: vscode.Uri, overrides: ContextOptions = {}, token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string }>) => {
    const core = await loadCore();
    const options = { ...readSettingsNow(), ...overrides };
    try {
      const result = await runScan(core, uri.fsPath, options, {
        isCancelled: () => token?.isCancellationRequested === true,
        onProgress: (p) => progress?.report({ message: `${p.filesDone + 1}/${p.filesTotal} · ${p.records} records` }),
      });
      report = result;
      policy = core.loadPolicy(options);
      scanned = uri;
      sources.allow(uri.fsPath);
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
    return scanWithProgress(uri);
  };

  const scanWithProgress = async (uri: vscode.Uri): Promise<Report | undefined> => {
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
    vscode.commands.registerCommand('liExposure.openReport', async () => {
      if (!report || !policy) return void vscode.window.showInformationMessage(SCAN_FIRST);
      showReport(await loadCore(), report, policy, context.extensionUri);
    }),
    vscode.commands.registerCommand('liExposure.exportReport', async (target?: unknown) => {
      if (!report || !policy) return void vscode.window.showInformationMessage(SCAN_FIRST);
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ filters: EXPORT_FILTERS, title: 'Export the report (JSON, Markdown or HTML)' });
      if (!uri) return undefined;
      if (uri.scheme !== 'file') return void vscode.window.showErrorMessage(`li-exposure: ${uri.toString()}: the report can only be written to a local file.`);
      try {
        const format = await exportReport(await loadCore(), report, policy, uri.fsPath, scanned ? [scanned.fsPath] : []);
        void vscode.window.showInformationMessage(`LinkedIn Exposure: ${FORMAT_NAMES[format]} report written to ${uri.fsPath}`);
        return uri;
      } catch (error) {
        if (error instanceof ExportRefused) return void vscode.window.showErrorMessage(error.message);
        const code = (error as NodeJS.ErrnoException).code;
        return void vscode.window.showErrorMessage(`li-exposure: ${uri.fsPath}: cannot write the file (${code ?? (error instanceof Error ? error.message : String(error))}).`);
      }
    }),
    vscode.commands.registerCommand('liExposure.copyLikelyPostLinks', async () => {
      if (!report) return void vscode.window.showInformationMessage(SCAN_FIRST);
      const { links, withoutLink } = likelyPostLinks(await loadCore(), report);
      const missing = withoutLink ? ` ${withoutLink} likely-exposed post${withoutLink === 1 ? ' has' : 's have'} no LinkedIn link.` : '';
      if (links.length === 0) return void vscode.window.showInformationMessage(`LinkedIn Exposure: no likely-exposed post has a LinkedIn link; nothing copied.${missing}`);
      await vscode.env.clipboard.writeText(links.join('\n') + '\n');
      void vscode.window.showInformationMessage(`LinkedIn Exposure: ${links.length} link${links.length === 1 ? '' : 's'} of likely-exposed posts copied.${missing}`);
      return links;
    }),
    vscode.commands.registerCommand('liExposure.openLinkedInSetting', async () => {
      const core = await loadCore();
      const url = settingUrl(core, policy ?? core.loadPolicy({}));
      if (!url) return void vscode.window.showErrorMessage("li-exposure: the policy gives no LinkedIn address for the setting.");
      // Opened by VS Code in the user's browser when they click; the extension fetches nothing.
      return vscode.env.openExternal(vscode.Uri.parse(url, true));
    }),
    vscode.commands.registerCommand('liExposure.rescan', async () => {
      if (!scanned) return void vscode.window.showInformationMessage(SCAN_FIRST);
      const result = await scanWithProgress(scanned);
      if (result && policy) refreshReport(await loadCore(), result, policy);
      return result;
    }),
    vscode.commands.registerCommand('liExposure.revealInSource', async (arg?: unknown) => {
      const item = itemOf(arg);
      if (!item || !report) return void vscode.window.showInformationMessage('LinkedIn Exposure: select an item first.');
      try {
        return await sources.reveal(item, report);
      } catch (error) {
        void vscode.window.showErrorMessage(errorLine(error));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('liExposure.showItem', (arg: unknown) => {
      const item = itemOf(arg);
      if (item && report) showItem(item, report, context.extensionUri);
    }),
    vscode.commands.registerCommand('liExposure.showMore', (category) => tree.showMore(category)),
  );

  /** An item id (commands, the detail view) or a tree node (the view's context menu). */
  const itemOf = (arg: unknown): Item | undefined => {
    if (typeof arg === 'string') return tree.model?.item(arg);
    if (arg && typeof arg === 'object' && 'item' in arg) return tree.model?.item((arg as { item: Item }).item.id);
    return undefined;
  };

  void offerWorkspaceExports();

  return {
    scan: (uri, options) => scan(uri, options),
    tree,
    get report() {
      return report;
    },
  };
}

const SCAN_FIRST = 'LinkedIn Exposure: scan an export first.';
const FORMAT_NAMES = { json: 'JSON', md: 'Markdown', html: 'HTML' } as const;

function readSettingsNow(): ContextOptions {
  const config = vscode.workspace.getConfiguration('liExposure');
  return readSettings((key) => config.get(key));
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
