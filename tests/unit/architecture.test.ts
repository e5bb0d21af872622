// The layout rules of docs/architecture.md, checked on the sources: no import circle (type-only
// imports included: a circle of types is still a circle to untangle), model/ at the bottom, and
// the front-end-neutral layers free of the CLI's commander.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

const SPECIFIER = /(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a file imports or re-exports (comments stripped first). */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const files = sourceFiles(SRC);
const known = new Set(files);

/** The src file a relative specifier names (".js" in an import is the .ts or .tsx source). */
function resolveSource(from: string, spec: string): string | null {
  const target = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx')]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

const graph = new Map<string, { local: string[]; packages: string[] }>();
for (const file of files) {
  const specs = specifiers(readFileSync(join(SRC, file), 'utf8'));
  const local: string[] = [];
  const packages: string[] = [];
  for (const spec of specs) {
    if (spec.startsWith('.')) {
      const target = resolveSource(file, spec);
      if (target) local.push(target);
      else if (!spec.endsWith('.json')) throw new Error(`${file}: cannot resolve ${spec}`);
    } else packages.push(spec);
  }
  graph.set(file, { local, packages });
}

/** Import circles, each as the path of files that closes it. */
type Graph = Map<string, { local: string[] }>;

function circles(graph: Graph): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file)?.local ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

describe('architecture', () => {
  it('reads the import graph of the real sources (the checks below are not vacuous)', () => {
    expect(files).toContain('cli/main.ts');
    expect(graph.get('cli/main.ts')!.packages).toContain('commander');
    expect(graph.get('scan/scan.ts')!.local).toContain('scan/read-archive.ts');
    expect(specifiers("import type { A } from './a.js';\nexport { b } from \"../b.js\";\n// import x from 'c'\nconst m = await import('./d.js');")).toEqual([
      './a.js',
      '../b.js',
      './d.js',
    ]);
  });

  it('src has no import circle', () => {
    expect(circles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const toy: Graph = new Map([
      ['x/a.ts', { local: ['x/b.ts'] }],
      ['x/b.ts', { local: ['x/c.ts'] }],
      ['x/c.ts', { local: ['x/a.ts'] }],
      ['x/d.ts', { local: ['x/a.ts'] }],
    ]);
    expect(circles(toy).map((c) => c.join(' -> '))).toEqual(['x/a.ts -> x/b.ts -> x/c.ts -> x/a.ts']);
  });

  it('model/ imports nothing from another folder of src', () => {
    const outside = files
      .filter((f) => folderOf(f) === 'model')
      .flatMap((f) => graph.get(f)!.local.filter((t) => folderOf(t) !== 'model').map((t) => `${f} -> ${t}`));
    expect(outside).toEqual([]);
  });

  it('tui/, render/ and scan/ never import commander (the CLI layer)', () => {
    const offenders = files
      .filter((f) => ['tui', 'render', 'scan'].includes(folderOf(f)))
      .flatMap((f) => {
        const { local, packages } = graph.get(f)!;
        return [
          ...packages.filter((p) => p === 'commander' || p.startsWith('commander/')).map((p) => `${f} -> ${p}`),
          ...local.filter((t) => folderOf(t) === 'cli').map((t) => `${f} -> ${t}`),
        ];
      });
    expect(offenders).toEqual([]);
  });

  it('nothing outside cli/ imports cli/', () => {
    const offenders = files
      .filter((f) => folderOf(f) !== 'cli')
      .flatMap((f) => graph.get(f)!.local.filter((t) => folderOf(t) === 'cli').map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });
});

describe('one scan entry point', () => {
  const importers = (target: string) => files.filter((f) => graph.get(f)!.local.includes(target));

  it('scan() is called through cli/scan.ts (buildReport) by the CLI and through api.ts by other front ends', () => {
    expect(importers('scan/scan.ts').sort()).toEqual(['api.ts', 'cli/scan.ts']);
  });

  it('every command that reads an archive calls buildReport, so every command scans the same way', () => {
    const commands = ['browse', 'letter', 'list', 'report', 'scan'].map((c) => `cli/${c}.ts`);
    const without = commands.filter((f) => !/\bbuildReport\(/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(without).toEqual([]);
    // The check sees the real files: each of them exists.
    expect(commands.every((f) => known.has(f))).toBe(true);
  });

  it('outside scan/, only its entry (scan.ts) and its contract (contract.ts) are imported', () => {
    const offenders = files
      .filter((f) => folderOf(f) !== 'scan')
      .flatMap((f) => graph.get(f)!.local.filter((t) => folderOf(t) === 'scan' && t !== 'scan/scan.ts' && t !== 'scan/contract.ts').map((t) => `${f} -> ${t}`));
    expect(offenders).toEqual([]);
  });
});

describe('self-contained sources', () => {
  it('no comment in src/ or scripts/ points outside the repo (the facts they rely on are in docs/)', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const scripts = readdirSync(join(root, 'scripts')).filter((n) => /\.(mjs|cjs|js|py)$/.test(n)).map((n) => join(root, 'scripts', n));
    const texts = [...files.map((f) => join(SRC, f)), ...scripts];
    expect(texts.length).toBeGreaterThan(files.length);
    const offenders = texts.filter((path) => /\.\.\/shared|shared\/reference|reference §/.test(readFileSync(path, 'utf8')));
    expect(offenders.map((p) => relative(root, p))).toEqual([]);
  });
});
