// Shared helpers for the detector tests: run the real detectors and read back what they matched.
import { createDetectors, type DetectOptions } from '../../../src/detect/index.js';

export function matches(options: DetectOptions, text: string, category = 'posts'): Array<[string, string]> {
  return createDetectors(options)
    .detect({ text, category })
    .map((f) => [f.kind, text.slice(f.start, f.end)]);
}

export function kinds(options: DetectOptions, text: string, category = 'posts'): string[] {
  return createDetectors(options).detect({ text, category }).map((f) => f.kind);
}
