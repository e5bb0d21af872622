import { describe, expect, it } from 'vitest';
import { exposureSetup } from '../../../src/exposure/setup.js';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { neverExposedCategories } from '../../../src/exposure/never-exposed.js';
import { scan, type ScanOptions } from '../../../src/scan/scan.js';
import type { Item, Report } from '../../../src/model/report.js';
import { writeZip } from '../../helpers/archive.js';

// The scan gives each listed item its findings where it classifies it, streamed or not, with the
// member's country from the profile and the names of Connections.csv, which is only counted.

const CONNECTIONS =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n' +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  'Sigrid,Holm,https://www.linkedin.com/in/sigrid,,Nordlys Data AS,Engineer,12 Mar 2021\n' +
  'Pål,Østby,https://www.linkedin.com/in/pal,,Secret Corp,CTO,01 Feb 2020\n';

const FILES = {
  'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nOla,Hansen,Engineer,"Paris, France"\n',
  'Shares.csv':
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
    '2024-05-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Thanks Sigrid Holm! Call me on 06 12 34 56 78.",,,MEMBER_NETWORK\n' +
    '2024-06-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,"Nothing to see here.",,,MEMBER_NETWORK\n',
  'Connections.csv': CONNECTIONS,
};

function options(extra: Partial<ScanOptions> = {}): ScanOptions {
  const policy = loadBundledPolicy();
  const now = new Date('2026-11-23T12:00:00Z');
  return { toolVersion: 'test', now, exposure: exposureSetup({}, policy, now), countOnly: neverExposedCategories(policy), detect: {}, ...extra };
}

const seen = (item: Item) => (item.findings ?? []).map((f) => [f.kind, item.text.slice(f.start, f.end)]);

async function streamed(path: string, extra: Partial<ScanOptions> = {}): Promise<{ report: Report; items: Item[] }> {
  const items: Item[] = [];
  const report = await scan([path], options({ ...extra, sink: { items: async (batch) => void items.push(...batch) } }));
  return { report, items };
}

describe('findings in the scan', () => {
  it('finds a national phone number of the profile country and a connection named in a post, streamed or not', async () => {
    const zip = await writeZip(FILES);
    const inMemory = await scan([zip], options());
    const { report, items } = await streamed(zip);
    for (const list of [inMemory.items, items]) {
      const posts = list.filter((i) => i.category === 'posts');
      expect(posts.map(seen)).toEqual([
        [['connection-name', 'Sigrid Holm'], ['phone', '06 12 34 56 78']],
        [],
      ]);
      expect(list.every((i) => Array.isArray(i.findings))).toBe(true);
    }
    for (const r of [inMemory, report]) {
      expect(r.summary.findings).toMatchObject({ withFindings: { items: 1 }, people: 1 });
      expect(r.summary.findings!.kinds.map((k) => [k.kind, k.items, k.findings])).toEqual([
        ['phone', 1, 1],
        ['connection-name', 1, 1],
      ]);
    }
    // Connections.csv is still counted, and nothing of it is listed or written.
    const connections = inMemory.summary.categories.find((c) => c.id === 'connections')!;
    expect(connections).toMatchObject({ total: 2, listed: 0 });
    const json = JSON.stringify(inMemory);
    for (const secret of ['Østby', 'Secret Corp', 'Pål']) expect(json).not.toContain(secret);
  });

  it('runs only the detectors asked for, and none without detect', async () => {
    const zip = await writeZip(FILES);
    const phoneOnly = await scan([zip], options({ detect: { only: ['phone'] } }));
    expect(phoneOnly.items.filter((i) => i.category === 'posts').map(seen)).toEqual([[['phone', '06 12 34 56 78']], []]);
    expect(phoneOnly.summary.findings!.detectors).toEqual(['phone']);
    const off = await scan([zip], options({ detect: undefined }));
    expect(off.summary.findings).toBeNull();
    expect(off.items.some((i) => i.findings !== undefined)).toBe(false);
  });

  it('examines every listed item, exposed or not, and counts them by verdict', async () => {
    const zip = await writeZip(FILES);
    const optedOutEarly = await scan([zip], options({ exposure: exposureSetup({ optedOut: '2020-01-01' }, loadBundledPolicy(), new Date('2026-11-23T12:00:00Z')) }));
    const post = optedOutEarly.items.find((i) => i.category === 'posts' && i.findings!.length)!;
    expect(post.exposure).toBe('unlikely');
    expect(optedOutEarly.summary.findings!.withFindings).toEqual({ items: 1, likely: 0, possible: 0, unlikely: 1 });
  });

  it('does not read the text it composes itself: a reaction or a repost is a type and a link', async () => {
    // A link holding what a detector would find in a post: the same words, written in Shares.csv.
    const link = 'https://www.linkedin.com/feed/update/urn:li:activity:1?ref=ola.hansen@example.com&tel=06%2012%2034%2056%2078';
    const zip = await writeZip({
      ...FILES,
      'Shares.csv': `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-05-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Sigrid Holm on ${link} ola.hansen@example.com",,,MEMBER_NETWORK\n`,
      'Reactions.csv': `Date,Type,Link\n2024-05-03 10:00:00,Sigrid Holm ola.hansen@example.com,${link}\n`,
      'InstantReposts.csv': `Date,Link\n2024-05-04 10:00:00,${link} ola.hansen@example.com Sigrid Holm\n`,
    });
    const report = await scan([zip], options());
    const byCategory = (id: string) => report.items.filter((i) => i.category === id);
    expect(byCategory('posts').map((i) => seen(i).map(([kind]) => kind))).toEqual([['connection-name', 'email', 'email']]);
    for (const id of ['reactions', 'reposts']) {
      expect(byCategory(id)).toHaveLength(1);
      expect(byCategory(id)[0]!.text).toContain('ola.hansen@example.com');
      expect(byCategory(id)[0]!.findings).toEqual([]);
    }
    expect(report.summary.findings).toMatchObject({ withFindings: { items: 1 } });
  });
});
