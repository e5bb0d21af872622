// --detect <ids> / --no-detect (scan, list, browse, report): which sensitive-content detectors
// run on the items; all of them by default.

import type { Command } from 'commander';
import { UsageError } from '../model/errors.js';
import { DETECTOR_IDS, FINDING_KINDS, isFindingKind, type DetectorId, type FindingKind } from '../model/findings.js';
import type { DetectSettings } from '../scan/contract.js';

export function addDetectOptions(command: Command): Command {
  return command
    .option('--detect <ids>', `run only these detectors of sensitive details, comma-separated (${DETECTOR_IDS.join(', ')}); default: all`)
    .option('--no-detect', 'do not look for sensitive details (contact details, identifiers, health, names of connections...) in the items');
}

/** The detectors to run: undefined (off) for --no-detect, and for commands without the option (letter). */
export function detectSettings(value: string | boolean | undefined, command = true): DetectSettings | undefined {
  if (value === false || (value === undefined && !command)) return undefined;
  if (value === undefined || value === true) return {};
  const only = splitIds(value, '--detect', DETECTOR_IDS);
  return { only };
}

/** --finding phone,health: finding kinds, validated. */
export function parseFindingKinds(value: string | undefined): FindingKind[] {
  if (value === undefined) return [];
  return splitIds(value, '--finding', FINDING_KINDS).filter(isFindingKind);
}

function splitIds<T extends string>(value: string, option: string, known: readonly T[]): T[] {
  const raws = value.split(',').map((raw) => raw.trim());
  const ids = raws.map((raw) => raw.toLowerCase());
  if (ids.every((id) => id === '')) throw new UsageError(`${option} expects a comma-separated list (one or more of: ${known.join(', ')})`);
  for (const [i, id] of ids.entries()) {
    if (!(known as readonly string[]).includes(id)) {
      throw new UsageError(`${option}: unknown ${option === '--detect' ? 'detector' : 'finding kind'} "${raws[i] ?? id}" (one of: ${known.join(', ')})`);
    }
  }
  return [...new Set(ids)] as T[];
}
