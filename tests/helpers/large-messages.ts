import { WORKER_MIN_BYTES } from '../../src/scan/worker-lane.js';

/**
 * A messages.csv of `count` varied records (invented people), large enough with the default
 * count to be counted in the worker thread by the built CLI.
 */
export function largeMessages(count = 40_000): string {
  const rows = ['CONVERSATION ID,FROM,TO,DATE,CONTENT'];
  for (let i = 0; i < count; i++) {
    rows.push(`c-${i},Ana ${i % 97},Ola ${i % 89},2024-0${(i % 9) + 1}-11 14:56:48 UTC,message number ${i} about topic ${(i * 7919) % 10007}: ${'word '.repeat(i % 13)}`);
  }
  const text = rows.join('\n') + '\n';
  if (count === 40_000 && Buffer.byteLength(text) <= WORKER_MIN_BYTES) throw new Error('largeMessages() no longer reaches the worker threshold');
  return text;
}
