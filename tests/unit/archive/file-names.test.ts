import { describe, expect, it } from 'vitest';
import { fileKey } from '../../../src/linkedin/file-key.js';
import { classifyEntryName, stripCommonTopFolder } from '../../../src/archive/entry-names.js';
import { parseArchiveName } from '../../../src/archive/archive-name.js';

describe('fileKey', () => {
  it.each([
    ['Comments_12345678.csv', 'comments', '12345678', null],
    ['Hashtag_Follows_1234567890.csv', 'hashtag_follows', '1234567890', null],
    ['Jobs/Saved Jobs_2.csv', 'saved_jobs', null, 2],
    ['Job Applicant Saved Screening Question Responses_5.csv', 'job_applicant_saved_screening_question_responses', null, 5],
    ['Receipts_v2.csv', 'receipts_v2', null, null],
    ['Phone Numbers.csv', 'phone_numbers', null, null],
    ['messages.csv', 'messages', null, null],
    ['Rich Media.csv', 'rich_media', null, null],
    ['Shares (1).csv', 'shares', null, null],
    ['Endorsement_Received_Info.csv', 'endorsement_received_info', null, null],
  ])('%s -> %s', (path, key, memberId, part) => {
    expect(fileKey(path)).toMatchObject({ key, memberId, part });
  });
});

describe('entry names', () => {
  it('ignores macOS junk and refuses unsafe names', () => {
    expect(classifyEntryName('__MACOSX/._Shares.csv').kind).toBe('junk');
    expect(classifyEntryName('Export/.DS_Store').kind).toBe('junk');
    expect(classifyEntryName('../../x.csv')).toEqual({ kind: 'unsafe', reason: 'path traversal (..)' });
    expect(classifyEntryName('/abs/Shares.csv').kind).toBe('unsafe');
    expect(classifyEntryName('Export\\Shares.csv')).toEqual({ kind: 'file', path: 'Export/Shares.csv' });
  });

  it('strips one wrapping folder but never a LinkedIn subfolder', () => {
    const strip = stripCommonTopFolder(['Top/Shares.csv', 'Top/Articles/Articles/a.html']);
    expect(strip('Top/Articles/Articles/a.html')).toBe('Articles/Articles/a.html');
    const keep = stripCommonTopFolder(['Articles/Articles/a.html', 'Articles/Articles/b.html']);
    expect(keep('Articles/Articles/a.html')).toBe('Articles/Articles/a.html');
    const mixed = stripCommonTopFolder(['Shares.csv', 'Jobs/Saved Jobs.csv']);
    expect(mixed('Jobs/Saved Jobs.csv')).toBe('Jobs/Saved Jobs.csv');
  });
});

describe('parseArchiveName', () => {
  it.each([
    ['Complete_LinkedInDataExport_05-12-2026.zip', 'Complete', '2026-05-12'],
    ['/home/u/Basic_LinkedInDataExport_11-29-2025.zip.zip', 'Basic', '2025-11-29'],
    ['Complete_LinkedInDataExport_11-06-2025.zip (1).zip', 'Complete', '2025-11-06'],
    ['/tmp/Complete_LinkedInDataExport_05-12-2026.zip/', 'Complete', '2026-05-12'],
    ['my-export.zip', null, null],
  ])('%s', (path, variant, exportDate) => {
    expect(parseArchiveName(path)).toEqual({ variant, exportDate });
  });
});
