import { describe, expect, it } from 'vitest';
import { add, clamp, divide } from '../src/math.js';

describe('math', () => {
  it('adds', () => {
    expect(add(2, 3)).toBe(5);
  });

  it('divides', () => {
    expect(divide(6, 3)).toBe(2);
  });

  it('clamps below the minimum', () => {
    expect(clamp(-1, 0, 10)).toBe(0);
  });

  it('rounds a third', () => {
    expect(divide(1, 3)).toBe(0.33);
  });

  it.skip('evaluates expressions', () => {});
});
