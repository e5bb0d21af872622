import { describe, expect, it } from 'vitest';
import { utf16le, writeFolder, writeZip } from '../../helpers/archive.js';
import { category, file, scan } from '../../helpers/scan.js';

const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const PROFILE_HEADER =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n';

describe('reading an export', () => {
  it('finds the Connections header after the Notes preamble and counts phantom rows', async () => {
    const zip = await writeZip({
      'Connections.csv':
        PREAMBLE +
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Jane,Doe,https://www.linkedin.com/in/jane,,Acme,CEO,16 Dec 2024\n' +
        ',,,,,,15 Dec 2024\n' +
        ',,,,,,\n' +
        'Ola,Nordmann,https://www.linkedin.com/in/ola,,Foo,Dev,01 Jan 2020', // no final newline
    });
    const report = await scan(zip);
    expect(file(report, 'Connections.csv')).toMatchObject({ recognized: true, category: 'connections', records: 4, emptyRecords: 1 });
    expect(category(report, 'connections')).toMatchObject({ total: 3, listed: 0, private: true });
    expect(report.items.filter((i) => i.category === 'connections')).toHaveLength(0);

    const withAll = await scan(zip, true);
    const items = withAll.items.filter((i) => i.category === 'connections');
    expect(items.map((i) => i.date)).toEqual(['2024-12-16T00:00:00Z', '2024-12-15T00:00:00Z', '2020-01-01T00:00:00Z']);
    expect(items[0]!.source).toEqual({ file: 'Connections.csv', line: 5, archive: 0 });
  });

  it('normalises a re-zipped archive: top folder, __MACOSX, .DS_Store, member-ID suffix, split parts', async () => {
    const top = 'Complete_LinkedInDataExport_05-12-2026/';
    const savedJobs = (n: number, from: number) =>
      'Saved Date,Job Url,Job Title,Company Name\n' +
      Array.from({ length: n }, (_, i) => `"5/${(i % 28) + 1}/26, 9:0${i % 10} AM",http://www.linkedin.com/jobs/view/${from + i},Engineer ${from + i},Acme\n`).join('');
    const zip = await writeZip({
      [`${top}Comments_12345678.csv`]: 'Date,Link,Message\r\n2026-05-11 05:34:03,https://l/1,"a \\"quoted\\" word"\r\n2026-05-10 05:34:03,https://l/2,plain\r\n',
      [`${top}Jobs/Saved Jobs.csv`]: savedJobs(3, 0),
      [`${top}Jobs/Saved Jobs_1.csv`]: savedJobs(200, 100),
      [`${top}Jobs/Saved Jobs_2.csv`]: savedJobs(47, 400),
      [`__MACOSX/${top}._Comments_12345678.csv`]: 'junk',
      [`${top}.DS_Store`]: 'junk',
    });
    const report = await scan(zip);
    expect(report.files.map((f) => f.path).sort()).toEqual(['Comments_12345678.csv', 'Jobs/Saved Jobs.csv', 'Jobs/Saved Jobs_1.csv', 'Jobs/Saved Jobs_2.csv']);
    expect(file(report, 'Comments_12345678.csv')).toMatchObject({ memberId: '12345678', records: 2, category: 'comments' });
    expect(file(report, 'Jobs/Saved Jobs_2.csv')).toMatchObject({ part: 2, records: 47 });
    const activity = category(report, 'activity');
    expect(activity.total).toBe(250);
    expect(activity.fileGroups).toEqual([{ fileType: 'saved-jobs', label: 'Saved jobs', records: 250, files: 3 }]);
    expect(report.items.find((i) => i.url === 'https://l/1')!.text).toBe('a "quoted" word');
    expect(report.archives[0]).toMatchObject({ exportDate: '2026-05-12', variant: 'Complete' });
  });

  it('reads 2018 UTF-16LE TAB-separated files by header name', async () => {
    const shares =
      '"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t"Media URL"\t"Type"\t"Visibility"\r\n' +
      '"2018/08/18 17:16:55 UTC"\t""\t""\t"https://www.linkedin.com/updates?topic=1"\t"Hello from 2018, with a comma"\t""\t""\t"Homepage"\t"Public"\r\n';
    const zip = await writeZip({ 'Shares.csv': utf16le(shares), 'Logins.csv': utf16le('"Login Date"\t"IP Address"\t"User Agent"\t"Login Type"\r\n"2018/08/18 17:16:55 UTC"\t"1.2.3.4"\t"UA"\t"Website Login"\r\n') });
    const report = await scan(zip);
    expect(file(report, 'Shares.csv')).toMatchObject({ encoding: 'utf-16le', records: 1, recognized: true });
    const post = report.items.find((i) => i.category === 'posts')!;
    expect(post).toMatchObject({ date: '2018-08-18T17:16:55Z', text: 'Hello from 2018, with a comma', url: 'https://www.linkedin.com/updates?topic=1' });
    expect(post.details).toMatchObject({ Visibility: 'Public', Type: 'Homepage' });
    expect(category(report, 'account').total).toBe(1);
  });

  it('unwraps per-line quoted multi-line posts in Shares.csv', async () => {
    const zip = await writeZip({
      'Shares.csv':
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n' +
        '2026-04-02 22:25:49,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"First paragraph.""\r\n""""\r\n""Second paragraph with a ""quoted"" word.""\r\n""""\r\n""Last paragraph.","","",MEMBER_NETWORK\r\n' +
        '2026-04-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,"He said ""yes"".",,,MEMBER_NETWORK\r\n',
    });
    const report = await scan(zip);
    const posts = report.items.filter((i) => i.category === 'posts');
    expect(posts.map((p) => p.text)).toEqual(['First paragraph.\n\nSecond paragraph with a "quoted" word.\n\nLast paragraph.', 'He said "yes".']);
    expect(posts.map((p) => p.source.line)).toEqual([2, 7]);
  });

  it('makes one profile item per non-empty field and counts blank records separately', async () => {
    const zip = await writeZip({
      'Profile.csv': '\uFEFF' + PROFILE_HEADER + 'Jane,Doe,,,Jan 1,Data person,,Software,,"Lyon, Auvergne-Rhone-Alpes, France",,[PERSONAL:https://example.org],\n',
      'Profile Summary.csv': 'Profile Summary\n\n',
    });
    const report = await scan(zip);
    expect(category(report, 'profile').total).toBe(7);
    expect(report.items.filter((i) => i.category === 'profile').map((i) => i.title)).toEqual([
      'First Name', 'Last Name', 'Birth Date', 'Headline', 'Industry', 'Geo Location', 'Websites',
    ]);
    expect(file(report, 'Profile Summary.csv')).toMatchObject({ records: 1, emptyRecords: 1, items: 0 });
  });

  it('keeps repeated header names and reads a trailing-comma header', async () => {
    const zip = await writeZip({
      'Ad_Targeting.csv': 'Member Age,Company Names,Company Names,Job Titles,Job Titles\n35 to 54,Acme,Globex,Engineer,Manager\n',
      'Learning.csv':
        'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\n' +
        'Course A,"Line one\nLine two",Course,2026-05-05 20:55 UTC,N/A,false,,\n',
    });
    const report = await scan(zip);
    const ad = report.items.find((i) => i.category === 'ads-and-inferences')!;
    expect(ad.text).toContain('Company Names#2: Globex');
    expect(ad.text).toContain('Job Titles#2: Manager');
    const learning = report.items.find((i) => i.source.file === 'Learning.csv')!;
    expect(learning.date).toBe('2026-05-05T20:55:00Z');
    expect(report.warnings).toEqual([]);
  });

  it('lists unknown files with their record count and recognises a renamed file by its header', async () => {
    const folder = await writeFolder({
      'Mystery Data.csv': 'Alpha,Beta\n1,2\n3,4\n',
      'my comments copy.csv': 'Date,Link,Message\n2025-02-02 10:00:00,https://l,hello\n',
      'notes.pdf': '%PDF-1.4',
      'Profile.csv': PROFILE_HEADER + 'Jane,Doe,,,,,,,,,,,\n',
    });
    const report = await scan(folder);
    expect(file(report, 'Mystery Data.csv')).toMatchObject({ recognized: false, records: 2, category: null });
    expect(file(report, 'my comments copy.csv')).toMatchObject({ recognized: true, matchedBy: 'header', category: 'comments' });
    expect(file(report, 'notes.pdf')).toMatchObject({ recognized: false });
    expect(report.warnings.map((w) => w.file)).toEqual(expect.arrayContaining(['Mystery Data.csv', 'notes.pdf']));
  });

  it('header-only files are normal: 0 records, no warning', async () => {
    const report = await scan(
      await writeZip({
        'guide_messages.csv': 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n',
        'Skills.csv': 'Name\nTypeScript\n',
      }),
    );
    expect(file(report, 'guide_messages.csv')).toMatchObject({ recognized: true, records: 0 });
    expect(report.warnings).toEqual([]);
  });

  it('counts all-quoted 2026 messages with multi-line contents but does not copy them by default', async () => {
    const header = '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\r\n';
    const row = (i: number) => `"2-abc${i}==","","Jane Doe","https://www.linkedin.com/in/jane","Ola Nordmann","https://www.linkedin.com/in/ola","2026-05-11 14:56:48 UTC","","Hi ${i},\nsecond line\r\nthird ""quoted""","INBOX",""\r\n`;
    const zip = await writeZip({ 'messages.csv': header + row(1) + row(2) + row(3) });
    const report = await scan(zip);
    expect(category(report, 'messages')).toMatchObject({ total: 3, listed: 0 });
    expect(JSON.stringify(report)).not.toContain('second line');
    const all = await scan(zip, true);
    expect(all.items.filter((i) => i.category === 'messages').map((i) => i.text)).toEqual([1, 2, 3].map((i) => `Hi ${i},\nsecond line\r\nthird "quoted"`));
  });

  it('reads articles of both layouts, drafts without a published date', async () => {
    const article = (title: string, published: string) =>
      `<html><head><title>${title}</title><style>body{}</style></head><body><h1><a href="https://www.linkedin.com/pulse/slug">${title}</a></h1>` +
      `<p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on ${published}</p><div><p>Body &amp; more</p><p>Next</p></div></body></html>`;
    const zip = await writeZip({
      'Articles/Articles/slug-abcde.html': article('Hello', '2024-09-01 20:31'),
      'Articles/Articles/2024-11-26 23:56:48.0-Draft.html': article('Draft', '---'),
    });
    const report = await scan(zip);
    const articles = report.items.filter((i) => i.category === 'articles');
    expect(articles).toHaveLength(2);
    const draft = articles.find((a) => a.title === 'Draft')!;
    expect(draft.details).toMatchObject({ Published: 'not published (draft)', Created: '2024-09-01T19:35:00Z' });
    const published = articles.find((a) => a.title === 'Hello')!;
    expect(published).toMatchObject({ date: '2024-09-01T20:31:00Z', text: 'Body & more\n\nNext', url: 'https://www.linkedin.com/pulse/slug' });
  });

  it('merges a Basic and a Complete archive of the same export without double counting', async () => {
    const profile = PROFILE_HEADER + 'Jane,Doe,,,,Headline,,,,,,,\n';
    const skills = 'Name\nTypeScript\nRust\n';
    const dir = await (await import('../../helpers/archive.js')).tempDir();
    const basic = await writeZip({ 'Profile.csv': profile, 'Skills.csv': skills }, 'Basic_LinkedInDataExport_05-11-2026.zip', dir);
    const complete = await writeZip(
      { 'Profile.csv': profile, 'Skills.csv': skills, 'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-01-01 10:00:00,https://l,Hi,,,MEMBER_NETWORK\n' },
      'Complete_LinkedInDataExport_05-12-2026.zip',
      dir,
    );
    const report = await scan([basic, complete]);
    expect(category(report, 'skills').total).toBe(2);
    expect(category(report, 'profile').total).toBe(3);
    expect(category(report, 'posts').total).toBe(1);
    const dupes = report.files.filter((f) => f.duplicateOf);
    expect(dupes.map((f) => [f.archive, f.path])).toEqual([[0, 'Profile.csv'], [0, 'Skills.csv']]);
    expect(report.items.every((i) => i.source.archive === 1)).toBe(true);
  });

  it('decodes a windows-1252 file with a warning instead of garbling it', async () => {
    const bytes = Buffer.concat([Buffer.from('Name\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from('\n')]);
    const report = await scan(await writeZip({ 'Skills.csv': bytes }));
    expect(report.items[0]!.text).toBe('Café');
    expect(file(report, 'Skills.csv').encoding).toBe('windows-1252');
    expect(report.warnings.some((w) => w.file === 'Skills.csv' && /windows-1252/.test(w.message))).toBe(true);
  });

  it('keeps an item whose date cannot be parsed, with a warning naming file, line and column', async () => {
    const report = await scan(await writeZip({ 'Comments.csv': 'Date,Link,Message\nsoon,https://l,hello\n' }));
    expect(report.items[0]).toMatchObject({ date: null, text: 'hello' });
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'Comments.csv', line: 2, message: 'column Date: not a date like 2026-05-11 15:17:30; kept without a date' })]);
  });

  it('lists LearningCoachMessages.csv (a text blob, not CSV) as chats with LinkedIn AI: one item per message, its own date and side', async () => {
    const blob =
      'conversation: 1b7c\ntimestamp: 1761387231918\nuser: How do I negotiate?\ncoach: Start with your range.\nsecond line\ntimestamp: 1761387299999\nuser: Thanks\n\n' +
      'conversation: 2c8d\ntimestamp: 1761387399999\nuser: REDACTED\n';
    const report = await scan(await writeZip({ 'LearningCoachMessages.csv': blob }));
    expect(file(report, 'LearningCoachMessages.csv')).toMatchObject({ recognized: true, records: 2, category: 'ai-conversations', items: 4 });
    expect(category(report, 'ai-conversations')).toMatchObject({ total: 4, listed: 4, private: false });
    const items = report.items.filter((i) => i.category === 'ai-conversations');
    expect(items.map((i) => [i.text, i.details?.Side, i.date, i.source.line])).toEqual([
      ['How do I negotiate?', 'you', '2025-10-25T10:13:51.918Z', 3],
      ['Start with your range.\nsecond line', 'LinkedIn AI', '2025-10-25T10:13:51.918Z', 4],
      ['Thanks', 'you', '2025-10-25T10:14:59.999Z', 7],
      ['REDACTED', 'you', '2025-10-25T10:16:39.999Z', 11],
    ]);
    expect(category(report, 'messages').total).toBe(0);
  });

  it('takes a line whose label is an inherited property name ("constructor:", "toString:") as text of the message before it', async () => {
    const blob = 'conversation: 1b7c\ntimestamp: 1761387231918\nuser: Hello\nconstructor: not a speaker\ntoString: nor this\n__proto__: nor this\n';
    const report = await scan(await writeZip({ 'LearningCoachMessages.csv': blob }));
    const items = report.items.filter((i) => i.category === 'ai-conversations');
    expect(items.map((i) => [i.text, i.details?.Side])).toEqual([['Hello\nconstructor: not a speaker\ntoString: nor this\n__proto__: nor this', 'you']]);
  });

  it('lists guide and coach message files as chats with LinkedIn AI, with the side from the member\'s name', async () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';
    const report = await scan(
      await writeZip({
        'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nÅse,Berg,Engineer,"Oslo, Norway"\n',
        'guide_messages.csv': header + 'c1,,Åse Berg,,Guide,,2025-03-04 08:30:00 UTC,,Find jobs,INBOX\nc1,,Guide,,Åse Berg,,2025-03-04 08:30:09 UTC,,Here are jobs,INBOX\n',
        'messages.csv': header + 'm1,,Åse Berg,,Kari,,2025-03-04 08:30:00 UTC,,private hello,INBOX\n',
      }),
    );
    expect(category(report, 'ai-conversations')).toMatchObject({ total: 2, listed: 2 });
    const chats = report.items.filter((i) => i.category === 'ai-conversations');
    expect(chats.map((i) => [i.text, i.details?.Side])).toEqual([['Find jobs', 'you'], ['Here are jobs', 'LinkedIn AI']]);
    // Member-to-member messages stay private: counted, never listed.
    expect(category(report, 'messages')).toMatchObject({ total: 1, listed: 0, private: true });
    expect(report.items.some((i) => i.text.includes('private hello'))).toBe(false);
  });
});

