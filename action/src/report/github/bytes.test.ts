import { describe, expect, it } from 'vitest';
import { prefixWithinBytes, truncateChars, truncateToBytes, utf8Bytes } from './bytes.js';

describe('prefixWithinBytes', () => {
  it('never splits a multi-byte character', () => {
    const text = 'ab€€€'; // € is 3 bytes: total 11
    expect(prefixWithinBytes(text, 11)).toBe(text);
    expect(prefixWithinBytes(text, 10)).toBe('ab€€');
    expect(prefixWithinBytes(text, 5)).toBe('ab€');
    expect(prefixWithinBytes(text, 4)).toBe('ab');
  });

  it('keeps surrogate pairs (4-byte emoji) whole', () => {
    expect(prefixWithinBytes('x😀y', 4)).toBe('x');
    expect(prefixWithinBytes('x😀y', 5)).toBe('x😀');
  });
});

describe('truncateToBytes', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToBytes('hello', 5, '…')).toEqual({ text: 'hello', truncated: false });
  });

  it('fits text plus notice in the byte budget, counting bytes not characters', () => {
    const text = 'é'.repeat(40_000); // 80,000 bytes but 40,000 characters
    const notice = '\n\n_Truncated: see the job summary._';
    const result = truncateToBytes(text, 65_535, notice);
    expect(result.truncated).toBe(true);
    expect(utf8Bytes(result.text)).toBeLessThanOrEqual(65_535);
    expect(result.text.endsWith(notice)).toBe(true);
    expect(result.text.slice(0, -notice.length)).toMatch(/^é+$/);
  });

  it('cuts at a nearby line break so the last line is whole', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `| row ${i} | value |`).join('\n');
    const result = truncateToBytes(lines, 500, '[cut]');
    const kept = result.text.slice(0, -'[cut]'.length);
    expect(kept.endsWith('|\n')).toBe(true);
    expect(utf8Bytes(result.text)).toBeLessThanOrEqual(500);
  });
});

describe('truncateChars', () => {
  it('limits to the character count with an ellipsis', () => {
    expect(truncateChars('abcdef', 4)).toBe('abc…');
    expect(truncateChars('abc', 4)).toBe('abc');
  });

  it('does not leave half a surrogate pair', () => {
    const out = truncateChars('ab😀cdef', 4);
    expect(out).toBe('ab…');
  });
});
