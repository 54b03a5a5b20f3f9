import { describe, expect, it } from 'vitest';
import { canonicalJsonText, canonicalValueText } from './canonical-json.js';
import { seededRandom } from '../test-support/random.js';


const ALPHABET = ['a', 'b', 'Z', '0', ' ', '"', '\\', '\n', 'é', '™', '😀', '<', '&', '\u0007'];

function randomValue(next: () => number, depth: number): unknown {
  const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
  const text = (): string => Array.from({ length: Math.floor(next() * 6) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
  switch (kind) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.round((next() - 0.5) * 1e6) / 100;
    case 3:
      return text();
    case 4:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [text(), randomValue(next, depth + 1)]));
  }
}

/** Key order OPA uses: byte order of the UTF-8 encoding. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

describe('canonicalJsonText over generated documents', () => {
  it('is independent of formatting and key order, keeps every value, and agrees with the decoded-value form', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const value = randomValue(next, 0);
      const pretty = JSON.stringify(value, null, 2);
      const canonical = canonicalJsonText(pretty);
      expect(JSON.parse(canonical)).toEqual(value);
      expect(canonicalJsonText(JSON.stringify(sortKeys(value)))).toBe(canonical);
      expect(canonicalValueText(value)).toBe(canonical);
      expect(canonical).not.toMatch(/\n/);
    }
  });
});
