import { describe, expect, it } from 'vitest';
import { compileModules, RegoError, RegoErrors, toJSON, type EvalOptions } from './index.js';

function policy(...sources: string[]) {
  return compileModules(sources.map((source, i) => ({ path: `p${i}.rego`, source })));
}

/** JSON value of a ref in a one-module policy, or undefined. */
function value(source: string, ref: string, options: EvalOptions = {}): unknown {
  const v = policy(source).evaluate(ref, options);
  return v === undefined ? undefined : toJSON(v);
}

function compileError(...sources: string[]): RegoError {
  try {
    policy(...sources);
  } catch (e) {
    expect(e).toBeInstanceOf(RegoErrors);
    return (e as RegoErrors).errors[0]!;
  }
  throw new Error('expected a compile error');
}

function evalError(source: string, ref: string, options: EvalOptions = {}): RegoError {
  try {
    policy(source).evaluate(ref, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RegoError);
    return e as RegoError;
  }
  throw new Error('expected an evaluation error');
}

describe('complete rules', () => {
  it('evaluates constants, bodies and defaults; undefined is not false', () => {
    const src = `package t
a := 1
b if input.x == 1
default c := false
c if input.x == 2
d if input.x == 3`;
    expect(value(src, 'data.t.a')).toBe(1);
    expect(value(src, 'data.t.b', { input: { x: 1 } })).toBe(true);
    expect(value(src, 'data.t.b', { input: { x: 2 } })).toBeUndefined();
    expect(value(src, 'data.t.c', { input: { x: 1 } })).toBe(false);
    expect(value(src, 'data.t.d', { input: { x: 1 } })).toBeUndefined();
  });

  it('follows else chains in order', () => {
    const src = `package t
grade := "a" if input.n > 90
else := "b" if input.n > 50
else := "c"`;
    expect(value(src, 'data.t.grade', { input: { n: 95 } })).toBe('a');
    expect(value(src, 'data.t.grade', { input: { n: 60 } })).toBe('b');
    expect(value(src, 'data.t.grade', { input: { n: 1 } })).toBe('c');
  });

  it('raises eval_conflict_error when two definitions disagree, with the location', () => {
    const e = evalError('package t\np := 1 if true\np := 2 if true', 'data.t.p');
    expect(e.code).toBe('eval_conflict_error');
    expect(e.location?.file).toBe('p0.rego');
  });
});

describe('partial rules and ref heads', () => {
  it('builds sets with set semantics and objects with any keys', () => {
    const src = `package t
s contains x if some x in [1, 2, 1]
o[k] := v if some k, v in {"a": 1, "b": 2}
n[[1, 2]] := "array key"`;
    expect(value(src, 'data.t.s')).toEqual([1, 2]);
    expect(value(src, 'data.t.o')).toEqual({ a: 1, b: 2 });
    expect(value(src, 'data.t.n')).toEqual({ '[1,2]': 'array key' });
  });

  it('defines multi-level ref heads, merged with sibling rules', () => {
    const src = `package t
a.b.c := 1
a.b.d := 2
p.q[r] contains x if { some r in ["u", "v"]; x := concat("-", [r, "x"]) }`;
    expect(value(src, 'data.t.a')).toEqual({ b: { c: 1, d: 2 } });
    expect(value(src, 'data.t.p.q.u')).toEqual(['u-x']);
  });

  it('yields an empty set/object when a partial rule has no results', () => {
    const src = 'package t\ns contains x if { some x in []; x > 1 }\no[k] := 1 if { some k in [] }';
    expect(value(src, 'data.t.s')).toEqual([]);
    expect(value(src, 'data.t.o')).toEqual({});
  });
});

describe('virtual and base documents', () => {
  it('merges data with rules and yields each key once when iterating', () => {
    const p = policy('package x\nb := 2\nc := 3');
    const rows = p.query('some k; data.x[k]', { data: { x: { a: 1, b: 2 } } });
    expect(rows.map((r) => r.bindings.k).sort()).toEqual(['a', 'b', 'c']);
  });

  it('iterates packages through variables in refs', () => {
    const p = policy('package rules.one\ndeny contains "one" if true', 'package rules.two\ndeny contains "two" if true', 'package agg\nall contains m if data.rules[_].deny[m]');
    expect(toJSON(p.evaluate('data.agg.all')!)).toEqual(['one', 'two']);
  });

  it('shows a package of only functions as an empty object', () => {
    expect(value('package t\nf(x) := x', 'data.t')).toEqual({});
  });
});

