import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, type Value } from '../value.js';
import { call } from './testkit.js';

const samples: [string, Value][] = [
  ['null', null],
  ['boolean', false],
  ['number', 0],
  ['string', ''],
  ['array', []],
  ['object', new ObjectValue()],
  ['set', new SetValue()],
];

describe('type built-ins', () => {
  it('names every type', () => {
    for (const [name, value] of samples) expect(call('type_name', [value])).toBe(name);
  });

  it('answers is_<type> with true for a match and false (not undefined) otherwise', () => {
    for (const [name] of samples) {
      for (const [other, value] of samples) expect(call(`is_${name}`, [value]), `is_${name}(${other})`).toBe(name === other);
    }
  });
});
