// The detectors as the scan runs them: prepared once the member's region is known, run on every
// item as it is classified (classifyItems), and tallied for the report's summary. On a large
// export whose items stream, a worker thread detects (detect-lane.ts) while this one reads on;
// the findings are the same wherever they are found.

import { createDetectors, type ConnectionName, type Detectors, type DetectRegion, type Finding } from '../detect/index.js';
import type { DetectLane, MemberDetectOptions } from './detect-lane.js';
import { decodeFindings } from './finding-codec.js';
import { defined } from '../model/defined.js';
import { CATEGORY_IDS } from '../model/categories.js';

const CATEGORY_INDEX = new Map<string, number>(CATEGORY_IDS.map((id, i) => [id, i]));
const categoryIndex = (id: string): number => defined(CATEGORY_INDEX.get(id));
import { DETECTOR_IDS, FINDING_KINDS, type DetectorId, type FindingCounts, type FindingKind, type FindingsSummary, type ItemFinding } from '../model/findings.js';
import type { ExposureContext, Item } from '../model/report.js';

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

/** Below this many bytes of listed files, starting a thread costs more than it saves. */
export const DETECT_WORKER_MIN_BYTES = 4 * 1024 * 1024;

export class Detection {
  private member: MemberDetectOptions | null = null;
  private detectors: Detectors | null = null;
  private connections: readonly ConnectionName[] | null = null;
  private loading: Promise<void> | null = null;
  private lane: DetectLane | null = null;
  private readonly withFindings = noCounts();
  private readonly kinds = new Map<FindingKind, { findings: number; all: Counts; categories: Map<string, Counts> }>();
  private readonly people = new Set<number>();

  /**
   * `readConnections`: the names of the member's connections, read when the detectors run on
   * this thread. `startLane`: when enough text streams for the detectors to be worth a worker
   * thread, what starts it once the member's setup is known.
   */
  constructor(
    private readonly settings: DetectSettings,
    private readonly readConnections: () => Promise<readonly ConnectionName[]>,
    private readonly startLane: ((member: MemberDetectOptions) => DetectLane) | null = null,
  ) {}

  /** Whether the connection-names detector runs (and so Connections.csv must be read for names). */
  static wantsConnections(settings: DetectSettings): boolean {
    return !settings.only || settings.only.includes('connection-names');
  }

  /** Whether the detectors are to run in a worker thread (which reads the connections' names itself). */
  get threaded(): boolean {
    return this.startLane !== null;
  }

  /** Reads the connections' names for detecting on this thread (once). */
  loadConnections(): Promise<void> {
    return (this.loading ??= (async () => {
      this.connections = Detection.wantsConnections(this.settings) ? await this.readConnections() : [];
    })());
  }

  /** The member's region and country decide the default country of phone numbers and postcodes. */
  prepare(context: ExposureContext): void {
    this.member = {
      region: (REGIONS.includes(context.region) ? context.region : 'OTHER') as DetectRegion,
      country: context.country,
      ...(this.settings.only ? { only: this.settings.only } : {}),
    };
    // The worker prepares its own detectors while this thread reads on.
    try {
      if (this.startLane) this.lane = this.startLane(this.member);
    } catch {
      this.lane = null; // no thread here: every item is examined on this one
    }
  }

  /** Gives the item its findings (after its verdict, which the counts are per) and counts them. */
  examine(item: Item): void {
    if (!this.member) return;
    if (!this.connections) throw new Error('internal error: the connections were not read before detecting');
    this.detectors ??= createDetectors({ ...this.member, connections: this.connections });
    this.record(item, this.detectors.detect(item));
  }

  /**
   * Examines a batch of classified items: here and now (null), or in the worker thread, the
   * promise then settling once every item has its findings. Batches are given their findings in
   * the order they were passed; if the thread fails, its batches are examined here instead.
   */
  examineBatch(items: Item[]): Promise<void> | null {
    if (!this.member) return null;
    if (!this.lane) {
      if (!this.connections) return this.examineHere(items);
      for (const item of items) this.examine(item);
      return null;
    }
    const texts: string[] = [];
    const categories = new Uint8Array(items.length);
    // A text with a lone surrogate would not cross as UTF-8 unchanged: it is examined here.
    let here: Item[] | null = null;
    for (const [i, item] of items.entries()) {
      const wellFormed = (item.text as string & { isWellFormed(): boolean }).isWellFormed();
      if (!wellFormed) (here ??= []).push(item);
      texts.push(wellFormed ? item.text : '');
      categories[i] = categoryIndex(item.category);
    }
    return this.lane.detect(texts, categories).then(
      async (encoded) => {
        for (const item of items) item.findings = [];
        decodeFindings(encoded, (index, findings) => this.record(defined(items[index]), findings));
        if (here) await this.examineHere(here);
      },
      () => this.examineHere(items),
    );
  }

  /** Examines these items on this thread, the connections' names read first if they were not. */
  private async examineHere(items: Item[]): Promise<void> {
    await this.loadConnections();
    for (const item of items) this.examine(item);
  }

  /** Stops the worker thread, if one was started (what is examined next is examined here). */
  close(): void {
    this.lane?.close();
    this.lane = null;
  }

  private record(item: Item, found: Finding[]): void {
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
