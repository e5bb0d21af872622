// The private: messages, network, contacts, account files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { describeRow, details, joinNonEmpty, personName, section } from './spec.js';
import { messageFileSpec } from './message-files.js';
import type { DateParser } from '../text/export-dates.js';
import { dayMonthYear, isoLike, javaDate, slashYmd, usMonthDayYear } from '../text/export-dates.js';

export const PRIVATE_SPECS: CsvFileSpec[] = [
  messageFileSpec({ type: 'messages', label: 'Messages', category: 'messages', names: ['messages'] }, ['CONVERSATION TITLE', 'SUBJECT', 'FOLDER', 'Folder', 'Direction']),
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
];