describe('functions', () => {
  it('calls functions with several definitions, patterns and else', () => {
    const src = `package t
f(1) := "one"
f(2) := "two"
g(x) := "big" if x > 10
else := "small"
h(x) := y if y := x * 2`;
    expect(value(src, 'data.t.f(1)')).toBe('one');
    expect(value(src, 'data.t.f(3)')).toBeUndefined();
    expect(value(src, 'data.t.g(11)')).toBe('big');
    expect(value(src, 'data.t.g(1)')).toBe('small');
    expect(value(src, 'data.t.h(4)')).toBe(8);
  });

  it('supports the output-operand call form for built-ins and functions', () => {
    const p = policy('package t\nf(x) := x + 1');
    const rows = p.query('count([1, 2, 3], n); data.t.f(1, m)');
    expect(rows[0]!.bindings).toEqual({ n: 3, m: 2 });
  });

  it('raises eval_conflict_error when definitions disagree for the same input', () => {
    const e = evalError('package t\nf(_) := 1\nf(_) := 2\np := f(0)', 'data.t.p');
    expect(e.code).toBe('eval_conflict_error');
  });
});

describe('bodies', () => {
  it('evaluates negation, every and membership', () => {
    const src = `package t
all_small if every x in input.xs { x < 10 }
no_big if not any_big
any_big if { some x in input.xs; x > 100 }
has_two if 2 in input.xs
kv if "a", 1 in {"a": 1}`;
    const input = { xs: [1, 2, 3] };
    expect(value(src, 'data.t.all_small', { input })).toBe(true);
    expect(value(src, 'data.t.all_small', { input: { xs: [1, 20] } })).toBeUndefined();
    expect(value(src, 'data.t.no_big', { input })).toBe(true);
    expect(value(src, 'data.t.has_two', { input })).toBe(true);
    expect(value(src, 'data.t.kv')).toBe(true);
  });

  it('reorders literals for safety', () => {
    expect(value('package t\np := y if { y := x + 1; x := 2 }', 'data.t.p')).toBe(3);
  });

  it('evaluates comprehensions and set operators', () => {
    const src = `package t
arr := [x * 2 | some x in [1, 2, 3]]
st := {x | some x in [1, 1, 2]}
obj := {k: v | some k, v in {"a": 1}}
u := {1, 2} | {3}
i := {1, 2} & {2, 3}
d := {1, 2} - {2}`;
    expect(value(src, 'data.t.arr')).toEqual([2, 4, 6]);
    expect(value(src, 'data.t.st')).toEqual([1, 2]);
    expect(value(src, 'data.t.obj')).toEqual({ a: 1 });
    expect(value(src, 'data.t.u')).toEqual([1, 2, 3]);
    expect(value(src, 'data.t.i')).toEqual([2]);
    expect(value(src, 'data.t.d')).toEqual([1]);
  });

  it('unifies arrays and objects with variables on both sides', () => {
    expect(value('package t\np := [a, b] if [a, 2] = [1, b]', 'data.t.p')).toEqual([1, 2]);
    expect(value('package t\np := a if {"k": a} = {"k": 5}', 'data.t.p')).toBe(5);
  });

  it('parses raw strings, set(), and imports with aliases', () => {
    const src = 'package t\nimport data.lib.helpers as h\nimport input.user\np := [`a\\nb`, set(), h.x, user]';
    const p = policy(src, 'package lib.helpers\nx := 7');
    expect(toJSON(p.evaluate('data.t.p', { input: { user: 'bob' } })!)).toEqual(['a\\nb', [], 7, 'bob']);
  });
});

describe('with', () => {
  const src = `package t
import data.lib
p if input.a == 1
q := data.cfg.level
r := count([1, 2])
s := lib.f(1)
test_p if p with input as {"a": 1}
test_q := v if v := q with data.cfg.level as 9
test_r := v if v := r with count as 42
test_s := v if v := s with lib.f as g
g(_) := "mocked"`;
  const lib = 'package lib\nf(x) := x';
  it('replaces input, data paths, built-ins and functions for one literal', () => {
    const p = policy(src, lib);
    expect(p.evaluate('data.t.test_p')).toBe(true);
    expect(p.evaluate('data.t.p')).toBeUndefined();
    expect(p.evaluate('data.t.test_q', { data: { cfg: { level: 1 } } })).toBe(9);
    expect(p.evaluate('data.t.q', { data: { cfg: { level: 1 } } })).toBe(1);
    expect(p.evaluate('data.t.test_r')).toBe(42);
    expect(p.evaluate('data.t.test_s')).toBe('mocked');
  });

  it('resolves with targets through imports and rule names', () => {
    const p = policy(
      'package t\nimport data.cfg\nlevel := cfg.level\ntest_alias := v if v := level with cfg.level as 5\ntest_rule := v if v := level with level as 6',
    );
    expect(p.evaluate('data.t.test_alias', { data: { cfg: { level: 1 } } })).toBe(5);
    expect(p.evaluate('data.t.test_rule', { data: { cfg: { level: 1 } } })).toBe(6);
  });
});

