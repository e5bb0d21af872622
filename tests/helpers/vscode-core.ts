// The extension's Core (vscode/src/core.ts) assembled from the root's src/, for vitest.
import { scanArchives } from '../../src/scan/scan.js';
import { loadPolicy } from '../../src/cli/context-options.js';
import { exposureSetup } from '../../src/exposure/setup.js';
import { neverExposedCategories } from '../../src/exposure/never-exposed.js';
import { sanitizeForTerminal } from '../../src/render/sanitize.js';
import { toolVersion } from '../../src/cli/version.js';
import type { Core } from '../../vscode/src/core.js';

export const srcCore: Core = { scanArchives, exposureSetup, loadPolicy, neverExposedCategories, sanitizeForTerminal, toolVersion } as unknown as Core;
