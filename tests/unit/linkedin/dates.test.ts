import { describe, expect, it } from 'vitest';
import {
  dayMonthYear, epochMillis, eventRange, isoLike, javaDate, monthDayYear, monthYear, parseDateWith, richMediaSentence, slashYmd, usMonthDayYear, isMissingDate,
} from '../../../src/linkedin/text/export-dates.js';

describe('per-file date parsers (docs/export-format.md, "Dates")', () => {
  it.each([
    [dayMonthYear, '16 Dec 2024', '2024-12-16T00:00:00Z'],
    [usMonthDayYear, '5/11/26, 5:37 AM', '2026-05-11T05:37:00Z'],
    [usMonthDayYear, '04/15/24, 09:25 PM', '2024-04-15T21:25:00Z'],
    [usMonthDayYear, '11/26/24 01:32 PM UTC', '2024-11-26T13:32:00Z'],
    [usMonthDayYear, '1/8/18, 12:14 AM', '2018-01-08T00:14:00Z'],
    [usMonthDayYear, '1/14/2020 12:13', '2020-01-14T12:13:00Z'],
    [isoLike, '2026-05-11 14:56:48 UTC', '2026-05-11T14:56:48Z'],
    [isoLike, '2026-05-11 15:17:30', '2026-05-11T15:17:30Z'],
    [isoLike, '2026-05-05 20:55 UTC', '2026-05-05T20:55:00Z'],
    [isoLike, '2024-11-13', '2024-11-13T00:00:00Z'],
    [isoLike, '2019-11-06T02:08:20', '2019-11-06T02:08:20Z'],
    [slashYmd, '2024/12/07 14:51:07 UTC', '2024-12-07T14:51:07Z'],
    [slashYmd, '2025/10/09', '2025-10-09T00:00:00Z'],
    [javaDate, 'Tue May 21 19:48:24 UTC 2024', '2024-05-21T19:48:24Z'],
    [monthYear, 'Aug 2025', '2025-08-01T00:00:00Z'],
    [monthYear, '2019', '2019-01-01T00:00:00Z'],
    [monthDayYear, 'Apr 3, 2023', '2023-04-03T00:00:00Z'],
    [eventRange, 'Sep 13, 2023 01:00 PM - Sep 13, 2023 02:00 PM', '2023-09-13T13:00:00Z'],
    [richMediaSentence, 'You uploaded a feed photo on April 27, 2026 at 9:49 AM (GMT)', '2026-04-27T09:49:00Z'],
    [epochMillis, '1761387231918', '2025-10-25T10:13:51.918Z'],
    [dayMonthYear, '4-Apr-21', '2021-04-04T00:00:00Z'],
  ])('%o %s', (parser, raw, expected) => {
    expect(parser(raw)).toBe(expected);
  });

  it('rejects impossible dates and foreign formats', () => {
    expect(isoLike('2026-02-31 10:00:00')).toBeNull();
    expect(usMonthDayYear('13/01/24, 1:00 PM')).toBeNull();
    expect(dayMonthYear('16 Foo 2024')).toBeNull();
  });

  it('falls back to the other known formats (Excel re-saves)', () => {
    expect(parseDateWith(isoLike, '1/14/2020 12:13')).toBe('2020-01-14T12:13:00Z');
    expect(parseDateWith(isoLike, 'yesterday')).toBeNull();
  });

  it('knows what "no date" looks like', () => {
    expect(isMissingDate('N/A')).toBe(true);
    expect(isMissingDate(' ')).toBe(true);
    expect(isMissingDate('2020')).toBe(false);
  });
});

describe('the fast path for YYYY-MM-DD HH:MM:SS agrees with the general parser', () => {
  it.each(['2024-02-29 23:59:59', '2023-02-29 10:00:00', '2026-04-31 00:00:00', '2026-13-01 00:00:00', '2026-05-11 24:00:00', '2026-05-11 15:17:30', '1999-12-31 00:00:00'])('%s', (raw) => {
    const expected = (() => {
      const d = new Date(raw.replace(' ', 'T') + 'Z');
      return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 19) !== raw.replace(' ', 'T') ? null : raw.replace(' ', 'T') + 'Z';
    })();
    expect(isoLike(raw)).toBe(expected);
  });
});