describe('built-in errors', () => {
  it('are undefined by default and errors in strict mode, prefixed with the name', () => {
    const src = 'package t\np := 1 / 0';
    expect(value(src, 'data.t.p')).toBeUndefined();
    const e = evalError(src, 'data.t.p', { strictBuiltinErrors: true });
    expect(e.code).toBe('eval_builtin_error');
    expect(e.message).toBe('div: divide by zero');
    expect(e.location).toEqual({ file: 'p0.rego', row: 2, col: 6 });
  });
});

describe('compile errors', () => {
  it('reports parse errors with their location', () => {
    const e = compileError('package t\np := [1,');
    expect(e.code).toBe('rego_parse_error');
    expect(e.location?.row).toBe(2);
  });

  it('reports unsafe variables by name', () => {
    const e = compileError('package t\np if x > 1');
    expect(e.code).toBe('rego_unsafe_var_error');
    expect(e.message).toBe('var x is unsafe');
    expect(e.location).toEqual({ file: 'p0.rego', row: 2, col: 6 });
  });

  it('reports every unsafe variable, not only the first', () => {
    try {
      policy('package t\np if { x > y; z := w }');
      throw new Error('expected a compile error');
    } catch (e) {
      expect((e as RegoErrors).errors.map((x) => x.message)).toEqual(['var x is unsafe', 'var y is unsafe', 'var w is unsafe']);
    }
  });

  it('reports unknown functions, wrong arity and unsupported built-ins', () => {
    expect(compileError('package t\np := nope(1)').message).toBe('undefined function nope');
    expect(compileError('package t\np := constructor(1)').message).toBe('undefined function constructor');
    const arity = compileError('package t\np := count(1, 2, 3)');
    expect(arity.code).toBe('rego_type_error');
    expect(arity.message).toMatch(/count: arity mismatch/);
    const unsupported = compileError('package t\np := http.send({})');
    expect(unsupported.code).toBe('rego_type_error');
    expect(unsupported.message).toMatch(/^http\.send is not supported/);
  });

  it('does not resolve a subpackage name as a rule of the parent package', () => {
    const e = compileError('package a\np := b', 'package a.b\nq := 1');
    expect(e.code).toBe('rego_unsafe_var_error');
    expect(e.message).toBe('var b is unsafe');
  });

  it('reports recursion and assigning a variable twice', () => {
    expect(compileError('package t\np if q\nq if p').code).toBe('rego_recursion_error');
    const twice = compileError('package t\np if { x := 1; x := 2 }');
    expect(twice.code).toBe('rego_compile_error');
    expect(twice.message).toBe('var x assigned above');
  });

  it('requires `if` before a rule body in v1 and rejects conflicting rule kinds', () => {
    expect(compileError('package t\np { true }').code).toBe('rego_parse_error');
    expect(compileError('package t\np := 1\np contains 2').code).toBe('rego_type_error');
    const nested = compileError('package a\nb := 1', 'package a.b\nc := 2');
    expect(nested.message).toBe('rule data.a.b conflicts with [data.a.b.c]');
  });
});

describe('evaluation limits and print', () => {
  it('cancels evaluation past the time budget', () => {
    const src = 'package t\np := count([1 | some a in numbers.range(1, 200); some b in numbers.range(1, 200); some c in numbers.range(1, 200)])';
    const e = evalError(src, 'data.t.p', { timeoutMs: 20 });
    expect(e.code).toBe('eval_cancel_error');
    // A rule body with no literal after the iteration still counts each member.
    const setSrc = 'package t\ns contains x if some x in numbers.range(1, 3000000)';
    expect(evalError(setSrc, 'data.t.s', { timeoutMs: 20 }).code).toBe('eval_cancel_error');
  });

  it('sends print output to the injected sink, <undefined> for undefined operands', () => {
    const lines: string[] = [];
    policy('package t\np if { print("x is", input.x, {1}); print(input.nope) }').evaluate('data.t.p', { input: { x: [1] }, print: (l) => lines.push(l) });
    expect(lines).toEqual(['x is [1] {1}', '<undefined>']);
  });
});

