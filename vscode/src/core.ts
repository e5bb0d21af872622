// The one place the extension reaches into the li-exposure core (compiled into ../core by
// scripts/build-core.mjs from the root's src/): its library entry, src/api.ts.
//
// The core is ESM and the extension CommonJS, so the modules are loaded with import().

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Api from '../core/api.js' with { 'resolution-mode': 'import' };

export type { Report, Item, CategorySummary, CategoryId, ExposureLevel, ContextOptions, ScanProgress, EntryText, Policy, Action } from '../core/api.js' with { 'resolution-mode': 'import' };

/** The core's library entry (src/api.ts): the very functions the CLI calls. */
export type Core = Pick<
  typeof Api,
  | 'scan'
  | 'isUserError'
  | 'exposureSetup'
  | 'loadPolicy'
  | 'neverExposedCategories'
  | 'sanitizeForTerminal'
  | 'toolVersion'
  | 'readEntryText'
  | 'htmlReportParts'
  | 'markdownReportParts'
  | 'ReportJsonWriter'
  | 'memberActions'
  | 'linkedInUrl'
  | 'allowedUrl'
  | 'writeFileAtomic'
  | 'inputClash'
>;

const CORE_DIR = join(__dirname, '..', 'core');

// A real import() that TypeScript leaves alone when it emits CommonJS.
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

function load<T>(relative: string): Promise<T> {
  return importModule(pathToFileURL(join(CORE_DIR, relative)).href) as Promise<T>;
}

let core: Promise<Core> | null = null;
let loaded: Core | null = null;

export function loadCore(): Promise<Core> {
  core ??= load<Core>('api.js').then((api) => (loaded = api));
  return core;
}

/** The core's own errors for bad input (a one-line message, exit code 2 in the CLI), checked by type. */
export function isInputError(error: unknown): error is Error {
  return loaded !== null && loaded.isUserError(error);
}
