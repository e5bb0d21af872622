// `li-exposure letter <path>... --kind object|access|erasure [--name] [--law] [--out FILE]`:
// a draft letter to LinkedIn's Data Protection Officer, on stdout or written atomically (0600).

import { UsageError } from '../model/errors.js';
import { LAWS, LETTER_KINDS, type LetterKind } from '../render/jurisdictions.js';
import { renderLetter } from '../render/letters.js';
import { renderWarningsSummary } from '../render/text.js';
import { sanitizeForTerminal } from '../render/sanitize.js';
import { loadPolicy } from '../exposure/load-policy.js';
import type { Io } from './io.js';
import { openOutput, parseLaw, type ReportCommandOptions } from './report.js';
import { buildReport } from './scan.js';

export interface LetterCommandOptions extends ReportCommandOptions {
  kind?: string;
}

export function parseKind(value: string | undefined): LetterKind {
  const kind = value?.trim().toLowerCase();
  if (!kind || !(LETTER_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind ${value === undefined ? 'is required' : `"${value}" is unknown`} (one of: ${LETTER_KINDS.join(', ')})`);
  }
  return kind as LetterKind;
}

export async function runLetter(paths: string[], options: LetterCommandOptions, io: Io): Promise<number> {
  const kind = parseKind(options.kind);
  const law = parseLaw(options.law);
  const policy = loadPolicy(options);
  const file = options.out ? await openOutput('--out', options.out, paths, 'letter.txt') : null;
  try {
    const report = await buildReport(paths, { ...options, detect: false }, io, policy);
    const text = renderLetter(report, policy, { kind, ...(law ? { law } : {}), ...(options.name !== undefined ? { name: options.name } : {}) });
    if (file) {
      await file.write(text);
      await file.commit();
      io.stderr.write(`Letter written to ${options.out}\n`);
    } else io.stdout.write(io.stdout.isTTY ? sanitizeForTerminal(text, { keepNewlines: true }) : text);
    io.stderr.write(renderWarningsSummary(report));
    return 0;
  } catch (error) {
    await file?.abort();
    throw error;
  }
}
