import { describe, expect, it } from 'vitest';
import { ObjectValue } from '../value.js';
import { call, newContext } from './testkit.js';

describe('uuid.rfc4122', () => {
  it('is a v4 UUID, stable for one seed within a query and fresh in the next query', () => {
    const ctx = newContext();
    const a = call('uuid.rfc4122', ['seed'], ctx) as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call('uuid.rfc4122', ['seed'], ctx)).toBe(a);
    expect(call('uuid.rfc4122', ['other'], ctx)).not.toBe(a);
    expect(call('uuid.rfc4122', ['seed'], newContext())).not.toBe(a);
  });
});

describe('rand.intn', () => {
  it('stays within [0, |n|) and is stable within a query', () => {
    const ctx = newContext();
    const first = call('rand.intn', ['k', 10], ctx) as number;
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(10);
    expect(call('rand.intn', ['k', 10], ctx)).toBe(first);
    expect(call('rand.intn', ['k', 0], ctx)).toBe(0);
    const negative = call('rand.intn', ['k', -3], ctx) as number;
    expect(negative >= 0 && negative < 3).toBe(true);
    expect(() => call('rand.intn', ['k', 1.5])).toThrow('operand 2 must be integer number');
  });
});

describe('opa.runtime and trace', () => {
  it('exposes no runtime information', () => {
    expect(call('opa.runtime', [])).toEqual(new ObjectValue());
  });

  it('accepts a trace note and succeeds', () => {
    expect(call('trace', ['note'])).toBe(true);
    expect(() => call('trace', [1])).toThrow('operand 1 must be string but got number');
  });
});
