// The names of the member's connections are read from Connections.csv, and from a copy saved
// under another name when its header identifies it as Connections (as the scan itself does);
// a file of another kind under an unknown name gives no names. Built CLI, generated ZIPs.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const PROFILE = 'First Name,Last Name,Headline,Geo Location\nOla,Hansen,Engineer,"Oslo, Norway"\n';
const CONNECTIONS =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n' +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  'Sigrid,Holm,,,Acme,Engineer,12 Mar 2021\nÉlodie,Martin,,,Acme,Designer,02 Feb 2020\n';
// Two people who share a first and last name with the header of another kind of file.
const NOT_CONNECTIONS = 'First Name,Last Name,Phone Numbers\nKenji,Sato,+47 22 00 00 00\n';
const SHARES = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
  '2024-03-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:7000000000000000001,"Thanks Sigrid Holm, Élodie Martin and Kenji Sato for the launch",,,MEMBER_NETWORK\n';

async function scanZip(files: Record<string, string>): Promise<{ people: number; spans: string[]; fileType: string | null | undefined }> {
  const zip = await writeZip(files);
  const r = runCli(['scan', zip, '--json', '--region', 'EU', '--opted-out', '2025-01-15', '--as-of', '2026-11-23']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const report = JSON.parse(r.stdout) as Report;
  const post = report.items.find((i) => i.category === 'posts')!;
  const spans = post.findings!.filter((f) => f.kind === 'connection-name').map((f) => post.text.slice(f.start, f.end));
  const other = report.files.find((f) => f.path.startsWith('my-network'));
  return { people: report.summary.findings!.people, spans, fileType: other?.fileType };
}

describe('connections renamed (built CLI)', () => {
  it('reads the names from Connections.csv', async () => {
    const found = await scanZip({ 'Profile.csv': PROFILE, 'Connections.csv': CONNECTIONS, 'Shares.csv': SHARES });
    expect(found.spans).toEqual(['Sigrid Holm', 'Élodie Martin']);
    expect(found.people).toBe(2);
  });

  it('reads them from a copy its header identifies, and not from another kind of file', async () => {
    const found = await scanZip({ 'Profile.csv': PROFILE, 'my-network (1).csv': CONNECTIONS, 'other.csv': NOT_CONNECTIONS, 'Shares.csv': SHARES });
    // The scan itself recognises the renamed copy by its header.
    expect(found.fileType).toBe('connections');
    expect(found.spans).toEqual(['Sigrid Holm', 'Élodie Martin']);
    expect(found.people).toBe(2);
  });

  it('finds no names when no file holds connections', async () => {
    const found = await scanZip({ 'Profile.csv': PROFILE, 'other.csv': NOT_CONNECTIONS, 'Shares.csv': SHARES });
    expect(found.spans).toEqual([]);
    expect(found.people).toBe(0);
  });
});
