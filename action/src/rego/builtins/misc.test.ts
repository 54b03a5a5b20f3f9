import { describe, expect, it } from 'vitest';
import { ObjectValue, toJSON } from '../value.js';
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

describe('uuid.parse', () => {
  it('reads version and variant of any UUID, in every accepted spelling', () => {
    const expected = { variant: 'RFC4122', version: 4 };
    for (const text of ['00000000-0000-4000-8000-000000000000', '{00000000-0000-4000-8000-000000000000}', 'urn:uuid:00000000-0000-4000-8000-000000000000', '00000000000040008000000000000000']) {
      expect(toJSON(call('uuid.parse', [text])!), text).toEqual(expected);
    }
  });

  it('decodes time, node and clock sequence of a version 1 UUID', () => {
    // A version 1 UUID made at 2022-02-22T19:22:22Z; node byte 0x9f has both the local and multicast bits.
    expect(toJSON(call('uuid.parse', ['c232ab00-9414-11ec-b3c8-9f6bdeced846'])!)).toEqual({
      clocksequence: 13256,
      nodeid: 'local:multicast:9f6bdeced846',
      time: 1645557742000000000,
      variant: 'RFC4122',
      version: 1,
    });
  });

  it('decodes id and domain of a version 2 UUID', () => {
    const parsed = toJSON(call('uuid.parse', ['000003e8-9414-21ec-8001-0242ac120002'])!) as Record<string, unknown>;
    expect(parsed).toMatchObject({ version: 2, id: 1000, domain: 'Group', nodeid: 'local:unicast:0242ac120002' });
  });

  it('is undefined for text that is no UUID', () => {
    for (const bad of ['', 'not-a-uuid', '{00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-00000000000g']) {
      expect(call('uuid.parse', [bad]), bad).toBeUndefined();
    }
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
