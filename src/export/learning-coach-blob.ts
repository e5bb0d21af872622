import type { ArchiveEntry } from '../archive/entry.js';
import { LEARNING_COACH_BLOB } from './catalogue.js';
import { epochMillis } from './dates.js';
import { readAllText } from './decode.js';
import type { FileResult, ReadContext } from './file-result.js';
import { WarningList, emptyFileResult, itemId } from './file-result.js';

/**
 * LearningCoachMessages.csv is not CSV: "conversation: <uuid>\ntimestamp: <ms>\nuser: ...\n\n"
 * blocks (reference §3.5). One record per conversation block.
 */
export async function readLearningCoachBlob(entry: ArchiveEntry, context: ReadContext): Promise<FileResult> {
  const warnings = new WarningList(entry.path, context.archive);
  const { text, encoding } = await readAllText(() => entry.open());
  const lines = text.split(/\r?\n/);
  const blocks: Array<{ line: number; lines: string[] }> = [];
  lines.forEach((line, i) => {
    if (/^conversation:/i.test(line)) blocks.push({ line: i + 1, lines: [line] });
    else if (blocks.length > 0 && line.trim() !== '') blocks[blocks.length - 1]!.lines.push(line);
    else if (blocks.length === 0 && line.trim() !== '') warnings.add(i + 1, 'text before the first "conversation:" line ignored');
  });
  const result: FileResult = { ...emptyFileResult(entry.path, LEARNING_COACH_BLOB), records: blocks.length, encoding };
  for (const block of blocks) {
    const stamp = block.lines.find((l) => /^timestamp:/i.test(l))?.replace(/^timestamp:\s*/i, '') ?? '';
    const date = stamp ? epochMillis(stamp) : null;
    if (context.allItems) {
      result.items.push({
        id: itemId(context.archive, entry.path, block.line),
        category: 'messages',
        date,
        title: 'LinkedIn Learning coach',
        text: block.lines.slice(1).join('\n'),
        url: null,
        source: { file: entry.path, line: block.line, archive: context.archive },
      });
    } else {
      result.countedDates.push(date);
    }
  }
  result.warnings = warnings.finish();
  return result;
}
