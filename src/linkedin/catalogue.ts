// What li-exposure knows about each file of a LinkedIn export: which names it goes by, how to
// recognise its header, which category it feeds, its date format, and how a record becomes an
// item. Facts and evidence: ../shared/reference/linkedin-export-format.md §3.
import type { CategoryId } from '../model/report.js';
import type { DateParser } from './text/export-dates.js';
import {
  dayMonthYear,
  eventRange,
  isoLike,
  javaDate,
  monthDayYear,
  monthYear,
  richMediaSentence,
  slashYmd,
  usMonthDayYear,
} from './text/export-dates.js';
import type { Header, Row } from './csv/row.js';
import { hasColumns, normaliseHeaderName } from './csv/row.js';

export interface ItemDraft {
  /** Raw date text; parsed with the file's date parser. */
  date?: string;
  title?: string | null;
  text: string;
  url?: string | null;
  details?: Record<string, string>;
  /** Distinguishes several items made from one record (profile fields). */
  field?: string;
  /**
   * Set when the record is LinkedIn's own notice, not member data (a "videos can be downloaded
   * at <settings URL>" row): no item is made and the record is not counted in the category; the
   * reader notes it once per file with this text.
   */
  notice?: string;
}

export interface CsvFileSpec {
  type: string;
  label: string;
  category: CategoryId;
  /** Normalised name keys (see file-key.ts). */
  names: string[];
  /** Header row detection: the row must contain every column of one of these sets. */
  signatures: string[][];
  dateColumns?: string[];
  parseDate?: DateParser;
  /**
   * Columns of free text (search queries, messages): when the header's last column is one of
   * them, a record with more fields than the header holds unquoted delimiters in that text, and
   * the extra fields are joined back into it.
   */
  freeTextLast?: string[];
  /** Multi-line ShareCommentary values are wrapped per line in quotes (§4.4a). */
  unwrapPerLineQuotes?: string[];
  toItems(row: Row): ItemDraft[];
}

const one = (draft: ItemDraft | null): ItemDraft[] => (draft ? [draft] : []);

/**
 * 2018 Videos.csv and 2022-2024 Rich Media.csv can hold only LinkedIn's notice that the media
 * "can be downloaded at" a settings page: no date, no member text. Not the member's content.
 */
export const DOWNLOAD_NOTICE =
  "LinkedIn's notice that your videos or documents can be downloaded from your settings, not content of yours: not counted";

function isDownloadNotice(label: string, link: string): boolean {
  if (!/\bcan be downloaded\b/i.test(label)) return false;
  try {
    const u = new URL(link);
    return u.protocol === 'https:' && /(^|\.)linkedin\.com$/i.test(u.hostname);
  } catch {
    return false;
  }
}

