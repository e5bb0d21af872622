// The profile files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { describeRow, details, joinNonEmpty, personName, section } from './spec.js';
import { monthDayYear, monthYear, slashYmd, usMonthDayYear } from '../text/export-dates.js';

export const PROFILE_SPECS: CsvFileSpec[] = [
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
];
