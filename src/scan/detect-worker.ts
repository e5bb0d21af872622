// Worker thread: runs the detectors on the texts of batches of items and posts their findings
// back (finding-codec.ts), so that detection overlaps the main thread's reading and writing.

import { parentPort, workerData } from 'node:worker_threads';
import { InflateBudget } from '../archive/limits.js';
import { zipEntry } from '../archive/zip-entry.js';
import { createDetectors, type ConnectionName, type Detectors, type Finding } from '../detect/index.js';
import { readConnectionNames } from './connection-names.js';
import { CATEGORY_IDS } from '../model/categories.js';
import { encodeFindings } from './finding-codec.js';
import { decodeTexts, type DetectBatch, type DetectWorkerInput, type DetectWorkerMessage } from './detect-lane.js';

const input = workerData as DetectWorkerInput;
const port = parentPort!;

async function connectionNames(): Promise<readonly ConnectionName[]> {
  const source = input.connections;
  if ('names' in source) return source.names;
  // Each file is held to its declared size, as on the main thread.
  const budget = new InflateBudget(source.limits);
  return readConnectionNames(source.files.map((file) => zipEntry(file.path, file.zip, budget)), source.limits);
}

// Batches that come while the names are read wait for them, in order.
const ready: Promise<Detectors> = connectionNames().then((connections) => createDetectors({ ...input.member, connections }));
ready.catch(() => {}); // each batch reports the failure

port.on('message', async (batch: DetectBatch) => {
  let message: DetectWorkerMessage;
  try {
    const detectors = await ready;
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
