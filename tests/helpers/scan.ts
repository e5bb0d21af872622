import { scan as coreScan } from '../../src/scan/scan.js';
import type { Report } from '../../src/model/report.js';

export function scan(paths: string[] | string, allItems = false): Promise<Report> {
  return coreScan(Array.isArray(paths) ? paths : [paths], { toolVersion: 'test', allItems });
}

export function category(report: Report, id: string) {
  const found = report.summary.categories.find((c) => c.id === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
}

export function file(report: Report, path: string) {
  const found = report.files.find((f) => f.path === path);
  if (!found) throw new Error(`no file ${path} in ${report.files.map((f) => f.path).join(', ')}`);
  return found;
}
