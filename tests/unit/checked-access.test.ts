// noUncheckedIndexedAccess is on so that a missing element is a type error, not an undefined that
// flows on. A non-null assertion on an index (`lines[i]!`, `map.get(k)!`) switches that check off
// again: src/ restructures instead (for-of, entries(), destructuring, `??` where a default is the
// meaning) or guards an index that exists by construction with defined() (src/model/defined.ts),
// which fails loudly. This scan keeps it so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defined } from '../../src/model/defined.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// `x[i]!`, `m.get(k)!`, `a.at(-1)!`, not followed by `=` (`a[i] !== b` written without spaces).
const ASSERTED_INDEX = /\]!(?!=)|\.(?:get|at)\([^()]*\)!(?!=)/;

/** `file:line: text` of every asserted index access in `text` (comments skipped). */
function assertedIndexes(file: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return code.split('\n').flatMap((line, i) => (ASSERTED_INDEX.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('checked indexed access', () => {
  it('recognises the forms it forbids (the scan below is not vacuous)', () => {
    for (const line of ['const c = data[i]!;', 'x = lines[lines.length - 1]!.text;', 'const p = position.get(id)!;', 'f(list.at(-1)!)', 'a[b[i]!]']) {
      expect(assertedIndexes('t.ts', line), line).toHaveLength(1);
    }
    for (const line of ['if (a[i]!== b) {}', 'const c = defined(data[i]);', 'x = a[i] ?? 0;', '// a[i]! in a comment', 'const ok = !x[0];', 'y = obj.prop!;']) {
      expect(assertedIndexes('t.ts', line), line).toEqual([]);
    }
  });

  it('src/ asserts no indexed access non-null', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => assertedIndexes(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found, 'restructure, or guard with defined() from src/model/defined.ts').toEqual([]);
  });

  it('defined() passes a present value through and fails loudly on a missing one', () => {
    const list = [0, '', null, false];
    expect(list.map((_, i) => defined(list[i]))).toEqual([0, '', null, false]);
    expect(() => defined(list[4])).toThrow(/internal error/);
    expect(() => defined(new Map<string, number>().get('k'))).toThrow(/internal error/);
  });
});
