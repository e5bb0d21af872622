// Compression methods (APPNOTE 4.4.5). li-exposure inflates stored and deflated entries (all
// LinkedIn uses); others appear when an export is re-zipped with 7-Zip, WinZip, or by Windows'
// own ZIP for large files (Deflate64).

const METHOD_NAMES: Record<number, string> = {
  1: 'Shrink',
  2: 'Reduce',
  3: 'Reduce',
  4: 'Reduce',
  5: 'Reduce',
  6: 'Implode',
  9: 'Deflate64',
  10: 'PKWARE Implode',
  12: 'bzip2',
  14: 'LZMA',
  18: 'IBM TERSE',
  19: 'IBM LZ77',
  20: 'Zstandard',
  93: 'Zstandard',
  95: 'xz',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
  99: 'AES encryption',
};

export function isSupportedMethod(method: number): method is 0 | 8 {
  return method === 0 || method === 8;
}

/** "compression method 12 (bzip2)". */
export function describeMethod(method: number): string {
  const name = METHOD_NAMES[method];
  return `compression method ${method}${name ? ` (${name})` : ''}`;
}

/** Why an entry is not read, in the words the user sees. */
export function unsupportedMethodMessage(entry: string, method: number): string {
  return `entry ${entry} uses ${describeMethod(method)}, which li-exposure cannot read; re-zip the export with a standard ZIP tool`;
}
