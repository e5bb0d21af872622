// The entry point: prepare once per member (region, country, connections), then detect per item.
//
//   const detectors = createDetectors({ region: 'EU', country: 'FR', connections });
//   for (const item of report.items) item.findings = detectors.detect(item);

import { ConnectionIndex, type ConnectionName } from './connection-index.js';
import { ItemContext } from './item-context.js';
import { DETECTORS, YIELDS_TO } from './registry.js';
import { DETECTOR_IDS, type DetectItem, type DetectorId, type DetectRegion, type Finding, type MemberSetup } from './types.js';

export interface DetectOptions {
  region: DetectRegion;
  /** ISO 3166-1 alpha-2 country code, when known: default country for phone numbers and postcodes. */
  country?: string | null;
  /** First and last names from Connections.csv. */
  connections?: readonly ConnectionName[];
  /** Run only these detectors (all when absent). */
  only?: readonly DetectorId[];
}

export interface Detectors {
  /** Findings in item.text, sorted by start offset. */
  detect(item: DetectItem): Finding[];
  /** How many distinct connections were indexed (names without a first or last name are skipped). */
  readonly connectionCount: number;
}

export function createDetectors(options: DetectOptions): Detectors {
  for (const id of options.only ?? []) {
    if (!(DETECTOR_IDS as readonly string[]).includes(id)) throw new Error(`unknown detector ${JSON.stringify(id)}`);
  }
  const active = DETECTORS.filter((d) => !options.only || options.only.includes(d.id));
  const member: MemberSetup = {
    region: options.region,
    country: options.country ? options.country.toUpperCase() : null,
    connections: options.connections && active.some((d) => d.id === 'connection-names') ? new ConnectionIndex(options.connections) : null,
  };

  return {
    connectionCount: member.connections?.size ?? 0,
    detect(item: DetectItem): Finding[] {
      const text = item.text;
      if (!text) return [];
      const context = new ItemContext(text, item.category, member);
      let findings: Finding[] | null = null;
      for (const detector of active) {
        const found = detector.find(text, context);
        if (found.length === 0) continue;
        if (!findings) {
          findings = found;
          continue;
        }
        const yields = YIELDS_TO[detector.id];
        for (const f of found) {
          if (yields && findings.some((g) => yields.includes(g.detector) && g.start < f.end && f.start < g.end)) continue;
          findings.push(f);
        }
      }
      return findings ? findings.sort((a, b) => a.start - b.start || a.end - b.end) : [];
    },
  };
}
