// Reading one file whose records are merged with its other copies: each item it makes is kept or
// dropped as a duplicate as it is read, so that nothing waits in memory but the identities.

import type { FileResult } from '../linkedin/file-result.js';
import { category } from '../model/categories.js';
import type { MergePlan, TrackedFile } from './merge-plan.js';
import { fileLabel } from './merge-plan.js';
import type { ProfileNames } from './members.js';
import type { Item } from '../model/report.js';
import { recordIdentity } from './record-identity.js';
import { defined } from '../model/defined.js';

/** What the merge did to one file, for files[]. */
export interface FileOverlap {
  /** Its records (for Profile.csv, fields) that another file had already counted. */
  duplicateRecords: number;
  /** When every record was such a duplicate, all of the same file: that file. */
  duplicateOf: string | null;
}

/**
 * The file is read with every record made into an item (private ones too), since a record's
 * identity comes from its item. Kept private records are then only counted, as usual, unless
 * all items are listed.
 */
export class MergedFile {
  private kept: Item[] = [];
  private passed = 0;
  private readonly countedDates: Array<string | null> = [];
  private duplicates = 0;
  private readonly counters = new Set<number>();

  constructor(
    private readonly plan: MergePlan,
    private readonly tracked: TrackedFile,
    private readonly listAll: boolean,
    /** Where kept items go when the report streams them; else they stay on the result. */
    private readonly forward: ((items: Item[]) => Promise<void>) | null,
    private readonly names: ProfileNames,
  ) {}

  readonly accept = async (items: Item[]): Promise<void> => {
    const { union, copy, file } = this.tracked;
    const kept: Item[] = [];
    for (const item of items) {
      this.names.observe(defined(this.plan.files[file]), item);
      const counter = union.offer(copy, file, recordIdentity(item));
      if (counter !== null) {
        this.duplicates++;
        this.counters.add(counter);
      } else if (this.listAll || !category(item.category).private) kept.push(item);
      else this.countedDates.push(item.date);
    }
    if (kept.length === 0) return;
    if (this.forward) {
      this.passed += kept.length;
      await this.forward(kept);
    } else for (const item of kept) this.kept.push(item);
  };

  /** Once the reader is done: the items it still holds go through too, and the result counts what was kept. */
  async finish(result: FileResult): Promise<FileOverlap> {
    await this.accept(result.items);
    result.items = this.kept;
    result.streamedItems = this.passed;
    for (const date of this.countedDates) result.countedDates.push(date);
    const all = this.duplicates > 0 && result.items.length + this.passed + result.countedDates.length + result.countedUndated === 0;
    return {
      duplicateRecords: this.duplicates,
      duplicateOf: all && this.counters.size === 1 ? fileLabel(defined(this.plan.files[defined([...this.counters][0])])) : null,
    };
  }
}
