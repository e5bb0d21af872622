// LinkedIn names downloads Basic_/Complete_LinkedInDataExport_MM-DD-YYYY.zip; browsers add
// ".zip.zip" and " (1)". The folder a user unzipped to often keeps the same name.

export interface ArchiveNameInfo {
  variant: 'Basic' | 'Complete' | null;
  exportDate: string | null;
}

const NAME_PATTERN = /(?:(Basic|Complete)_)?LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/i;

export function parseArchiveName(path: string): ArchiveNameInfo {
  const base = path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  const match = NAME_PATTERN.exec(base);
  if (!match) return { variant: null, exportDate: null };
  const [, variant, month, day, year] = match;
  const m = Number(month);
  const d = Number(day);
  const valid = m >= 1 && m <= 12 && d >= 1 && d <= 31;
  return {
    variant: variant ? ((variant.slice(0, 1).toUpperCase() + variant.slice(1).toLowerCase()) as 'Basic' | 'Complete') : null,
    exportDate: valid ? `${year}-${month}-${day}` : null,
  };
}
