// The other activity files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { describeRow, joinNonEmpty, section } from './spec.js';
import type { DateParser } from '../text/export-dates.js';
import { eventRange, isoLike, javaDate, slashYmd, usMonthDayYear } from '../text/export-dates.js';

/** Activity files whose last column is free text (see CsvFileSpec.freeTextLast). */
const ACTIVITY_FREE_TEXT_LAST: Record<string, string[]> = {
  'search-queries': ['Search Query'],
  'member-follows': ['FullName'],
};


export const ACTIVITY_SPECS: CsvFileSpec[] = [
  ...(
    [
      ['company-follows', 'Company follows', ['company_follows'], [['Organization', 'Followed On']], ['Followed On'], javaDate, ['Organization']],
      ['member-follows', 'Member follows', ['member_follows'], [['Date', 'FullName'], ['Date', 'Status']], ['Date'], isoLike, ['FullName', 'Status']],
      ['hashtag-follows', 'Hashtag follows', ['hashtag_follows'], [['HashTag', 'State'], ['HashTag']], ['CreatedTime'], isoLike, ['HashTag', 'State']],
      ['member-hashtags', 'Hashtags you post about', ['member_hashtags'], [['Member Posts About Hashtags']], [], undefined, ['Member Posts About Hashtags']],
      ['saved-items', 'Saved items', ['saved_items'], [['savedItem']], ['CreatedTime', 'createdTime'], isoLike, ['savedItem']],
      ['search-queries', 'Search queries', ['searchqueries', 'search_queries'], [['Search Query']], ['Time'], slashYmd, ['Search Query']],
      ['events', 'Events', ['events'], [['Event Name', 'Event Time'], ['Event Name']], ['Event Time'], eventRange, ['Event Name', 'Status']],
      ['learning', 'LinkedIn Learning history', ['learning'], [['Content Title', 'Content Type'], ['Content Title']], ['Content Last Watched Date (if viewed)', 'Content Completed At (if completed)'], isoLike, ['Content Title', 'Content Type']],
      ['saved-jobs', 'Saved jobs', ['saved_jobs'], [['Saved Date', 'Job Url'], ['Job Title', 'Company Name', 'Job Url']], ['Saved Date'], usMonthDayYear, ['Job Title', 'Company Name']],
      ['saved-job-alerts', 'Saved job alerts', ['savedjobalerts', 'saved_job_alerts'], [['ALERT_PARAMETERS'], ['Saved Search Date'], ['Jobs Search Url']], ['Saved Search Date'], usMonthDayYear, []],
      ['job-seeker-preferences', 'Job seeker preferences', ['job_seeker_preferences'], [['Locations', 'Industries'], ['Open To Recruiters']], [], undefined, []],
      ['reviews', 'Reviews', ['reviews'], [['Reviewee', 'Review Type'], ['Review Text']], ['Creation Date'], usMonthDayYear, []],
      ['online-job-postings', 'Job postings you published', ['online_job_postings'], [['Company Name', 'Job Description'], ['Job State']], ['Create Date'], usMonthDayYear, ['Title', 'Company Name']],
      ['marketplace-providers', 'Services Marketplace: provider profile', ['providers'], [['Marketplace Type'], ['Creation Time']], ['Creation Time'], usMonthDayYear, []],
      ['marketplace-engagements', 'Services Marketplace: engagements', ['engagements'], [['Marketplace Type', 'Body'], ['Creation Time']], ['Creation Time'], usMonthDayYear, []],
      ['marketplace-opportunities', 'Services Marketplace: opportunities', ['opprtunities', 'opportunities'], [['Marketplace Type', 'Service Category'], ['Creation Time']], ['Creation Time'], usMonthDayYear, []],
    ] as Array<[string, string, string[], string[][], string[], DateParser | undefined, string[]]>
  ).map(([type, label, names, signatures, dateColumns, parseDate, textColumns]) =>
    section({ type, label, category: 'activity', names, signatures, dateColumns: dateColumns.length ? dateColumns : undefined, parseDate, freeTextLast: ACTIVITY_FREE_TEXT_LAST[type] }, (row) => ({
      text: textColumns.length ? joinNonEmpty(textColumns.map((c) => row.get(c))) : describeRow(row),
    })),
  ),
];