/** "Header: value; Header: value" for records that have no obvious text column. */
export function describeRow(row: Row): string {
  return row
    .entries()
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function details(row: Row, columns: string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  // Spellings of one column (SharedUrl / SharedURL) resolve to the same cell: one detail each.
  const seen = new Set<string>();
  for (const column of columns) {
    const norm = normaliseHeaderName(column);
    if (seen.has(norm)) continue;
    seen.add(norm);
    const value = row.get(column);
    if (value) out[column] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function joinNonEmpty(parts: Array<string | null | undefined>, separator = ' · '): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(separator);
}

function personName(row: Row, first: string, last: string): string {
  return joinNonEmpty([row.get(first), row.get(last)], ' ');
}

/** A generic spec: text from the given columns, everything else as a description. */
function section(
  base: Omit<CsvFileSpec, 'toItems'>,
  build: (row: Row) => { title?: string; text?: string; url?: string; details?: string[]; date?: string; notice?: string },
): CsvFileSpec {
  return {
    ...base,
    toItems(row) {
      const built = build(row);
      const text = built.text && built.text.trim() !== '' ? built.text : describeRow(row);
      return one({
        date: built.date ?? (base.dateColumns ? row.get(...base.dateColumns) : undefined),
        title: built.title || null,
        text,
        url: built.url || null,
        details: built.details ? details(row, built.details) : undefined,
        ...(built.notice ? { notice: built.notice } : {}),
      });
    },
  };
}

/** Activity files whose last column is free text (see CsvFileSpec.freeTextLast). */
const ACTIVITY_FREE_TEXT_LAST: Record<string, string[]> = {
  'search-queries': ['Search Query'],
  'member-follows': ['FullName'],
};

export const CSV_FILE_SPECS: CsvFileSpec[] = [
  // --- Content -------------------------------------------------------------------------------
  section(
    {
      type: 'shares',
      label: 'Shares (posts)',
      category: 'posts',
      names: ['shares'],
      signatures: [['Date', 'ShareCommentary'], ['Date', 'Share Commentary'], ['Date', 'ShareLink']],
      dateColumns: ['Date'],
      parseDate: isoLike,
      unwrapPerLineQuotes: ['ShareCommentary', 'Share Commentary'],
    },
    (row) => ({
      text:
        row.get('ShareCommentary', 'Share Commentary', 'Share Description', 'Share Title') ||
        (row.get('SharedUrl', 'SharedURL', 'Shared URL') ? `(no text) shared ${row.get('SharedUrl', 'SharedURL', 'Shared URL')}` : '') ||
        (row.get('MediaUrl', 'MediaURL', 'Media URL') ? '(no text) shared a photo, video or document' : '(post without text)'),
      url: row.get('ShareLink', 'Share Link'),
      details: ['Visibility', 'SharedUrl', 'SharedURL', 'Shared URL', 'MediaUrl', 'MediaURL', 'Media URL', 'Share Title', 'Type'],
    }),
  ),
  section(
    {
      type: 'comments',
      label: 'Comments',
      category: 'comments',
      names: ['comments'],
      signatures: [['Date', 'Link', 'Message']],
      dateColumns: ['Date'],
      parseDate: isoLike,
      freeTextLast: ['Message'],
    },
    (row) => ({ text: row.get('Message'), url: row.get('Link') }),
  ),
  section(
    {
      type: 'instant-reposts',
      label: 'Instant reposts',
      category: 'reposts',
      names: ['instantreposts', 'instant_reposts', 'reposts'],
      signatures: [['Date', 'Link']],
      dateColumns: ['Date'],
      parseDate: isoLike,
    },
    (row) => ({ text: `Reposted ${row.get('Link')}`, url: row.get('Link') }),
  ),
  section(
    {
      type: 'votes',
      label: 'Poll votes',
      category: 'poll-votes',
      names: ['votes'],
      signatures: [['Date', 'Link', 'OptionText'], ['Date', 'Link']],
      dateColumns: ['Date'],
      parseDate: isoLike,
      freeTextLast: ['OptionText'],
    },
    (row) => ({ text: row.get('OptionText') ? `Voted "${row.get('OptionText')}"` : 'Poll vote', url: row.get('Link') }),
  ),
  section(
    {
      type: 'reactions',
      label: 'Reactions',
      category: 'reactions',
      names: ['reactions'],
      signatures: [['Date', 'Type', 'Link']],
      dateColumns: ['Date'],
      parseDate: isoLike,
    },
    (row) => ({ text: `${row.get('Type') || 'Reaction'} on ${row.get('Link')}`, url: row.get('Link'), details: ['Type'] }),
  ),
  section(
    {
      type: 'rich-media',
      label: 'Rich media (photos, videos, documents)',
      category: 'media',
      names: ['rich_media', 'richmedia'],
      signatures: [['Date/Time', 'Media Link'], ['Media Description', 'Media Link']],
      dateColumns: ['Date/Time'],
      parseDate: richMediaSentence,
    },
    (row) => {
      const description = row.get('Media Description').replace(/^"/, '');
      return {
        title: row.get('Date/Time').replace(/\s+on\s+.*$/, ''),
        text: description === '-' ? row.get('Date/Time') : description,
        url: row.get('Media Link'),
      };
    },
  ),
  section(
    {
      type: 'rich-media-placeholder',
      label: 'Rich media / videos (placeholder link)',
      category: 'media',
      names: ['rich_media', 'richmedia', 'videos'],
      signatures: [['Type', 'Link'], ['Description', 'Link']],
    },
    (row) => {
      const label = row.get('Type', 'Description');
      const link = row.get('Link');
      const draft = { text: joinNonEmpty([label, link], ' '), url: link };
      return isDownloadNotice(label, link) ? { ...draft, notice: DOWNLOAD_NOTICE } : draft;
    },
  ),

  // --- Profile ---------------------------------------------------------------------------------
  {
    type: 'profile',
    label: 'Profile fields',
    category: 'profile',
    names: ['profile'],
    signatures: [['First Name', 'Last Name', 'Headline'], ['First Name', 'Last Name', 'Geo Location']],
    toItems(row) {
      return row
        .entries()
        .map(([name, value]) => ({ title: name, text: value, field: name }));
    },
  },
  {
    type: 'profile-summary',
    label: 'Profile summary (About)',
    category: 'profile',
    names: ['profile_summary'],
    signatures: [['Profile Summary']],
    freeTextLast: ['Profile Summary'],
    toItems(row) {
      return row.entries().map(([name, value]) => ({ title: name === 'Profile Summary' ? 'Summary (About)' : name, text: value, field: name }));
    },
  },
  section(
    {
      type: 'positions',
      label: 'Positions',
      category: 'positions',
      names: ['positions'],
      signatures: [['Company Name', 'Title', 'Started On'], ['Company Name', 'Title']],
      dateColumns: ['Started On'],
      parseDate: monthYear,
    },
    (row) => ({
      title: joinNonEmpty([row.get('Title'), row.get('Company Name')], ' at '),
      text: row.get('Description') || joinNonEmpty([row.get('Title'), row.get('Company Name'), row.get('Location')]),
      details: ['Location', 'Started On', 'Finished On'],
    }),
  ),
  section(
    {
      type: 'education',
      label: 'Education',
      category: 'education',
      names: ['education'],
      signatures: [['School Name', 'Degree Name'], ['School Name', 'Start Date']],
      dateColumns: ['Start Date'],
      parseDate: monthYear,
      freeTextLast: ['Activities'],
    },
    (row) => ({
      title: joinNonEmpty([row.get('Degree Name'), row.get('School Name')], ', '),
      text: joinNonEmpty([row.get('School Name'), row.get('Degree Name'), row.get('Notes'), row.get('Activities')]),
      details: ['Start Date', 'End Date'],
    }),
  ),
  section(
    { type: 'skills', label: 'Skills', category: 'skills', names: ['skills'], signatures: [['Name']], freeTextLast: ['Name'] },
    (row) => ({ text: row.get('Name') }),
  ),
  section(
    {
      type: 'certifications',
      label: 'Certifications',
      category: 'certifications',
      names: ['certifications'],
      signatures: [['Name', 'Authority'], ['Name', 'Url', 'Started On']],
      dateColumns: ['Started On'],
      parseDate: monthYear,
    },
    (row) => ({ title: row.get('Name'), text: joinNonEmpty([row.get('Name'), row.get('Authority'), row.get('License Number')]), url: row.get('Url') }),
  ),
  section(
    {
      type: 'projects',
      label: 'Projects',
      category: 'projects',
      names: ['projects'],
      signatures: [['Title', 'Description', 'Started On'], ['Title', 'Description', 'Start Date'], ['Title', 'Description']],
      dateColumns: ['Started On', 'Start Date'],
      parseDate: monthYear,
    },
    (row) => ({ title: row.get('Title'), text: row.get('Description') || row.get('Title'), url: row.get('Url') }),
  ),
  section(
    {
      type: 'publications',
      label: 'Publications',
      category: 'publications',
      names: ['publications'],
      signatures: [['Name', 'Published On'], ['Name', 'Publisher']],
      dateColumns: ['Published On'],
      parseDate: monthDayYear,
    },
    (row) => ({ title: row.get('Name'), text: row.get('Description') || row.get('Name'), url: row.get('Url'), details: ['Publisher'] }),
  ),
  section(
    {
      type: 'honors',
      label: 'Honors and awards',
      category: 'honors',
      names: ['honors', 'honors_and_awards'],
      signatures: [['Title', 'Issued On'], ['Title', 'Issue Date'], ['Title', 'Description']],
      dateColumns: ['Issued On', 'Issue Date'],
      parseDate: monthYear,
    },
    (row) => ({ title: row.get('Title'), text: row.get('Description') || row.get('Title'), details: ['Issuer'] }),
  ),
  section(
    { type: 'languages', label: 'Languages', category: 'languages', names: ['languages'], signatures: [['Name', 'Proficiency'], ['Name']] },
    (row) => ({ text: joinNonEmpty([row.get('Name'), row.get('Proficiency')], ' — ') }),
  ),
  section(
    { type: 'courses', label: 'Courses', category: 'courses', names: ['courses'], signatures: [['Name', 'Number'], ['Name']] },
    (row) => ({ text: joinNonEmpty([row.get('Name'), row.get('Number')], ' ') }),
  ),
  section(
    {
      type: 'volunteering',
      label: 'Volunteering',
      category: 'volunteering',
      names: ['volunteering', 'volunteer_experiences', 'volunteer_experience'],
      signatures: [['Company Name', 'Role'], ['Organization', 'Role'], ['Role']],
      dateColumns: ['Started On', 'Start Date'],
      parseDate: monthYear,
      freeTextLast: ['Description'],
    },
    (row) => ({
      title: joinNonEmpty([row.get('Role'), row.get('Company Name', 'Organization')], ' at '),
      text: row.get('Description') || joinNonEmpty([row.get('Role'), row.get('Company Name', 'Organization'), row.get('Cause')]),
      details: ['Cause', 'Started On', 'Finished On'],
    }),
  ),
  section(
    {
      type: 'patents',
      label: 'Patents',
      category: 'patents',
      names: ['patents'],
      signatures: [['Title'], ['Name']],
      dateColumns: ['Issued On', 'Filed On', 'Issue Date', 'Date'],
      parseDate: monthDayYear,
    },
    (row) => ({ title: row.get('Title', 'Name'), text: row.get('Description') || row.get('Title', 'Name'), url: row.get('Url') }),
  ),
  section(
    {
      type: 'organizations',
      label: 'Organizations',
      category: 'organizations',
      names: ['organizations'],
      signatures: [['Name', 'Position'], ['Name', 'Description']],
      dateColumns: ['Started On'],
      parseDate: monthYear,
    },
    (row) => ({ title: row.get('Name'), text: row.get('Description') || joinNonEmpty([row.get('Name'), row.get('Position')]) }),
  ),
  section(
    { type: 'causes', label: 'Causes you care about', category: 'profile-other', names: ['causes_you_care_about'], signatures: [['Supported Cause']] },
    (row) => ({ text: row.get('Supported Cause') }),
  ),
  section(
    {
      type: 'test-scores',
      label: 'Test scores',
      category: 'profile-other',
      names: ['test_scores'],
      signatures: [['Name', 'Score'], ['Name']],
      dateColumns: ['Date'],
      parseDate: monthYear,
    },
    (row) => ({ title: row.get('Name'), text: describeRow(row) }),
  ),
  section(
    { type: 'duolingo', label: 'Duolingo language scores', category: 'profile-other', names: ['duolingo'], signatures: [['Language', 'Score']] },
    (row) => ({ text: joinNonEmpty([row.get('Language'), row.get('Score'), row.get('Proficiency Level')], ' · ') }),
  ),
  section(
    {
      type: 'recommendations-received',
      label: 'Recommendations received',
      category: 'recommendations',
      names: ['recommendations_received'],
      signatures: [['First Name', 'Last Name', 'Text'], ['Text', 'Creation Date']],
      dateColumns: ['Creation Date'],
      parseDate: usMonthDayYear,
    },
    (row) => ({ title: `From ${personName(row, 'First Name', 'Last Name')}`, text: row.get('Text'), details: ['Company', 'Job Title', 'Status'] }),
  ),
  section(
    {
      type: 'recommendations-given',
      label: 'Recommendations given',
      category: 'recommendations',
      names: ['recommendations_given'],
      signatures: [['First Name', 'Last Name', 'Text'], ['Text', 'Creation Date']],
      dateColumns: ['Creation Date'],
      parseDate: usMonthDayYear,
    },
    (row) => ({ title: `To ${personName(row, 'First Name', 'Last Name')}`, text: row.get('Text'), details: ['Company', 'Job Title', 'Status'] }),
  ),
  section(
    {
      type: 'endorsements-received',
      label: 'Endorsements received',
      category: 'endorsements',
      names: ['endorsement_received_info', 'endorsements_received'],
      signatures: [['Skill Name', 'Endorser First Name'], ['Endorsement Date', 'Skill Name']],
      dateColumns: ['Endorsement Date'],
      parseDate: slashYmd,
    },
    (row) => ({
      text: `${row.get('Skill Name')} endorsed by ${personName(row, 'Endorser First Name', 'Endorser Last Name')}`,
      url: row.get('Endorser Public Url'),
      details: ['Endorsement Status'],
    }),
  ),
  section(
    {
      type: 'endorsements-given',
      label: 'Endorsements given',
      category: 'endorsements',
      names: ['endorsement_given_info', 'endorsements_given'],
      signatures: [['Skill Name', 'Endorsee First Name'], ['Endorsement Date', 'Skill Name']],
      dateColumns: ['Endorsement Date'],
      parseDate: slashYmd,
    },
    (row) => ({
      text: `You endorsed ${personName(row, 'Endorsee First Name', 'Endorsee Last Name')} for ${row.get('Skill Name')}`,
      url: row.get('Endorsee Public Url'),
      details: ['Endorsement Status'],
    }),
  ),

  // --- Jobs ------------------------------------------------------------------------------------
  section(
    {
      type: 'job-screening-answers',
      label: 'Saved screening-question answers',
      category: 'job-answers',
      names: ['job_applicant_saved_screening_question_responses', 'job_applicant_saved_answers'],
      signatures: [['Question', 'Answer']],
      freeTextLast: ['Answer'],
    },
    (row) => ({ title: row.get('Question'), text: joinNonEmpty([row.get('Question'), row.get('Answer')], ': ') }),
  ),
  section(
    {
      type: 'job-applications',
      label: 'Job applications',
      category: 'job-applications',
      names: ['job_applications'],
      signatures: [['Application Date', 'Job Title'], ['Application Date', 'Company Name']],
      dateColumns: ['Application Date'],
      parseDate: usMonthDayYear,
      freeTextLast: ['Question And Answers'],
    },
    (row) => ({
      title: joinNonEmpty([row.get('Job Title'), row.get('Company Name')], ' at '),
      text: joinNonEmpty([row.get('Job Title'), row.get('Company Name'), row.get('Question And Answers')]),
      url: row.get('Job Url'),
      details: ['Resume Name'],
    }),
  ),
  section(
    {
      type: 'private-identity-asset',
      label: 'Uploaded résumés (extracted text)',
      category: 'resumes',
      names: ['private_identity_asset'],
      signatures: [['Private Identity Asset Name'], ['Private Identity Asset Raw Text']],
      freeTextLast: ['Private Identity Asset Raw Text'],
    },
    (row) => ({ title: row.get('Private Identity Asset Name'), text: row.get('Private Identity Asset Raw Text') || row.get('Private Identity Asset Name') }),
  ),

  // --- Chats with LinkedIn's AI assistants (the member's own input: listed, not private) ------
  section(
    {
      type: 'ai-chats',
      label: "Chats with LinkedIn's AI assistants",
      category: 'ai-conversations',
      names: ['guide_messages', 'coach_messages', 'learning_coach_messages', 'learning_role_play_messages'],
      signatures: [['FROM', 'TO', 'CONTENT'], ['From', 'To', 'Content'], ['CONVERSATION ID', 'DATE']],
      dateColumns: ['DATE', 'Date'],
      parseDate: isoLike,
    },
    (row) => ({
      title: joinNonEmpty([row.get('FROM', 'From'), row.get('TO', 'To')], ' → '),
      text: row.get('CONTENT', 'Content') || row.get('SUBJECT', 'Subject'),
      // "Side" (you / LinkedIn AI) is filled in once the profile, and so the member's name, is known.
      details: ['FROM', 'CONVERSATION TITLE', 'SUBJECT', 'FOLDER', 'Folder'],
    }),
  ),

  // --- Private: messages, network, contacts, account ----------------------------------------
  section(
    {
      type: 'messages',
      label: 'Messages',
      category: 'messages',
      names: ['messages'],
      signatures: [['FROM', 'TO', 'CONTENT'], ['From', 'To', 'Content'], ['CONVERSATION ID', 'DATE']],
      dateColumns: ['DATE', 'Date'],
      parseDate: isoLike,
    },
    (row) => ({
      title: joinNonEmpty([row.get('FROM', 'From'), row.get('TO', 'To')], ' → '),
      text: row.get('CONTENT', 'Content') || row.get('SUBJECT', 'Subject'),
      details: ['CONVERSATION TITLE', 'SUBJECT', 'FOLDER', 'Folder', 'Direction'],
    }),
  ),
  section(
    {
      type: 'invitations',
      label: 'Invitations',
      category: 'invitations',
      names: ['invitations'],
      signatures: [['From', 'To', 'Sent At']],
      dateColumns: ['Sent At'],
      parseDate: usMonthDayYear,
    },
    (row) => ({ title: joinNonEmpty([row.get('From'), row.get('To')], ' → '), text: row.get('Message') || `${row.get('Direction')} invitation`, details: ['Direction'] }),
  ),
  section(
    {
      type: 'connections',
      label: 'Connections',
      category: 'connections',
      names: ['connections'],
      signatures: [['First Name', 'Connected On']],
      dateColumns: ['Connected On'],
      parseDate: dayMonthYear,
    },
    (row) => ({
      text: joinNonEmpty([personName(row, 'First Name', 'Last Name') || '(name not exported)', row.get('Position'), row.get('Company')]),
      url: row.get('URL'),
    }),
  ),
  section(
    {
      type: 'imported-contacts',
      label: 'Imported contacts',
      category: 'contacts',
      names: ['importedcontacts', 'imported_contacts', 'contacts'],
      signatures: [['FirstName', 'LastName'], ['First Name', 'Last Name', 'Phone Numbers'], ['Source', 'FirstName']],
      dateColumns: ['CreatedAt', 'Created At'],
      parseDate: usMonthDayYear,
    },
    (row) => ({ text: row.get('FullName', 'Full Name') || joinNonEmpty([row.get('FirstName', 'First Name'), row.get('LastName', 'Last Name')], ' ') || describeRow(row) }),
  ),
  section(
    { type: 'calendar', label: 'Synced calendars', category: 'contacts', names: ['calendar'], signatures: [['Owner', 'Source']], dateColumns: ['LastSyncedAt'], parseDate: usMonthDayYear },
    (row) => ({ text: describeRow(row) }),
  ),
  ...(
    [
      ['email-addresses', 'Email addresses', ['email_addresses'], [['Email Address', 'Primary'], ['Email Address']], ['Updated On'], usMonthDayYear],
      ['phone-numbers', 'Phone numbers', ['phonenumbers', 'phone_numbers'], [['Number', 'Type'], ['Extension', 'Number']], [], undefined],
      ['whatsapp-numbers', 'WhatsApp phone numbers', ['whatsapp_phone_numbers'], [['Number', 'Is_WhatsApp_Number'], ['Number']], [], undefined],
      ['registration', 'Registration', ['registration'], [['Registered At'], ['Registration Date']], ['Registered At', 'Registration Date'], usMonthDayYear],
      ['logins', 'Logins', ['logins'], [['Login Date', 'IP Address']], ['Login Date'], javaDate],
      ['security-challenges', 'Security challenges', ['security_challenges'], [['Challenge Date', 'Challenge Type'], ['Challenge Date']], ['Challenge Date'], javaDate],
      ['receipts', 'Payment receipts', ['receipts', 'receipts_v2'], [['Transaction Made At', 'Total Amount'], ['Invoice Number']], ['Transaction Made At'], usMonthDayYear],
      ['verifications', 'Identity verifications', ['verifications'], [['Verification type'], ['Verified date']], ['Verified date'], isoLike],
      ['account-status-history', 'Account status history', ['account_status_history'], [['Time', 'Event']], ['Time'], slashYmd],
    ] as Array<[string, string, string[], string[][], string[], DateParser | undefined]>
  ).map(([type, label, names, signatures, dateColumns, parseDate]) =>
    section({ type, label, category: 'account', names, signatures, dateColumns: dateColumns.length ? dateColumns : undefined, parseDate }, (row) => ({
      text: describeRow(row),
    })),
  ),

  // --- Ads and inferences ---------------------------------------------------------------------
  section(
    { type: 'ad-targeting', label: 'Ad targeting', category: 'ads-and-inferences', names: ['ad_targeting', 'adtargeting'], signatures: [['Member Age'], ['Age Group'], ['Company Names'], ['Member Skills']] },
    (row) => ({ text: describeRow(row) }),
  ),
  section(
    { type: 'ads-clicked', label: 'Ads clicked', category: 'ads-and-inferences', names: ['ads_clicked'], signatures: [['Ad clicked Date'], ['Ad Title/Id']], dateColumns: ['Ad clicked Date'], parseDate: slashYmd },
    (row) => ({ text: `Clicked ad ${row.get('Ad Title/Id')}` }),
  ),
  section(
    { type: 'lan-ads-engagement', label: 'Audience-network ad engagement', category: 'ads-and-inferences', names: ['lan_ads_engagement'], signatures: [['Action', 'Ad Title/Id']], dateColumns: ['Date'], parseDate: slashYmd },
    (row) => ({ text: joinNonEmpty([row.get('Action'), row.get('Ad Title/Id'), row.get('Page/App')], ' ') }),
  ),
  section(
    { type: 'inferences', label: 'Inferences about you', category: 'ads-and-inferences', names: ['inferences_about_you'], signatures: [['Type of inference', 'Inference'], ['Category', 'Inference']] },
    (row) => ({ title: row.get('Type of inference'), text: joinNonEmpty([row.get('Category'), row.get('Type of inference'), row.get('Description'), row.get('Inference')], ' · ') }),
  ),

  // --- Other activity ------------------------------------------------------------------------
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

/** Files that are not CSV although they end in .csv, and the articles. */
export interface SpecialFileSpec {
  type: string;
  label: string;
  category: CategoryId;
}

export const LEARNING_COACH_BLOB: SpecialFileSpec = {
  type: 'learning-coach-transcript',
  label: 'LinkedIn Learning coach transcript (text)',
  category: 'ai-conversations',
};
export const LEARNING_COACH_BLOB_KEYS = new Set(['learningcoachmessages']);

export const ARTICLE_SPEC: SpecialFileSpec = { type: 'articles', label: 'Articles (HTML)', category: 'articles' };

const BY_NAME = new Map<string, CsvFileSpec[]>();
for (const spec of CSV_FILE_SPECS) {
  for (const name of spec.names) {
    const list = BY_NAME.get(name) ?? [];
    list.push(spec);
    BY_NAME.set(name, list);
  }
}

export function specsForKey(key: string): CsvFileSpec[] {
  return BY_NAME.get(key) ?? [];
}

/** The first spec one of whose header signatures (of at least minColumns columns) the header has. */
export function matchSpec(header: Header, candidates: CsvFileSpec[], minColumns: number): CsvFileSpec | null {
  for (const spec of candidates) {
    for (const signature of spec.signatures) {
      if (signature.length >= minColumns && hasColumns(header, signature)) return spec;
    }
  }
  return null;
}