describe('metadata and introspection', () => {
  it('keeps METADATA annotations on rules and lists rules and packages', () => {
    const p = policy(`# METADATA
# title: Pack
package paved.x

# METADATA
# title: No big files
# custom:
#   severity: high
deny contains "big" if input.big`);
    const deny = p.rules().find((r) => r.path.join('.') === 'data.paved.x.deny')!;
    expect(deny.kind).toBe('partial-set');
    expect(deny.annotations).toEqual({ title: 'No big files', custom: { severity: 'high' } });
    expect(deny.location).toEqual({ file: 'p0.rego', row: 9, col: 1 });
    expect(p.packages()).toEqual(['paved.x']);
  });
});

describe('rego.metadata', () => {
  it('returns the annotations of the rule being evaluated, and the chain up to the package', () => {
    const p = policy(`# METADATA
# title: Pack
package paved.x

# METADATA
# title: Big files
# custom:
#   severity: high
deny contains msg if {
  input.big
  msg := sprintf("%s (%s)", [rego.metadata.rule().title, rego.metadata.rule().custom.severity])
}

chain := rego.metadata.chain()`);
    expect(toJSON(p.evaluate('data.paved.x.deny', { input: { big: true } })!)).toEqual(['Big files (high)']);
    expect(toJSON(p.evaluate('data.paved.x.chain')!)).toEqual([
      { path: ['data', 'paved', 'x', 'chain'] },
      { path: ['data', 'paved', 'x'], annotations: { title: 'Pack' } },
    ]);
  });
});

describe('input conversion', () => {
  it('drops undefined fields and nulls undefined array items, as JSON.stringify does', () => {
    const p = policy('package t\nkeys := object.keys(input)\nsecond := input.xs[1]');
    const input = { a: 1, b: undefined, xs: [1, undefined] };
    expect(toJSON(p.evaluate('data.t.keys', { input })!)).toEqual(['a', 'xs']);
    expect(p.evaluate('data.t.second', { input })).toBeNull();
  });

  it('keeps a "__proto__" key as data in and out, never as a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const p = policy('package t\nkeys := object.keys(input)\nsame := input');
    expect(toJSON(p.evaluate('data.t.keys', { input })!)).toEqual(['__proto__', 'a']);
    const out = toJSON(p.evaluate('data.t.same', { input })!) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('rejects values JSON cannot hold with a clear error', () => {
    const e = evalError('package t\np := 1', 'data.t.p', { input: { f: () => 1 } });
    expect(e.message).toBe('input is not JSON: input.f is a function');
  });
});

describe('queries', () => {
  it('returns bindings and expression values like opa eval', () => {
    const rows = policy('package t\np := [1, 2]').query('x := data.t.p[i]; x > 1');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bindings).toEqual({ x: 2, i: 1 });
    expect(rows[0]!.expressions.map((e) => e.text)).toEqual(['x := data.t.p[i]', 'x > 1']);
    const withSemicolon = policy('package t').query('s := "a;b"; count(s) > 1');
    expect(withSemicolon[0]!.expressions.map((e) => [e.text, e.value])).toEqual([
      ['s := "a;b"', true],
      ['count(s) > 1', true],
    ]);
  });
});

describe('Rego v0 syntax (regoVersion: v0)', () => {
  const v0 = `package t
default allow = false
allow { input.user == "admin" }
deny[msg] { input.x > 1; msg := "big" }
labels[k] = v { v := input.labels[k] }
g = 1 { false } else = 2 { true }
either { input.x == 5 } { input.user == "admin" }`;

  it('reads rules without if/contains as OPA 1.x does with --v0-compatible', () => {
    const p = compileModules([{ path: 'v0.rego', source: v0 }], { regoVersion: 'v0' });
    const doc = toJSON(p.evaluate('data.t', { input: { user: 'admin', x: 2, labels: { a: 'b' } } })!);
    expect(doc).toEqual({ allow: true, deny: ['big'], labels: { a: 'b' }, g: 2, either: true });
    expect(p.evaluate('data.t.allow', { input: { user: 'bob', x: 0 } })).toBe(false);
    expect(p.evaluate('data.t.either', { input: { user: 'bob', x: 0 } })).toBeUndefined();
  });

  it('reads a module that imports rego.v1 as v1 even under v0', () => {
    const source = 'package t\nimport rego.v1\np { true }';
    expect(() => compileModules([{ path: 'v1.rego', source }], { regoVersion: 'v0' })).toThrow(/`if` keyword is required/);
    const v0Only = 'package t\np { true }';
    expect(compileModules([{ path: 'v0.rego', source: v0Only }], { regoVersion: 'v0' }).evaluate('data.t.p')).toBe(true);
  });

  it('rejects v0 rule bodies under the default v1', () => {
    expect(() => compileModules([{ path: 'v0.rego', source: v0 }])).toThrow(/`if` keyword is required before rule body/);
  });
});