describe('posts without text', () => {
  it('say what was shared instead of dumping the raw record', async () => {
    const report = await scan(
      await writeZip({
        'Shares.csv':
          'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
          '2025-01-01 10:00:00,https://l/1,,https://example.org/a,,MEMBER_NETWORK\n' +
          '2025-01-02 10:00:00,https://l/2,"",,https://media.licdn.com/x,MEMBER_NETWORK\n' +
          '2025-01-03 10:00:00,https://l/3,,,,MEMBER_NETWORK\n',
      }),
    );
    expect(report.items.map((i) => i.text)).toEqual([
      '(no text) shared https://example.org/a',
      '(no text) shared a photo, video or document',
      '(post without text)',
    ]);
  });
});

describe('split parts', () => {
  it('are read in numeric order (_2 before _10)', async () => {
    const part = (n: number) => `Question,Answer\nQ${n},A${n}\n`;
    const files: Record<string, string> = {};
    for (const n of [1, 2, 10, 11]) files[`Job Applicant Saved Screening Question Responses_${n}.csv`] = part(n);
    const report = await scan(await writeZip(files));
    expect(report.items.map((i) => i.title)).toEqual(['Q1', 'Q2', 'Q10', 'Q11']);
  });
});

describe('progress', () => {
  it('reports records read so far inside large files, on both reading paths', async () => {
    const { scan } = await import('../../../src/scan/scan.js');
    const skills = 'Name\n' + Array.from({ length: 25_000 }, (_, i) => `Skill ${i}\n`).join('');
    const connections = 'First Name,Last Name,Connected On\n' + Array.from({ length: 25_000 }, (_, i) => `Jane ${i},Doe,16 Dec 2024\n`).join('');
    const zip = await writeZip({ 'Skills.csv': skills, 'Connections.csv': connections });
    const seen: Array<[string, number]> = [];
    await scan([zip], {
      toolVersion: 'test',
      countOnly: new Set(['connections']),
      onProgress: (p) => seen.push([p.file, p.records]),
    });
    for (const file of ['Skills.csv', 'Connections.csv']) {
      const counts = seen.filter(([f]) => f === file).map(([, n]) => n);
      expect(counts.length, file).toBeGreaterThan(2);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(new Set(counts).size).toBeGreaterThan(2);
    }
  });
});
