// The jobs files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { details, joinNonEmpty, section } from './spec.js';
import { usMonthDayYear } from '../text/export-dates.js';

export const JOB_SPECS: CsvFileSpec[] = [
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
];
