// The scan summary's "Sensitive details in exposed items" block: per finding kind, how many
// likely and possibly exposed items of each category hold one ("3 likely-exposed posts contain
// a phone number"). Counts only: no matched text is ever printed here.

import type { CategoryId, Report } from '../model/report.js';
import type { FindingKindSummary } from '../model/findings.js';
import { countOf } from './category-nouns.js';
import { findingPredicate } from './finding-labels.js';
import type { Style } from './style.js';
import { formatCount } from './number.js';
import { sanitizeForTerminal } from './sanitize.js';
import { shellWords } from './actions.js';
import { urlLine, wrapHanging } from './wrap.js';

/** The block's lines (with a blank line first), or none when the detectors did not run. */
export function renderFindingsText(report: Report, style: Style, width: number): string[] {
  const findings = report.summary.findings;
  if (!findings || !report.context) return [];
  const lines = ['', style.bold('Sensitive details in exposed items')];
  const exposed = findings.kinds.filter((k) => k.likely + k.possible > 0);
  for (const kind of exposed) lines.push(...wrapHanging(sentence(kind, findings.people), width, '  ', '    '));
  if (exposed.length === 0) lines.push('  None found in the items likely or possibly exposed.');
  const { items, likely, possible } = findings.withFindings;
  const notExposed = items - likely - possible;
  if (notExposed > 0) {
    const text = `${formatCount(notExposed)} other item${notExposed === 1 ? '' : 's'} with sensitive details ${notExposed === 1 ? 'was' : 'were'} probably not exposed.`;
    lines.push(...wrapHanging(text, width, '  ', '    ').map((l) => style.dim(l)));
  }
  if (items > 0) {
    const command = shellWords(['li-exposure', 'list', ...report.archives.map((a) => a.path), '--finding', findings.kinds.map((k) => k.kind).join(',')]);
    lines.push('  To list them with their links:', urlLine(`$ ${sanitizeForTerminal(command)}`, width, '  '));
  }
  return lines;
}

/** "3 likely-exposed posts and 1 possibly exposed comment contain a phone number." */
function sentence(kind: FindingKindSummary, people: number): string {
  const parts: string[] = [];
  for (const level of ['likely', 'possible'] as const) {
    for (const c of kind.categories) {
      if (c[level] === 0) continue;
      const counted = countOf(c.id as CategoryId, c[level]);
      const [n, ...noun] = counted.split(' ');
      parts.push(`${n} ${level === 'likely' ? 'likely-exposed' : 'possibly exposed'} ${noun.join(' ')}`);
    }
  }
  const total = kind.likely + kind.possible;
  const who = kind.kind === 'connection-name' && people > 0 ? ` (${formatCount(people)} ${people === 1 ? 'person' : 'different people'} in all your items)` : '';
  return `${joinAnd(parts)} ${findingPredicate(kind.kind, total > 1)}${who}.`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
