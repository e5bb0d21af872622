// One scan, as the CLI's `scan --json` does it: the same core call with the same options, the
// items kept in the report
// in the order the CLI writes them. Cancellation is checked at every progress step of the reader.
import type { ContextOptions, Core, Report, ScanProgress } from './core';

export class ScanCancelled extends Error {
  constructor() {
    super('Scan cancelled.');
    this.name = 'ScanCancelled';
  }
}

export interface ScanRun {
  onProgress?: (progress: ScanProgress) => void;
  isCancelled?: () => boolean;
  now?: Date;
}

export async function runScan(core: Core, path: string, options: ContextOptions, run: ScanRun = {}): Promise<Report> {
  const policy = core.loadPolicy(options);
  const now = run.now ?? new Date();
  const exposure = core.exposureSetup(options, policy, now);
  // Items are gathered the way `scan --json` streams them, so they come in the same order.
  const items: Report['items'] = [];
  const report = await core.scan([path], {
    toolVersion: core.toolVersion(),
    countOnly: core.neverExposedCategories(policy),
    exposure,
    // Every detector, as the CLI runs them by default: findings become child nodes of the items.
    detect: {},
    now,
    onProgress: (progress) => {
      if (run.isCancelled?.()) throw new ScanCancelled();
      run.onProgress?.(progress);
    },
    sink: {
      items: async (batch) => {
        for (const item of batch) items.push(item);
      },
    },
  });
  report.items = items;
  // What the member can do now, as `scan --json` gives it (its actions[]).
  return Object.assign(report, { actions: core.memberActions(report, policy, [path], options) });
}
