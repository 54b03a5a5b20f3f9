import { describe, expect, it } from 'vitest';
import { RegoError } from './errors.js';
import { lex } from './lexer.js';
import { parseModule, parseQuery, parseTerm } from './parser.js';

function parseError(source: string): RegoError {
  try {
    parseModule(source, 'x.rego');
  } catch (e) {
    expect(e).toBeInstanceOf(RegoError);
    return e as RegoError;
  }
  throw new Error('expected a parse error');
}

describe('lexer', () => {
  it('marks tokens that follow a line break and decodes strings', () => {
    const { tokens, comments } = lex('a := "x\\ty" # note\n  b', 'f');
    expect(tokens.map((t) => [t.kind, t.text, t.nl])).toEqual([
      ['ident', 'a', true],
      ['punct', ':=', false],
      ['string', 'x\ty', false],
      ['ident', 'b', true],
      ['eof', '', true],
    ]);
    expect(comments).toEqual([{ text: ' note', row: 1, col: 13 }]);
    expect(tokens[3]).toMatchObject({ row: 2, col: 3 });
  });

  it('rejects unterminated strings and stray characters with their position', () => {
    expect(() => lex('x := "abc', 'f')).toThrow(/non-terminated string/);
    expect(() => lex('x := 1\ny := @', 'f')).toThrow(expect.objectContaining({ location: { file: 'f', row: 2, col: 6 } }));
  });
});

describe('parser', () => {
  it('parses operators into OPA built-in calls with the usual precedence', () => {
    const t = parseTerm('1 + 2 * 3 == 7');
    expect(t).toMatchObject({
      type: 'call',
      op: { name: 'equal' },
      args: [{ type: 'call', op: { name: 'plus' }, args: [{ value: 1 }, { type: 'call', op: { name: 'mul' } }] }, { value: 7 }],
    });
  });

  it('tells sets, objects and comprehensions apart', () => {
    expect(parseTerm('{}').type).toBe('object');
    expect(parseTerm('set()').type).toBe('set');
    expect(parseTerm('{1, 2}').type).toBe('set');
    expect(parseTerm('{"a": 1}').type).toBe('object');
    expect(parseTerm('{x | x := 1}').type).toBe('setcompr');
    expect(parseTerm('{k: v | k := 1; v := 2}').type).toBe('objectcompr');
    expect(parseTerm('[x | x := 1]').type).toBe('arraycompr');
    expect(parseTerm('[a | b]').type).toBe('arraycompr');
    expect(parseTerm('{1} | {2}')).toMatchObject({ type: 'call', op: { name: 'or' } });
  });

  it('parses rule kinds, ref heads, else chains and functions', () => {
    const m = parseModule(
      `package a.b
default p := false
p if input.x
q contains x if some x in input.xs
r.s[t] := 1 if some t in input.ts
f(x) := y if { y := x } else := 0
`,
      'm.rego',
    );
    expect(m.packagePath).toEqual(['data', 'a', 'b']);
    expect(m.rules.map((r) => [r.isDefault, r.head.ref.length, !!r.head.key, !!r.head.args, !!r.elseRule])).toEqual([
      [true, 1, false, false, false],
      [false, 1, false, false, false],
      [false, 1, true, false, false],
      [false, 3, false, false, false],
      [false, 1, false, true, true],
    ]);
  });

  it('parses some … in, every, not and with', () => {
    const body = parseQuery('some k, v in xs\nevery y in ys { y > 0 }\nnot p with input as {}\nx in xs');
    expect(body.map((l) => l.type)).toEqual(['somein', 'every', 'expr', 'expr']);
    expect(body[2]).toMatchObject({ negated: true, withs: [{ target: { name: 'input' } }] });
    expect(body[3]).toMatchObject({ term: { op: { name: 'internal.member_2' } } });
  });

  it('reports parse errors at the offending token', () => {
    const e = parseError('package t\n\np := [1, 2\nq := 3');
    expect(e.code).toBe('rego_parse_error');
    expect(e.location).toEqual({ file: 'x.rego', row: 4, col: 1 });
    expect(parseError('p := 1').message).toMatch(/expected "package"/);
    expect(parseError('package t\nimport foo.bar').message).toMatch(/must begin with input or data/);
  });
});
