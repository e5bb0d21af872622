// The core as a library: what a front end other than the CLI (the VS Code extension) uses.
// Everything here is the CLI's own code path: scan() reads, the exposure step classifies.
export { scan } from './scan/scan.js';
export type { ExposureSetup, ScanOptions, ScanProgress, ReportSink } from './scan/contract.js';
export { exposureSetup, type ContextOptions, type ExposureChoices } from './exposure/setup.js';
export { loadPolicy } from './exposure/load-policy.js';
export { neverExposedCategories } from './exposure/never-exposed.js';
export { sanitizeForTerminal } from './render/sanitize.js';
export { toolVersion } from './model/tool-version.js';
export { isUserError } from './exposure/user-error.js';

export type { Report, Item, CategorySummary, CategoryId, ExposureLevel, ReportHead } from './model/report.js';

// For the VS Code extension's "reveal in source", exports and report view: the core's own code.
export { readEntryText, type EntryText, type EntryTextOptions } from './linkedin/readers/entry-text.js';
export { htmlReportParts } from './render/html-report.js';
export { markdownReportParts } from './render/markdown-report.js';
export { ReportJsonWriter } from './render/json.js';
export { linkedInUrl, allowedUrl } from './render/text-safety.js';
export { writeFileAtomic } from './io/write-file-atomic.js';
export { inputClash } from './io/input-clash.js';
export type { Policy } from './exposure/policy-schema.js';
export { memberActions, type Action } from './render/actions.js';
