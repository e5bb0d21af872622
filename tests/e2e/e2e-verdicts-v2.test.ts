// The corrected verdicts of policy 2026.12.1 (schema 2) through the built CLI, on generated archives:
// download notices, duplicate column spellings, the Basic archive note, profile fields outside
// LinkedIn's list, the European opt-out caveat, under-18 members, Mainland China, and the header.
import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const PROFILE_HEADER = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n';
const profile = (geo: string, birth = 'Mar 14') =>
  PROFILE_HEADER + `Kim,Example,Smith,Storgata 1,"${birth}",Writer,About me,Software,0155,"${geo}",[kim],[PERSONAL:https://kim.example],[SKYPE:kim]\n`;

function scan(zip: string, args: string[]): Report {
  const result = runCli(['scan', zip, '--json', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}
const byTitle = (report: Report, category: string) => new Map(report.items.filter((i) => i.category === category).map((i) => [i.title, i] as [string | null, Item]));

describe('policy 2026.12.1 through the CLI', () => {
  it("LinkedIn's download notice is noted once, not counted as media; real media rows still are", async () => {
    const zip = await writeZip({
      'Profile.csv': profile('Oslo, Norway'),
      'Videos.csv': 'Description,Link\nVideo content can be downloaded at,https://www.linkedin.com/psettings/member-data/videos\n',
      'Rich_Media.csv': 'Date/Time,Media Description,Media Link\n"You uploaded a photo on April 27, 2026 at 9:49 AM (GMT)",A photo,https://media.licdn.com/x\n',
    });
    const report = scan(zip, ['--region', 'US']);
    expect(report.files.find((f) => f.path === 'Videos.csv')).toMatchObject({ records: 1, notices: 1, items: 0 });
    expect(report.summary.categories.find((c) => c.id === 'media')!.total).toBe(1);
    const notes = report.warnings.filter((w) => w.file === 'Videos.csv');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^note: LinkedIn's notice that your videos or documents can be downloaded/);
  });

  it('a column listed under two spellings gives one detail', async () => {
    const zip = await writeZip({
      'Profile.csv': profile('Oslo, Norway'),
      'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n2024-09-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,Hello,https://example.org/a,,PUBLIC\n',
    });
    const post = scan(zip, ['--region', 'US']).items.find((i) => i.category === 'posts')!;
    expect(post.details).toEqual({ Visibility: 'PUBLIC', SharedUrl: 'https://example.org/a' });
  });

  it('a Basic archive alone says that posts, comments, articles and reactions come in the Complete archive', async () => {
    const zip = await writeZip({ 'Profile.csv': profile('Oslo, Norway'), 'Skills.csv': 'Name\nSQL\n' }, 'Basic_LinkedInDataExport_05-11-2026.zip');
    const out = runCli(['scan', zip, '--region', 'US']).stdout.replace(/\n/g, ' ');
    expect(out).toContain('This Basic archive holds no posts, comments, articles or reactions: they come in the Complete archive.');
    expect(out).not.toMatch(/No records for:/);
  });

  it('profile fields outside LinkedIn\'s list: unlikely in the EU, possible elsewhere; listed fields stay likely', async () => {
    const zip = await writeZip({ 'Profile.csv': profile('Oslo, Norway') });
    const eu = byTitle(scan(zip, ['--region', 'DE', '--as-of', '2026-11-30']), 'profile');
    const us = byTitle(scan(zip, ['--region', 'US', '--as-of', '2026-11-30']), 'profile');
    for (const field of ['Birth Date', 'Address', 'Zip Code', 'Instant Messengers', 'Twitter Handles', 'Websites', 'Maiden Name']) {
      expect([field, eu.get(field)!.exposure]).toEqual([field, 'unlikely']);
      expect([field, us.get(field)!.exposure]).toEqual([field, 'possible']);
    }
    for (const field of ['First Name', 'Headline', 'Summary', 'Geo Location']) {
      expect([field, eu.get(field)!.exposure, us.get(field)!.exposure]).toEqual([field, 'likely', 'likely']);
    }
  });

  it('EU member who opted out after 3 Nov 2025: older items are likely and may still be used in later training', async () => {
    const zip = await writeZip({
      'Profile.csv': profile('Oslo, Norway'),
      'Comments.csv': 'Date,Link,Message\n2025-06-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Old comment\n',
    });
    const late = scan(zip, ['--opted-out', '2025-12-01', '--as-of', '2026-11-30']);
    expect(late.context).toMatchObject({ region: 'EU', country: 'NO', regionName: 'Norway (EU, EEA and Switzerland)' });
    const comment = late.items.find((i) => i.category === 'comments')!;
    expect(comment.exposure).toBe('likely');
    expect(comment.reasons!.map((r) => r.text).join(' ')).toMatch(/may still be used in later training \(Italian and Luxembourg regulators' reading/);
    const early = scan(zip, ['--opted-out', '2025-10-01', '--as-of', '2026-11-30']).items.find((i) => i.category === 'comments')!;
    expect(early.exposure).toBe('unlikely');
    expect(early.reasons!.map((r) => r.text).join(' ')).not.toMatch(/later training/);
  });

  it('a member under 18 (2018-style birth date with a year): nothing used while a minor from 2025-09-17; what a minor wrote at most possible', async () => {
    const zip = await writeZip({
      'Profile.csv': profile('San Francisco Bay Area', 'Mar 5, 2008'),
      'Comments.csv':
        'Date,Link,Message\n' +
        '2025-10-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Written at 17\n' +
        '2026-04-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,Written at 18\n',
    });
    const report = scan(zip, ['--as-of', '2026-11-30']);
    expect(report.context!.birthYear).toBe(2008);
    const verdicts = new Map(report.items.filter((i) => i.category === 'comments').map((i) => [i.text, i.exposure]));
    expect(verdicts.get('Written at 17')).toBe('possible');
    expect(verdicts.get('Written at 18')).toBe('likely');
    // Opted out before turning 18: what was written in the excluded period is not used at all.
    const opted = scan(zip, ['--as-of', '2026-11-30', '--opted-out', '2026-01-01']).items.find((i) => i.text === 'Written at 17')!;
    expect(opted.exposure).toBe('unlikely');
    // Without a birth year nothing changes.
    const adult = await writeZip({ 'Profile.csv': profile('San Francisco Bay Area', 'Mar 5'), 'Comments.csv': 'Date,Link,Message\n2025-10-01 10:00:00,https://l/1,x\n' });
    expect(scan(adult, ['--as-of', '2026-11-30']).items.find((i) => i.category === 'comments')!.exposure).toBe('likely');
  });

  it('Mainland China: possible until the exclusion, unlikely after', async () => {
    const zip = await writeZip({
      'Profile.csv': profile('Shanghai, China'),
      'Comments.csv': 'Date,Link,Message\n2024-09-01 10:00:00,https://l/1,Before\n2025-03-01 10:00:00,https://l/2,After\n',
    });
    const report = scan(zip, ['--as-of', '2026-11-30']);
    expect(report.context).toMatchObject({ region: 'CN', regionName: 'China (Mainland China)' });
    const verdicts = new Map(report.items.filter((i) => i.category === 'comments').map((i) => [i.text, i.exposure]));
    expect([verdicts.get('Before'), verdicts.get('After')]).toEqual(['possible', 'unlikely']);
  });

  it('the header names the region in words', async () => {
    const zip = await writeZip({ 'Profile.csv': profile('Oslo, Norway') });
    expect(runCli(['scan', zip, '--region', 'US']).stdout).toMatch(/^Region: United States \(other regions\) \(--region US\)/m);
    expect(runCli(['scan', zip, '--region', 'DEU']).stdout).toMatch(/^Region: Germany \(EU, EEA and Switzerland\) \(--region DEU\)/m);
  });
});
