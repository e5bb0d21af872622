// The extension's Core (vscode/src/core.ts) assembled from the root's src/, for vitest.
import { scanArchives } from '../../src/report/build-report.js';
import { exposureSetup, loadPolicy } from '../../src/commands/context-options.js';
import { neverExposedCategories } from '../../src/exposure/never-exposed.js';
import { sanitizeForTerminal } from '../../src/report/sanitize.js';
import { toolVersion } from '../../src/version.js';
import type { Core } from '../../vscode/src/core.js';

export const srcCore: Core = { scanArchives, exposureSetup, loadPolicy, neverExposedCategories, sanitizeForTerminal, toolVersion } as unknown as Core;
