// The one place the extension reaches into the li-exposure core (compiled into ../core by
// scripts/build-core.mjs from the root's src/). When the core's files move, fix the paths here.
//
// The core is ESM and the extension CommonJS, so the modules are loaded with import().

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as BuildReport from '../core/scan/scan.js' with { 'resolution-mode': 'import' };
import type * as ContextOptions from '../core/cli/context-options.js' with { 'resolution-mode': 'import' };
import type * as Setup from '../core/exposure/setup.js' with { 'resolution-mode': 'import' };
import type * as NeverExposed from '../core/exposure/never-exposed.js' with { 'resolution-mode': 'import' };
import type * as Sanitize from '../core/render/sanitize.js' with { 'resolution-mode': 'import' };
import type * as Version from '../core/cli/version.js' with { 'resolution-mode': 'import' };

export type { Report, Item, CategorySummary, CategoryId, ExposureLevel } from '../core/model/report.js' with { 'resolution-mode': 'import' };
export type { ContextOptions } from '../core/cli/context-options.js' with { 'resolution-mode': 'import' };
export type { ScanProgress } from '../core/scan/contract.js' with { 'resolution-mode': 'import' };

export interface Core {
  scanArchives: typeof BuildReport.scanArchives;
  exposureSetup: typeof Setup.exposureSetup;
  loadPolicy: typeof ContextOptions.loadPolicy;
  neverExposedCategories: typeof NeverExposed.neverExposedCategories;
  sanitizeForTerminal: typeof Sanitize.sanitizeForTerminal;
  toolVersion: typeof Version.toolVersion;
}

const CORE_DIR = join(__dirname, '..', 'core');

// A real import() that TypeScript leaves alone when it emits CommonJS.
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

function load<T>(relative: string): Promise<T> {
  return importModule(pathToFileURL(join(CORE_DIR, relative)).href) as Promise<T>;
}

let core: Promise<Core> | null = null;

export function loadCore(): Promise<Core> {
  core ??= (async () => {
    const [build, context, setup, never, sanitize, version] = await Promise.all([
      load<typeof BuildReport>('scan/scan.js'),
      load<typeof ContextOptions>('cli/context-options.js'),
      load<typeof Setup>('exposure/setup.js'),
      load<typeof NeverExposed>('exposure/never-exposed.js'),
      load<typeof Sanitize>('render/sanitize.js'),
      load<typeof Version>('cli/version.js'),
    ]);
    return {
      scanArchives: build.scanArchives,
      exposureSetup: setup.exposureSetup,
      loadPolicy: context.loadPolicy,
      neverExposedCategories: never.neverExposedCategories,
      sanitizeForTerminal: sanitize.sanitizeForTerminal,
      toolVersion: version.toolVersion,
    };
  })();
  return core;
}

/** The core's own errors for bad input (a one-line message, exit code 2 in the CLI). */
export function isInputError(error: unknown): error is Error {
  return error instanceof Error && (error.name === 'InputError' || error.name === 'UsageError' || error.name === 'PolicyError');
}
