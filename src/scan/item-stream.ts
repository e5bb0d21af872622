// Streaming a report's items (ScanOptions.sink): each batch is classified as it is read and
// passed on, so that only counts stay in memory.

import type { ExposureSetup, PreparedExposure, ReportSink } from './contract.js';
import type { ArchiveInfo, CategoryId, ExposureLevel, Item, ReportHead } from '../model/report.js';
import { REPORT_SCHEMA_VERSION } from '../model/report.js';
import { NO_PROFILE, profileFacts, type ProfileFacts } from '../exposure/profile-facts.js';
import { qualifiersOf } from '../exposure/qualifiers.js';
import type { Detection } from './detection.js';

/**
 * Classifies items as they are read and passes them on. Items read before the verdicts can be
 * decided (those of the profile) are held until start().
 */
export class ItemStream {
  readonly archives: ArchiveInfo[] = [];
  prepared: PreparedExposure | null = null;
  facts: ProfileFacts = NO_PROFILE;
  started = false;
  /** The detectors, when they run: prepared in start(), once the member's region is known. */
  detection: Detection | null = null;
  /** Verdicts given to the streamed items, per category. */
  readonly tally: VerdictCounts = new Map();
  private held: Item[] = [];
  private closed = false;

  constructor(
    private readonly sink: ReportSink,
    private readonly exposure: ExposureSetup | undefined,
    private readonly generatedAt: string,
    private readonly toolVersion: string,
  ) {}

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.facts = profileFacts(this.held);
    this.prepared = this.exposure?.prepare(this.facts) ?? null;
    if (this.prepared) this.detection?.prepare(this.prepared.context);
    await this.sink.head?.(this.head());
    const held = this.held;
    this.held = [];
    if (held.length) await this.accept(held);
  }

  /** After a failure: nothing more is passed on. */
  close(): void {
    this.closed = true;
  }

  readonly accept = async (items: Item[]): Promise<void> => {
    if (this.closed) return;
    if (!this.started) {
      for (const item of items) this.held.push(item);
      return;
    }
    annotateChatSides(items, this.facts.name);
    if (this.prepared) classifyItems(items, this.prepared, this.tally, this.detection);
    await this.sink.items(items, this.head());
  };

  private head(): ReportHead {
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'li-exposure', version: this.toolVersion },
      generatedAt: this.generatedAt,
      archives: this.archives,
      context: this.prepared?.context ?? null,
      sources: this.prepared?.sources ?? [],
    };
  }
}

export type VerdictCounts = Map<CategoryId, Record<ExposureLevel, number>>;

/**
 * Gives each item its verdict and, when the detectors run, its findings; counts the verdicts per
 * category (and the findings in `detection`). The one place where a batch of items is classified.
 */
export function classifyItems(items: Item[], prepared: PreparedExposure, counts: VerdictCounts, detection: Detection | null): void {
  for (const item of items) {
    const verdict = prepared.classify(item.category, item.date, qualifiersOf(item));
    item.exposure = verdict.exposure;
    item.reasons = verdict.reasons;
    detection?.examine(item);
    let tally = counts.get(item.category);
    if (!tally) counts.set(item.category, (tally = { likely: 0, possible: 0, unlikely: 0 }));
    tally[verdict.exposure]++;
  }
}

/** Marks which side of a chat with LinkedIn's AI each message is: the member's (FROM is their name) or the assistant's. */
export function annotateChatSides(items: Item[], memberName: string | null): void {
  const member = memberName ? foldName(memberName) : null;
  for (const item of items) {
    if (item.category === 'ai-conversations' && item.details?.['Side'] === undefined) {
      (item.details ??= {})['Side'] = chatSide(item.details['FROM'], member);
    }
  }
}

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Who wrote a message of a chat with LinkedIn's AI: the member when FROM is their name. */
function chatSide(from: string | undefined, member: string | null): string {
  if (!from) return 'unknown';
  if (member === null) return 'unknown (no name in Profile.csv)';
  return foldName(from) === member ? 'you' : 'LinkedIn AI';
}
