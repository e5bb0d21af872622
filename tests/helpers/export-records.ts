// Export files built from records, for the merge tests: the same records can be written into
// several files (copies, older and newer exports) in the formats LinkedIn uses.

import { utf16le } from './archive.js';

export interface Post {
  id: number;
  date: string;
  text: string;
}

export function shares(posts: Post[], eol = '\n'): string {
  return (
    `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility${eol}` +
    posts.map((p) => `${p.date},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${p.id},"${p.text.replace(/"/g, '""')}",,,MEMBER_NETWORK${eol}`).join('')
  );
}

export const post = (id: number, text = `Post number ${id}`): Post => ({ id, date: `2025-${String((id % 12) + 1).padStart(2, '0')}-${String((id % 27) + 1).padStart(2, '0')} 10:00:00`, text });

export function comments(list: Array<{ date: string; link: string; text: string }>): string {
  return 'Date,Link,Message\n' + list.map((c) => `${c.date},${c.link},"${c.text.replace(/"/g, '""')}"\n`).join('');
}

export function messages(list: Array<{ date: string; text: string }>): string {
  const header = '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\r\n';
  return header + list.map((m, i) => `"2-conv${i % 3}==","","Jane Doe","https://www.linkedin.com/in/jane","Ola Nordmann","https://www.linkedin.com/in/ola","${m.date}","","${m.text}","INBOX",""\r\n`).join('');
}

export function profile(first: string, last: string, headline = 'Engineer', geo = 'Oslo, Norway'): string {
  return `First Name,Last Name,Headline,Geo Location\n${first},${last},${headline},"${geo}"\n`;
}

export interface Endorsement {
  date: string;
  skill: string;
  first: string;
  last: string;
  status?: 'ACCEPTED' | 'PENDING';
}

const ENDORSEMENT_COLUMNS = ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status'];

function endorsementFields(e: Endorsement): string[] {
  return [e.date, e.skill, e.first, e.last, `www.linkedin.com/in/${e.first.toLowerCase()}-${e.last.toLowerCase()}`, e.status ?? 'ACCEPTED'];
}

/** Endorsement_Received_Info.csv as LinkedIn writes it now: UTF-8, comma-separated. */
export function endorsementsReceived(list: Endorsement[]): string {
  return ENDORSEMENT_COLUMNS.join(',') + '\n' + list.map((e) => endorsementFields(e).join(',') + '\n').join('');
}

/** The legacy `Endorsement Received Info.csv` of 2022 exports: UTF-16LE, TAB-separated, every field quoted. */
export function legacyEndorsementsReceived(list: Endorsement[]): Buffer {
  const line = (fields: string[]) => fields.map((f) => `"${f}"`).join('\t') + '\r\n';
  return utf16le(line(ENDORSEMENT_COLUMNS) + list.map((e) => line(endorsementFields(e))).join(''));
}
