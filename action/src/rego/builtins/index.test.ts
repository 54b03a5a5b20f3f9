import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, toJSON, type Value } from '../value.js';
import { createBuiltinRegistry, UNSUPPORTED_BUILTINS, unsupportedReason } from './index.js';
import { BuiltinError, type BuiltinContext } from './types.js';

const registry = createBuiltinRegistry();

describe('the built-in registry', () => {
  it('holds every family the issue lists', () => {
    const required = [
      'plus', 'minus', 'mul', 'div', 'rem', 'equal', 'neq', 'lt', 'lte', 'gt', 'gte', 'and', 'or',
      'abs', 'round', 'ceil', 'floor', 'numbers.range', 'to_number', 'format_int',
      'count', 'sum', 'product', 'max', 'min', 'sort', 'all', 'any',
      'array.concat', 'array.slice', 'array.reverse',
      'object.get', 'object.keys', 'object.union', 'object.union_n', 'object.remove', 'object.filter', 'object.subset',
      'intersection', 'union',
      'concat', 'contains', 'startswith', 'endswith', 'indexof', 'indexof_n', 'lower', 'upper', 'replace', 'split', 'sprintf',
      'substring', 'trim', 'trim_left', 'trim_prefix', 'trim_right', 'trim_suffix', 'trim_space', 'strings.replace_n',
      'strings.reverse', 'strings.count', 'strings.any_prefix_match', 'strings.any_suffix_match',
      'regex.match', 'regex.is_valid', 'regex.split', 'regex.find_n', 'regex.find_all_string_submatch_n', 'regex.replace',
      'glob.match', 'glob.quote_meta', 'is_string', 'type_name',
      'base64.encode', 'base64.decode', 'base64url.encode', 'hex.encode', 'json.marshal', 'json.unmarshal', 'json.is_valid',
      'json.filter', 'json.remove', 'yaml.marshal', 'yaml.unmarshal', 'urlquery.encode', 'urlquery.decode',
      'walk', 'time.now_ns', 'time.parse_rfc3339_ns', 'time.parse_ns', 'time.date', 'time.clock', 'time.weekday',
      'time.add_date', 'time.diff', 'semver.compare', 'semver.is_valid', 'units.parse', 'units.parse_bytes',
      'crypto.sha256', 'crypto.md5', 'crypto.sha1', 'crypto.hmac.sha256', 'uuid.rfc4122',
    ];
    expect(required.filter((name) => !registry.has(name))).toEqual([]);
  });

  it('registers each definition under its own name with a sane arity', () => {
    for (const [name, def] of registry) {
      expect(def.name).toBe(name);
      expect(def.arity).toBeGreaterThanOrEqual(0);
      expect(def.arity).toBeLessThanOrEqual(4);
    }
  });

  it('marks walk as the only relation and the clock and randomness as nondeterministic', () => {
    expect([...registry.values()].filter((d) => d.relation).map((d) => d.name)).toEqual(['walk']);
    const nondeterministic = [...registry.values()].filter((d) => d.nondeterministic).map((d) => d.name).sort();
    expect(nondeterministic).toEqual(['rand.intn', 'time.now_ns', 'uuid.rfc4122']);
  });

  it('never lists a supported built-in as unsupported', () => {
    for (const name of registry.keys()) expect(unsupportedReason(name), name).toBeUndefined();
  });
});

describe('unsupportedReason', () => {
  it('explains refused built-ins by exact name and by family prefix', () => {
    expect(unsupportedReason('http.send')).toMatch(/network access is not allowed/);
    expect(unsupportedReason('io.jwt.decode_verify')).toBe(UNSUPPORTED_BUILTINS['io.jwt.']);
    expect(unsupportedReason('crypto.x509.parse_certificates')).toMatch(/certificate/);
    expect(unsupportedReason('re_match')).toMatch(/use regex\.match/);
  });

  it('knows nothing of names that are neither', () => {
    expect(unsupportedReason('no.such.builtin')).toBeUndefined();
    expect(unsupportedReason('io.jwt')).toBeUndefined();
  });
});

describe('every built-in, on operands of every type', () => {
  const samples: Value[] = [
    null, true, 0, 2, -1.5, 1e300, '', 'a.b', '10.0.0.0/8', '2006-01-02', '[', [], ['a', 1], [[1]],
    new ObjectValue(), new ObjectValue([['a', 1]]), new SetValue(), new SetValue(['a', 'b']),
  ];
  /** A fixed-seed generator, so a failure reproduces. */
  let seed = 42;
  const pick = (): Value => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return samples[seed % samples.length]!;
  };

  it('returns a value or undefined, or fails with a BuiltinError — never anything else', () => {
    const ctx: BuiltinContext = { nowNs: 0n, cache: new Map() };
    const escaped: string[] = [];
    for (const def of registry.values()) {
      for (let round = 0; round < 150; round++) {
        const args = Array.from({ length: def.arity }, pick);
        try {
          def.fn(args, ctx);
        } catch (e) {
          if (!(e instanceof BuiltinError)) escaped.push(`${def.name}(${args.map((a) => JSON.stringify(toJSON(a))).join(', ')}): ${String(e)}`);
        }
      }
    }
    expect(escaped).toEqual([]);
  });
});
