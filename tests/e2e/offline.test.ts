import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, SAMPLES } from '../helpers/cli.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../fixtures/forbid-network.cjs', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const NETWORK_MODULES = /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns|undici|node-fetch|axios|ws|got)(\/[^'"]*)?['"]|require\(\s*['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\s*\)|\bfetch\s*\(|XMLHttpRequest|WebSocket/;

describe('offline guarantee', () => {
  it('no source file imports a network module or calls fetch', () => {
    const offenders = sourceFiles(SRC).filter((file) => NETWORK_MODULES.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the guard itself works: it catches a connection attempt', () => {
    const result = runCli([], { nodeArgs: ['--require', PRELOAD, '-e', "require('node:net').connect(80, '127.0.0.1')"] });
    expect(result.stderr).toContain('NETWORK ATTEMPT');
  });

  it('scan, list, policy and browse (without a terminal) never touch the network', () => {
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    for (const args of [['scan', sample, '--json'], ['list', sample, '--all-items'], ['policy'], ['browse', sample]]) {
      const result = runCli(args, { nodeArgs: ['--require', PRELOAD] });
      expect([args[0], result.status]).toEqual([args[0], 0]);
      expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    }
  });
});
