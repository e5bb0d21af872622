// An output must never land on what the user gave as input: `scan a.zip --out a.zip` would
// replace the export with the report, and a report written inside an unzipped export folder
// changes that folder. Files are compared by device and inode (which sees through symbolic
// links, hard links and bind mounts), folders by walking up from the output's own folder.

import { realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Why writing to `output` would touch one of `inputs`; null when it would not. */
export async function inputClash(output: string, inputs: string[]): Promise<string | null> {
  const target = await stat(output).catch(() => null);
  // Where the file would really be written (a link to a file is followed; see write-file-atomic).
  const real = await realpath(output).catch(() => null);
  const folder = real ? dirname(real) : await realpath(dirname(resolve(output))).catch(() => dirname(resolve(output)));
  const ancestors = await folderChain(folder);
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) continue; // reading it will fail with its own message
    if (target && target.dev === info.dev && target.ino === info.ino) {
      return info.isDirectory() ? `${output} is the input folder ${input}` : `${output} is the input ${input}`;
    }
    if (info.isDirectory() && ancestors.some((a) => a.dev === info.dev && a.ino === info.ino)) {
      return `${output} is inside the input folder ${input}`;
    }
  }
  return null;
}

/** The folder and each folder above it, up to the root (those that exist). */
async function folderChain(folder: string): Promise<Array<{ dev: number; ino: number }>> {
  const chain: Array<{ dev: number; ino: number }> = [];
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info) chain.push({ dev: info.dev, ino: info.ino });
    if (dirname(at) === at) return chain;
  }
}