describe('parser details', () => {
  it('keeps package-scoped METADATA and multi-line raw strings', () => {
    const p = compileModules([
      {
        path: 'm.rego',
        source: '# METADATA\n# scope: package\n# title: Pack\npackage m\n\nre := `a\nb`\n',
      },
    ]);
    expect(p.packageAnnotations()).toEqual({ m: { scope: 'package', title: 'Pack' } });
    expect(p.evaluate('data.m.re')).toBe('a\nb');
  });

  it('treats newlines as literal separators only outside brackets', () => {
    const src = `package t
p := x if {
  x := [
    1,
    2,
  ]
  count(x) == 2
}`;
    expect(value(src, 'data.t.p')).toEqual([1, 2]);
  });

  it('reports an invalid METADATA block as a parse error', () => {
    expect(compileError('# METADATA\n# title: [unclosed\npackage t\np := 1').code).toBe('rego_parse_error');
  });
});

describe('scoping and safety', () => {
  it('keeps comprehension variables local and closes over bound outer ones', () => {
    const src = `package t
xs := [1, 2, 3]
p := [y, doubled] if {
  doubled := [x * 2 | some x in xs; x > y]
  y = 1
}
q := x if {
  s := {x | some x in xs}
  x := count(s)
}`;
    expect(value(src, 'data.t.p')).toEqual([1, [4, 6]]);
    expect(value(src, 'data.t.q')).toBe(3);
    // A variable declared with := after the comprehension is not in its scope (OPA's rule).
    expect(compileError('package t\np if { c := [1 | y > 0]; y := 1 }').message).toBe('var y is unsafe');
  });

  it('binds ref iteration variables before the literal that reads them', () => {
    const src = `package t
pairs contains [i, v] if {
  v > 1
  v := input.xs[i]
}`;
    expect(value(src, 'data.t.pairs', { input: { xs: [1, 2, 3] } })).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('treats every over an empty or undefined domain as true, as OPA does', () => {
    const src = 'package t\nempty if every x in [] { x > 1 }\nmissing if every x in input.nope { x > 1 }';
    expect(value(src, 'data.t.empty')).toBe(true);
    expect(value(src, 'data.t.missing', { input: {} })).toBe(true);
  });

  it('negates a whole body with `not { … }` under import rego.v2', () => {
    const src = 'package t\nimport rego.v2\np if { x := input.x; not { x > 1; x < 5 } }';
    expect(value(src, 'data.t.p', { input: { x: 3 } })).toBeUndefined();
    expect(value(src, 'data.t.p', { input: { x: 7 } })).toBe(true);
  });

  it('reports a variable only used in a negation as unsafe', () => {
    const e = compileError('package t\np if not q[x]\nq contains 1 if true\nr if x == 1');
    expect(e.code).toBe('rego_unsafe_var_error');
  });
});

describe('memoisation and conflicts', () => {
  it('re-evaluates rules inside a with scope and restores the outer cache after it', () => {
    const src = `package t
level := input.level
both := [level, inner, level] if inner := level with input.level as 2`;
    expect(value(src, 'data.t.both', { input: { level: 1 } })).toEqual([1, 2, 1]);
  });

  it('raises eval_conflict_error for one object key with two values', () => {
    const e = evalError('package t\no[k] := v if { some k, v in {"a": 1}; true }\no["a"] := 2', 'data.t.o');
    expect(e.code).toBe('eval_conflict_error');
  });

  it('merges partial objects with the same key and value across rules', () => {
    expect(value('package t\no["a"] := 1\no[k] := 1 if k := "a"', 'data.t.o')).toEqual({ a: 1 });
  });

  it('evaluates the default of a function when no definition applies', () => {
    const src = 'package t\ndefault f(_) := "none"\nf(x) := "pos" if x > 0';
    expect(value(src, 'data.t.f(1)')).toBe('pos');
    expect(value(src, 'data.t.f(-1)')).toBe('none');
  });
});
