// The extension's Core (vscode/src/core.ts) from the root's src/, for vitest: the same library entry.
import * as api from '../../src/api.js';
import type { Core } from '../../vscode/src/core.js';

export const srcCore: Core = api as unknown as Core;
