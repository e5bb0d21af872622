// Worker thread: runs the detectors on the texts of batches of items and posts their findings
// back (finding-codec.ts), so that detection overlaps the main thread's reading and writing.

import { parentPort, workerData } from 'node:worker_threads';
import { createDetectors, type Finding } from '../detect/index.js';
import { CATEGORY_IDS } from '../model/categories.js';
import { encodeFindings } from './finding-codec.js';
import { decodeTexts, type DetectBatch, type DetectWorkerInput, type DetectWorkerMessage } from './detect-lane.js';

const input = workerData as DetectWorkerInput;
const port = parentPort!;
const detectors = createDetectors(input.options);

port.on('message', (batch: DetectBatch) => {
  let message: DetectWorkerMessage;
  try {
    const found: Array<{ index: number; findings: Finding[] }> = [];
    for (const [index, text] of decodeTexts(batch).entries()) {
      const findings = detectors.detect({ text, category: CATEGORY_IDS[batch.categories[index] ?? -1] ?? '' });
      if (findings.length) found.push({ index, findings });
    }
    message = { kind: 'found', id: batch.id, findings: encodeFindings(found) };
  } catch (error) {
    message = { kind: 'failed', id: batch.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(message, message.kind === 'found' ? [message.findings.ints.buffer as ArrayBuffer] : []);
});
