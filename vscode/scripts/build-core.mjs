// Compiles the li-exposure core (the root's src/) into vscode/core/ with type declarations, so
// that the extension runs, and the .vsix ships, the very same scan code as the CLI.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(extension, '..');
const core = join(extension, 'core');
rmSync(core, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', core, '--declaration'], { stdio: 'inherit' });
// The core is ESM; the extension around it is CommonJS (what VS Code 1.100 loads).
writeFileSync(join(core, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
