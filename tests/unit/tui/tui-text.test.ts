import { describe, expect, test } from 'vitest';
import { formatCompact, formatCount, padToWidth, stringWidth, truncate, wrapText } from '../../../src/tui/text.js';

describe('widths', () => {
  test('ASCII, symbols, wide and combining characters', () => {
    expect(stringWidth('hello')).toBe(5);
    expect(stringWidth('● ◐ ○ │ ─ …')).toBe(11);
    expect(stringWidth('日本語')).toBe(6);
    expect(stringWidth('😀')).toBe(2);
    expect(stringWidth('e\u0301')).toBe(1);
    expect(stringWidth('a\u200bb')).toBe(2);
    expect(stringWidth('\u2764\ufe0f')).toBe(2);
    expect(stringWidth('\u2764')).toBe(1);
  });

  test('truncate and pad to exact widths', () => {
    expect(truncate('hello world', 8)).toBe('hello w…');
    expect(truncate('hello', 8)).toBe('hello');
    expect(truncate('日本語テキスト', 7)).toBe('日本語…');
    expect(stringWidth(truncate('日本語テキスト', 7))).toBeLessThanOrEqual(7);
    expect(padToWidth('ab', 4)).toBe('ab  ');
    expect(padToWidth('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 0)).toBe('');
  });
});

describe('wrapText', () => {
  test('wraps at spaces, breaks long words, keeps blank lines', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
    for (const line of wrapText('日本語のテキストがここにあります '.repeat(5), 9)) expect(stringWidth(line)).toBeLessThanOrEqual(9);
  });
});

describe('numbers', () => {
  test('formatCount and formatCompact', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCompact(999)).toBe('999');
    expect(formatCompact(1200)).toBe('1.2k');
    expect(formatCompact(1000)).toBe('1k');
    expect(formatCompact(45_678)).toBe('45k');
    expect(formatCompact(500_000)).toBe('500k');
    expect(formatCompact(2_345_678)).toBe('2.3M');
  });
});
