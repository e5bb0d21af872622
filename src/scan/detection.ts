// The detectors as the scan runs them: prepared once the member's region is known, run on every
// item as it is classified (classifyItems), and tallied for the report's summary.

import { createDetectors, type ConnectionName, type Detectors, type DetectRegion } from '../detect/index.js';
import { DETECTOR_IDS, FINDING_KINDS, type DetectorId, type FindingCounts, type FindingKind, type FindingsSummary, type ItemFinding } from '../model/findings.js';
import type { ExposureContext, Item } from '../model/report.js';
import { CATEGORY_IDS, category } from '../model/categories.js';

export interface DetectSettings {
  /** Run only these detectors (all when absent). */
  only?: readonly DetectorId[];
}

const REGIONS: readonly string[] = ['EU', 'UK', 'CA', 'HK', 'CN', 'OTHER'] satisfies DetectRegion[];

type Counts = FindingCounts;
const noCounts = (): Counts => ({ items: 0, likely: 0, possible: 0, unlikely: 0 });

function count(counts: Counts, item: Item): void {
  counts.items++;
  if (item.exposure) counts[item.exposure]++;
}

export class Detection {
  private detectors: Detectors | null = null;
  private readonly withFindings = noCounts();
  private readonly kinds = new Map<FindingKind, { findings: number; all: Counts; categories: Map<string, Counts> }>();
  private readonly people = new Set<number>();

  constructor(
    private readonly settings: DetectSettings,
    private readonly connections: readonly ConnectionName[],
  ) {}

  /** Whether the connection-names detector runs (and so Connections.csv must be read for names). */
  static wantsConnections(settings: DetectSettings): boolean {
    return !settings.only || settings.only.includes('connection-names');
  }

  /** The member's region and country decide the default country of phone numbers and postcodes. */
  prepare(context: ExposureContext): void {
    this.detectors = createDetectors({
      region: (REGIONS.includes(context.region) ? context.region : 'OTHER') as DetectRegion,
      country: context.country,
      connections: this.connections,
      ...(this.settings.only ? { only: this.settings.only } : {}),
    });
  }

  /** Gives the item its findings (after its verdict, which the counts are per) and counts them. */
  examine(item: Item): void {
    if (!this.detectors) return;
    // A reaction's "LIKE on <link>": nothing in it was written by anyone.
    const found = category(item.category).composed ? [] : this.detectors.detect(item);
    if (found.length === 0) {
      item.findings = [];
      return;
    }
    const findings: ItemFinding[] = [];
    let kindsSeen: FindingKind[] | null = null;
    for (const f of found) {
      findings.push(f.detail === undefined ? { detector: f.detector, kind: f.kind, start: f.start, end: f.end } : { detector: f.detector, kind: f.kind, start: f.start, end: f.end, detail: f.detail });
      if (f.person !== undefined) this.people.add(f.person);
      let tally = this.kinds.get(f.kind);
      if (!tally) this.kinds.set(f.kind, (tally = { findings: 0, all: noCounts(), categories: new Map() }));
      tally.findings++;
      if (kindsSeen?.includes(f.kind)) continue;
      (kindsSeen ??= []).push(f.kind);
      count(tally.all, item);
      let perCategory = tally.categories.get(item.category);
      if (!perCategory) tally.categories.set(item.category, (perCategory = noCounts()));
      count(perCategory, item);
    }
    item.findings = findings;
    count(this.withFindings, item);
  }

  summary(): FindingsSummary {
    return {
      detectors: this.settings.only ? DETECTOR_IDS.filter((id) => this.settings.only!.includes(id)) : [...DETECTOR_IDS],
      withFindings: { ...this.withFindings },
      kinds: FINDING_KINDS.flatMap((kind) => {
        const tally = this.kinds.get(kind);
        if (!tally) return [];
        return [{ kind, findings: tally.findings, ...tally.all, categories: CATEGORY_IDS.flatMap((id) => {
          const c = tally.categories.get(id);
          return c ? [{ id, ...c }] : [];
        }) }];
      }),
      people: this.people.size,
    };
  }
}
