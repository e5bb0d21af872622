// The chats with LinkedIn's AI assistants (see catalogue.ts): the member's own input, so listed.
import type { CsvFileSpec } from './spec.js';
import { messageFileSpec } from './message-files.js';

export const AI_CHAT_SPECS: CsvFileSpec[] = [
  messageFileSpec(
    {
      type: 'ai-chats',
      label: "Chats with LinkedIn's AI assistants",
      category: 'ai-conversations',
      names: ['guide_messages', 'coach_messages', 'learning_coach_messages', 'learning_role_play_messages'],
    },
    // "Side" (you / LinkedIn AI) is filled in once the profile, and so the member's name, is known.
    ['FROM', 'CONVERSATION TITLE', 'SUBJECT', 'FOLDER', 'Folder'],
  ),
];
