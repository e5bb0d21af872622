// Public surface of the detectors (what the scan will import when they are wired in).

export { createDetectors, type DetectOptions, type Detectors } from './create-detectors.js';
export { countPeople } from './connection-names.js';
export { DETECTORS } from './registry.js';
export { DETECTOR_IDS, FINDING_KINDS, type DetectItem, type DetectorId, type DetectRegion, type Finding, type FindingKind } from './types.js';
export type { ConnectionName } from './connection-index.js';
