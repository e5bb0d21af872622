// The chats with linkedin's ai assistants files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { details, joinNonEmpty, section } from './spec.js';
import { isoLike } from '../text/export-dates.js';

export const AI_CHAT_SPECS: CsvFileSpec[] = [
  section(
    {
      type: 'ai-chats',
      label: "Chats with LinkedIn's AI assistants",
      category: 'ai-conversations',
      names: ['guide_messages', 'coach_messages', 'learning_coach_messages', 'learning_role_play_messages'],
      signatures: [['FROM', 'TO', 'CONTENT'], ['From', 'To', 'Content'], ['CONVERSATION ID', 'DATE']],
      dateColumns: ['DATE', 'Date'],
      parseDate: isoLike,
    },
    (row) => ({
      title: joinNonEmpty([row.get('FROM', 'From'), row.get('TO', 'To')], ' → '),
      text: row.get('CONTENT', 'Content') || row.get('SUBJECT', 'Subject'),
      // "Side" (you / LinkedIn AI) is filled in once the profile, and so the member's name, is known.
      details: ['FROM', 'CONVERSATION TITLE', 'SUBJECT', 'FOLDER', 'Folder'],
    }),
  ),
];
