/**
 * Rego syntax tree. Every node carries its location so that compile and
 * evaluation errors can point at file:row:col. Operators are parsed into
 * calls under OPA's built-in names (`plus`, `equal`…); `=` is `eq`, `:=` is
 * `assign`, `x in xs` is `internal.member_2`, `k, v in xs` is `internal.member_3`.
 */
import type { BuiltinDef } from './builtins/types.js';
import type { Location } from './errors.js';

export type Scalar = null | boolean | number | string;

export type Term =
  | { type: 'scalar'; value: Scalar; loc: Location }
  | { type: 'var'; name: string; loc: Location }
  | {
      type: 'ref';
      head: Term;
      path: Term[];
      loc: Location;
      /** Evaluator cache: the value of a static `data` ref in the scope with this id. */
      memo?: { scopeId: number; value: unknown };
    }
  | { type: 'array'; items: Term[]; loc: Location }
  | { type: 'set'; items: Term[]; loc: Location }
  | { type: 'object'; entries: [Term, Term][]; loc: Location }
  | { type: 'arraycompr' | 'setcompr'; head: Term; body: Literal[]; loc: Location }
  | { type: 'objectcompr'; key: Term; value: Term; body: Literal[]; loc: Location }
  | CallTerm;

export interface CallTerm {
  type: 'call';
  /** The operator as written: a var or a ref (`count`, `strings.replace_n`, `data.lib.f`). */
  op: Term;
  args: Term[];
  loc: Location;
  /** Set by the compiler: a built-in name or the data path of a user function. */
  target?: { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] };
  /** Set by the compiler: the last argument receives the result (`count(x, n)`). */
  outputOperand?: boolean;
  /** Evaluator cache: the registry entry of a built-in target (null when not in the registry). */
  def?: BuiltinDef | null;
}

export interface With {
  target: Term;
  value: Term;
  loc: Location;
}

export type Literal =
  | { type: 'expr'; term: Term; negated: boolean; withs: With[]; loc: Location }
  | { type: 'some'; vars: string[]; loc: Location }
  | { type: 'somein'; key?: Term; value: Term; collection: Term; withs: With[]; loc: Location }
  | { type: 'every'; key?: Term; value: Term; domain: Term; body: Literal[]; withs: With[]; loc: Location };

export interface RuleHead {
  /** The head reference: first element is the rule name (a string scalar), then its path terms. */
  ref: Term[];
  /** Function parameters, when the rule is a function. */
  args?: Term[];
  /** `contains` element. */
  key?: Term;
  /** The value after `:=`/`=`; absent means `true`. */
  value?: Term;
  assign: boolean;
}

export interface Rule {
  isDefault: boolean;
  head: RuleHead;
  body: Literal[];
  elseRule?: Rule;
  loc: Location;
  annotations: Record<string, unknown> | null;
}

export interface Import {
  /** `data.x.y` or `input.x`, as a ref term. */
  path: Term;
  alias?: string;
  loc: Location;
}

export interface Module {
  file: string;
  packagePath: string[];
  packageLoc: Location;
  imports: Import[];
  rules: Rule[];
  annotations: Record<string, unknown> | null;
}

/** Every variable name occurring in a term, including inside comprehensions. */
export function termVars(t: Term, out: Set<string> = new Set()): Set<string> {
  switch (t.type) {
    case 'var':
      out.add(t.name);
      break;
    case 'ref':
      termVars(t.head, out);
      for (const p of t.path) termVars(p, out);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) termVars(x, out);
      break;
    case 'object':
      for (const [k, v] of t.entries) {
        termVars(k, out);
        termVars(v, out);
      }
      break;
    case 'arraycompr':
    case 'setcompr':
      termVars(t.head, out);
      bodyVars(t.body, out);
      break;
    case 'objectcompr':
      termVars(t.key, out);
      termVars(t.value, out);
      bodyVars(t.body, out);
      break;
    case 'call':
      for (const a of t.args) termVars(a, out);
      break;
    case 'scalar':
      break;
  }
  return out;
}

export function literalVars(l: Literal, out: Set<string> = new Set()): Set<string> {
  switch (l.type) {
    case 'expr':
      termVars(l.term, out);
      for (const w of l.withs) termVars(w.value, out);
      break;
    case 'some':
      for (const v of l.vars) out.add(v);
      break;
    case 'somein':
      if (l.key) termVars(l.key, out);
      termVars(l.value, out);
      termVars(l.collection, out);
      break;
    case 'every':
      if (l.key) termVars(l.key, out);
      termVars(l.value, out);
      termVars(l.domain, out);
      bodyVars(l.body, out);
      break;
  }
  return out;
}

export function bodyVars(body: Literal[], out: Set<string> = new Set()): Set<string> {
  for (const l of body) literalVars(l, out);
  return out;
}

/** Calls onTerm for each direct sub-term and onLiteral for each literal of a nested body. */
export function forEachChildTerm(t: Term, onTerm: (t: Term) => void, onLiteral: (l: Literal) => void): void {
  switch (t.type) {
    case 'ref':
      onTerm(t.head);
      t.path.forEach(onTerm);
      break;
    case 'array':
    case 'set':
      t.items.forEach(onTerm);
      break;
    case 'object':
      for (const [k, v] of t.entries) {
        onTerm(k);
        onTerm(v);
      }
      break;
    case 'arraycompr':
    case 'setcompr':
      onTerm(t.head);
      t.body.forEach(onLiteral);
      break;
    case 'objectcompr':
      onTerm(t.key);
      onTerm(t.value);
      t.body.forEach(onLiteral);
      break;
    case 'call':
      t.args.forEach(onTerm);
      break;
    case 'var':
    case 'scalar':
      break;
  }
}

