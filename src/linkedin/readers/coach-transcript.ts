import type { ArchiveEntry } from '../../archive/entry.js';
import { LEARNING_COACH_BLOB } from '../catalogue.js';
import { epochMillis } from '../text/export-dates.js';
import { readAllText } from '../text/decode.js';
import type { FileResult, ReadContext } from '../file-result.js';
import { WarningList, emptyFileResult, itemId } from '../file-result.js';
import { defined } from '../../model/defined.js';

/** Who wrote a line of the transcript: the member ("user:") or LinkedIn's AI coach ("coach:"). */
// A Map: a line such as "constructor: ..." must not find an object's inherited property.
const SPEAKERS = new Map([
  ['user', 'you'],
  ['member', 'you'],
  ['coach', 'LinkedIn AI'],
  ['assistant', 'LinkedIn AI'],
]);

/**
 * LearningCoachMessages.csv is not CSV but "conversation: <uuid>\ntimestamp: <ms>\nuser: ...\ncoach: ...\n\n"
 * blocks (docs/export-format.md). One record per conversation block, one item per message in it
 * (a chat with LinkedIn's AI is the member's own input, so it is listed, not only counted).
 */
export async function readLearningCoachBlob(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const { text, encoding } = await readAllText(() => entry.open());
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Array<{ line: number; lines: Array<{ line: number; text: string }> }> = [];
  lines.forEach((line, i) => {
    const block = blocks.at(-1);
    if (/^conversation:/i.test(line)) blocks.push({ line: i + 1, lines: [] });
    else if (block && line.trim() !== '') block.lines.push({ line: i + 1, text: line });
    else if (!block && line.trim() !== '') warnings.add(i + 1, 'text before the first "conversation:" line ignored');
  });
  const result: FileResult = { ...emptyFileResult(entry.path, LEARNING_COACH_BLOB), records: blocks.length, encoding };
  for (const block of blocks) {
    // Each turn of a conversation starts with its own "timestamp:" line.
    let date: string | null = null;
    const messages: Array<{ line: number; side: string; text: string; date: string | null }> = [];
    for (const l of block.lines) {
      const m = /^([A-Za-z]+):\s?(.*)$/.exec(l.text);
      const label = m ? defined(m[1]).toLowerCase() : undefined;
      const said = m ? defined(m[2]) : '';
      if (label === 'timestamp') {
        date = epochMillis(said.trim());
        if (date === null) warnings.add(l.line, 'timestamp: expected epoch milliseconds (the messages after it are kept without a date)');
        continue;
      }
      const speaker = label !== undefined ? SPEAKERS.get(label) : undefined;
      const previous = messages.at(-1);
      if (speaker !== undefined) messages.push({ line: l.line, side: speaker, text: said, date });
      else if (previous) previous.text += `\n${l.text}`;
      else warnings.add(l.line, 'line before the first "user:" or "coach:" line of a conversation ignored');
    }
    if (messages.length === 0) result.emptyRecords++;
    for (const message of messages) {
      result.items.push({
        id: itemId(context.archive, entry.path, message.line),
        category: 'ai-conversations',
        date: message.date,
        title: 'LinkedIn Learning coach',
        text: message.text,
        url: null,
        source: { file: entry.path, line: message.line, archive: context.archive },
        details: { Side: message.side },
      });
    }
  }
  result.warnings = warnings.finish();
  return result;
}
