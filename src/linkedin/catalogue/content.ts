// The content files of an export (see catalogue.ts).
import type { CsvFileSpec } from './spec.js';
import { details, joinNonEmpty, section, DOWNLOAD_NOTICE, isDownloadNotice } from './spec.js';
import { isoLike, richMediaSentence } from '../text/export-dates.js';

export const CONTENT_SPECS: CsvFileSpec[] = [
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
];
