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

  test('grapheme clusters: CJK, emoji sequences, combining marks, zero-width and control characters', () => {
    expect(stringWidth('한국어 中文 ｶﾀｶﾅ')).toBe(6 + 1 + 4 + 1 + 4);
    expect(stringWidth('Ｆｕｌｌ')).toBe(8); // fullwidth Latin
    // The joiner takes no column; the emoji it joins count one by one, as tmux and wcwidth-based
    // terminals draw them (others draw one glyph: the row is then narrower, never wider).
    expect(stringWidth('\u{1F468}\u200d\u{1F469}\u200d\u{1F467}')).toBe(6);
    expect(stringWidth('\u{1F1EB}\u{1F1F7}')).toBe(2); // a flag: two regional indicators
    expect(stringWidth('\u{1F44D}\u{1F3FD}')).toBe(4); // emoji + skin-tone modifier, counted apart
    expect(stringWidth('x\u0301\u0302\u0303')).toBe(1); // stacked combining marks
    expect(stringWidth('\u05e9\u05c1')).toBe(1); // Hebrew point
    expect(stringWidth('a\u200db\u2060c\ufeff')).toBe(3); // ZWJ, word joiner, BOM
    expect(stringWidth('soft\u00adhyphen')).toBe(10);
    expect(stringWidth('a\u0007b\u0000c\u001fd\u007fe\u0085f')).toBe(6); // C0, DEL, C1
    expect(stringWidth('a\tb')).toBe(2);
  });

  test('truncation never exceeds the width, also when a wide character meets the edge', () => {
    for (const text of ['日本語テキスト', '😀😀😀😀', 'a日本語b', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}x\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', 'e\u0301e\u0301e\u0301e\u0301e\u0301']) {
      for (let width = 1; width <= 10; width++) {
        const cut = truncate(text, width);
        expect(stringWidth(cut)).toBeLessThanOrEqual(width);
        expect(stringWidth(padToWidth(text, width))).toBe(width);
        if (stringWidth(text) <= width) expect(cut).toBe(text);
        else if (width > 1) expect(cut.endsWith('…')).toBe(true);
        else expect(text.startsWith(cut)).toBe(true); // one column: no room for an ellipsis
      }
    }
    expect(truncate('日本語テキスト', 6)).toBe('日本…'); // 語 would take columns 5 and 6
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…'); // marks stay on their letter
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

  test('wraps by display width: wide characters, emoji and combining marks', () => {
    expect(wrapText('日本語のテキスト', 9)).toEqual(['日本語の', 'テキスト']);
    expect(wrapText('😀😀😀 ok', 4)).toEqual(['😀😀', '😀', 'ok']);
    expect(wrapText('cafe\u0301 cafe\u0301', 4)).toEqual(['cafe\u0301', 'cafe\u0301']);
    expect(wrapText('\u{1F468}\u200d\u{1F469} ok', 4)).toEqual(['\u{1F468}\u200d\u{1F469}', 'ok']);
    expect(wrapText('a  b', 10)).toEqual(['a  b']);
    expect(wrapText('', 10)).toEqual(['']);
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
