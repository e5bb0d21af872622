// The layout LinkedIn uses for every message file: member-to-member messages.csv and the chats
// with its AI assistants (guide, coach, learning coach, role play) share header and date format.
import type { CsvFileSpec } from './spec.js';
import { joinNonEmpty, section } from './spec.js';
import { isoLike } from '../text/export-dates.js';
import type { CategoryId } from '../../model/report.js';

export function messageFileSpec(
  file: { type: string; label: string; category: CategoryId; names: string[] },
  detailColumns: string[],
): CsvFileSpec {
  return section(
    {
      ...file,
      signatures: [['FROM', 'TO', 'CONTENT'], ['From', 'To', 'Content'], ['CONVERSATION ID', 'DATE']],
      dateColumns: ['DATE', 'Date'],
      parseDate: isoLike,
    },
    (row) => ({
      title: joinNonEmpty([row.get('FROM', 'From'), row.get('TO', 'To')], ' → '),
      text: row.get('CONTENT', 'Content') || row.get('SUBJECT', 'Subject'),
      details: detailColumns,
    }),
  );
}
