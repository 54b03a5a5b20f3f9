/**
 * Safety analysis and literal reordering, as OPA does it: a literal may run
 * once every variable it reads is bound. We repeatedly take the first literal
 * (in source order) that is safe given the variables bound so far; what it
 * binds (unification outputs, ref iteration vars, `some … in` patterns)
 * becomes bound for the rest. When no literal is safe, the body has an unsafe
 * variable: rego_unsafe_var_error.
 *
 * Comprehensions and `every` bodies close over variables of the enclosing
 * scope: a variable that appears both inside and outside must be bound before
 * the nested body runs; the nested body is then reordered in turn.
 */
import { forEachChildTerm, literalVars, termVars, type Literal, type Term } from './ast.js';
import { RegoError, RegoErrors } from './errors.js';

export interface Reordered {
  body: Literal[];
  bound: Set<string>;
}

const ROOTS = new Set(['input', 'data']);

/**
 * @param bound variables bound before the body runs (function args, outer scope)
 * @param outer variables visible outside this body (closures must wait for them)
 */
export function reorderBody(body: Literal[], bound: Set<string>, outer: VarScope): Reordered {
  let cur = new Set([...bound, ...ROOTS]);
  const remaining = body.map((lit, index) => ({ lit, index }));
  const out: Literal[] = [];
  const views = otherVarViews(body, outer);
  while (remaining.length > 0) {
    let scheduled = false;
    for (let i = 0; i < remaining.length; i++) {
      const { lit, index } = remaining[i]!;
      const others = views[index]!;
      const next = schedule(lit, cur, others);
      if (!next) continue;
      out.push(rewriteNested(lit, cur, next, others));
      cur = next;
      remaining.splice(i, 1);
      scheduled = true;
      break;
    }
    if (!scheduled) throw unsafeError(remaining.map((r) => r.lit), cur);
  }
  return { body: out, bound: cur };
}

export function checkHeadSafety(terms: Term[], bound: Set<string>): void {
  for (const t of terms) {
    if (evaluable(t, new Set(bound), new Set())) continue;
    const v = firstUnbound(t, bound);
    if (v) throw new RegoError('rego_unsafe_var_error', `var ${displayName(v.name)} is unsafe`, v.loc);
  }
}

/** Variables visible to a literal from outside it: `has` is all that safety needs. */
export interface VarScope {
  has(name: string): boolean;
}

/** For each literal, the variables of the other literals of its body plus the outer scope. */
function otherVarViews(body: Literal[], outer: VarScope): VarScope[] {
  const own = body.map((l) => {
    const vars = new Set<string>();
    shallowLiteralVars(l, vars);
    return vars;
  });
  const count = new Map<string, number>();
  for (const vars of own) for (const v of vars) count.set(v, (count.get(v) ?? 0) + 1);
  return own.map((vars) => ({
    has: (v: string) => outer.has(v) || (count.get(v) ?? 0) > (vars.has(v) ? 1 : 0),
  }));
}

/** Vars of a literal outside nested comprehension and `every` bodies. */
function shallowLiteralVars(l: Literal, out: Set<string>): void {
  const add = (t: Term): void => shallowTermVars(t, out);
  switch (l.type) {
    case 'expr':
      add(l.term);
      l.withs.forEach((w) => add(w.value));
      break;
    case 'some':
      l.vars.forEach((v) => out.add(v));
      break;
    case 'somein':
      if (l.key) add(l.key);
      add(l.value);
      add(l.collection);
      break;
    case 'every':
      add(l.domain);
      break;
  }
}

function shallowTermVars(t: Term, out: Set<string>): void {
  if (t.type === 'var') out.add(t.name);
  else if (t.type !== 'arraycompr' && t.type !== 'setcompr' && t.type !== 'objectcompr') {
    forEachChildTerm(t, (c) => shallowTermVars(c, out), () => undefined);
  }
}

/** The bound set after running `lit`, or null when it is not yet safe. */
function schedule(lit: Literal, bound: Set<string>, others: VarScope): Set<string> | null {
  const b = new Set(bound);
  switch (lit.type) {
    case 'some':
      return b;
    case 'somein':
      if (!withsSafe(lit.withs, b, others)) return null;
      if (!evaluable(lit.collection, b, others)) return null;
      if (lit.key && !bindPattern(lit.key, b, others)) return null;
      return bindPattern(lit.value, b, others) ? b : null;
    case 'every': {
      if (!withsSafe(lit.withs, b, others)) return null;
      if (!evaluable(lit.domain, b, others)) return null;
      const inner = new Set<string>();
      for (const l of lit.body) literalVars(l, inner);
      for (const v of inner) if (others.has(v) && !b.has(v)) return null;
      return b;
    }
    case 'expr':
      if (!withsSafe(lit.withs, b, others)) return null;
      if (lit.negated) {
        const inner = termVars(lit.term);
        for (const v of inner) if (others.has(v) && !b.has(v)) return null;
        return evaluable(lit.term, new Set(b), others) ? bound : null;
      }
      return exprSafe(lit.term, b, others) ? b : null;
  }
}

function withsSafe(withs: { value: Term }[], b: Set<string>, others: VarScope): boolean {
  return withs.every((w) => evaluable(w.value, new Set(b), others));
}

function exprSafe(t: Term, b: Set<string>, others: VarScope): boolean {
  if (t.type !== 'call' || t.target?.kind !== 'builtin' && t.target?.kind !== 'function') return evaluable(t, b, others);
  const name = t.target.kind === 'builtin' ? t.target.name : '';
  if (name === 'eq') return unifiable(t.args[0]!, t.args[1]!, b, others);
  if (name === 'assign') return evaluable(t.args[1]!, b, others) && bindPattern(t.args[0]!, b, others);
  if (t.outputOperand) {
    const inputs = t.args.slice(0, -1);
    return inputs.every((a) => evaluable(a, b, others)) && bindPattern(t.args[t.args.length - 1]!, b, others);
  }
  return evaluable(t, b, others);
}

/** Can `a = b` run now? Adds what it binds to `b`. */
function unifiable(x: Term, y: Term, b: Set<string>, others: VarScope): boolean {
  if (x.type === 'array' && y.type === 'array' && x.items.length === y.items.length) {
    const trial = new Set(b);
    let progress = true;
    const pending = x.items.map((item, i) => [item, y.items[i]!] as const);
    while (pending.length > 0 && progress) {
      progress = false;
      for (let i = 0; i < pending.length; i++) {
        if (unifiable(pending[i]![0], pending[i]![1], trial, others)) {
          pending.splice(i, 1);
          progress = true;
          break;
        }
      }
    }
    if (pending.length > 0) return false;
    for (const v of trial) b.add(v);
    return true;
  }
  if (x.type === 'object' && y.type === 'object' && x.entries.length === y.entries.length) {
    const pairs = objectPairs(x.entries, y.entries);
    if (pairs) return unifiable({ ...x, type: 'array', items: pairs.map((p) => p[0]) }, { ...y, type: 'array', items: pairs.map((p) => p[1]) }, b, others);
  }
  for (const [value, pattern] of [
    [x, y],
    [y, x],
  ] as const) {
    const trial = new Set(b);
    if (evaluable(value, trial, others) && bindPattern(pattern, trial, others)) {
      for (const v of trial) b.add(v);
      return true;
    }
  }
  return false;
}

/** Can `t` be evaluated to values now? Adds ref iteration vars it binds. */
function evaluable(t: Term, b: Set<string>, others: VarScope): boolean {
  switch (t.type) {
    case 'scalar':
      return true;
    case 'var':
      return b.has(t.name) || ROOTS.has(t.name) || t.name.startsWith('$builtin:') || t.name.startsWith('$function:');
    case 'ref':
      if (t.head.type === 'var' ? !(b.has(t.head.name) || ROOTS.has(t.head.name)) : !evaluable(t.head, b, others)) return false;
      for (const p of t.path) {
        if (p.type === 'var') b.add(p.name);
        else if (p.type === 'array' || p.type === 'object') {
          if (!bindPattern(p, b, others)) return false;
        } else if (!evaluable(p, b, others)) return false;
      }
      return true;
    case 'array':
    case 'set':
      return t.items.every((x) => evaluable(x, b, others));
    case 'object':
      return t.entries.every(([k, v]) => evaluable(k, b, others) && evaluable(v, b, others));
    case 'call': {
      // Arguments may bind each other's vars through refs (`foo == xs[foo]`): iterate to a fixpoint.
      const pending = [...t.args];
      let progress = true;
      while (pending.length > 0 && progress) {
        progress = false;
        for (let i = 0; i < pending.length; i++) {
          const trial = new Set(b);
          if (evaluable(pending[i]!, trial, others)) {
            for (const v of trial) b.add(v);
            pending.splice(i, 1);
            progress = true;
            break;
          }
        }
      }
      return pending.length === 0;
    }
    case 'arraycompr':
    case 'setcompr':
    case 'objectcompr':
      for (const v of termVars(t)) if (others.has(v) && !b.has(v)) return false;
      return true;
  }
}

/** Can `t` be unified with a value now? Adds the vars it binds. */
function bindPattern(t: Term, b: Set<string>, others: VarScope): boolean {
  switch (t.type) {
    case 'var':
      b.add(t.name);
      return true;
    case 'array':
      return t.items.every((x) => bindPattern(x, b, others));
    case 'object':
      return t.entries.every(([k, v]) => evaluable(k, b, others) && bindPattern(v, b, others));
    default:
      return evaluable(t, b, others);
  }
}

/** Reorders bodies nested in a scheduled literal: comprehensions and `every`. */
function rewriteNested(lit: Literal, before: Set<string>, after: Set<string>, others: VarScope): Literal {
  const scopeBound = new Set([...before, ...after]);
  const litVars = new Set<string>();
  shallowLiteralVars(lit, litVars);
  const outer: VarScope = { has: (v) => others.has(v) || litVars.has(v) };
  const fix = (t: Term): Term => rewriteTerm(t, scopeBound, outer);
  switch (lit.type) {
    case 'expr':
      return { ...lit, term: fix(lit.term), withs: lit.withs.map((w) => ({ ...w, value: fix(w.value) })) };
    case 'somein':
      return { ...lit, collection: fix(lit.collection) };
    case 'every': {
      const inner = new Set(scopeBound);
      if (lit.key) termVars(lit.key, inner);
      termVars(lit.value, inner);
      return { ...lit, domain: fix(lit.domain), body: reorderBody(lit.body, inner, outer).body };
    }
    case 'some':
      return lit;
  }
}

function rewriteTerm(t: Term, bound: Set<string>, outer: VarScope): Term {
  const fix = (x: Term): Term => rewriteTerm(x, bound, outer);
  switch (t.type) {
    case 'scalar':
    case 'var':
      return t;
    case 'ref':
      return { ...t, head: fix(t.head), path: t.path.map(fix) };
    case 'array':
    case 'set':
      return { ...t, items: t.items.map(fix) };
    case 'object':
      return { ...t, entries: t.entries.map(([k, v]) => [fix(k), fix(v)] as [Term, Term]) };
    case 'call':
      return { ...t, args: t.args.map(fix) };
    case 'arraycompr':
    case 'setcompr': {
      const r = reorderBody(t.body, bound, outer);
      const head = rewriteTerm(t.head, r.bound, outer);
      checkHeadSafety([head], r.bound);
      return { ...t, body: r.body, head };
    }
    case 'objectcompr': {
      const r = reorderBody(t.body, bound, outer);
      const key = rewriteTerm(t.key, r.bound, outer);
      const value = rewriteTerm(t.value, r.bound, outer);
      checkHeadSafety([key, value], r.bound);
      return { ...t, body: r.body, key, value };
    }
  }
}

/** One rego_unsafe_var_error per variable that the stuck literals need and nothing binds, as OPA reports them. */
function unsafeError(lits: Literal[], bound: Set<string>): RegoErrors {
  const found = new Map<string, RegoError>();
  for (const l of lits) {
    for (const t of inputTerms(l)) {
      for (const v of unboundVars(t, bound)) {
        const name = displayName(v.name);
        if (!found.has(name)) found.set(name, new RegoError('rego_unsafe_var_error', `var ${name} is unsafe`, v.loc));
      }
    }
  }
  if (found.size === 0) return new RegoErrors([new RegoError('rego_unsafe_var_error', 'body contains unsafe variables', lits[0]?.loc)]);
  return new RegoErrors([...found.values()]);
}

/** The terms a literal reads (not the patterns it would bind). */
function inputTerms(l: Literal): Term[] {
  switch (l.type) {
    case 'expr': {
      const t = l.term;
      if (t.type === 'call' && t.target?.kind === 'builtin' && t.target.name === 'assign') return [t.args[1]!];
      if (t.type === 'call' && t.outputOperand) return t.args.slice(0, -1);
      return [t];
    }
    case 'somein':
      return [l.collection];
    case 'every':
      return [l.domain];
    case 'some':
      return [];
  }
}

function unboundVars(t: Term, bound: Set<string>): { name: string; loc: Term['loc'] }[] {
  const out: { name: string; loc: Term['loc'] }[] = [];
  const visit = (x: Term): void => {
    const v = firstUnbound(x, bound);
    if (!v) return;
    if (x.type === 'var') out.push(v);
    else forEachChildTerm(x, visit, () => undefined);
  };
  if (t.type !== 'arraycompr' && t.type !== 'setcompr' && t.type !== 'objectcompr') visit(t);
  return out;
}

function firstUnbound(t: Term, bound: Set<string>): { name: string; loc: Term['loc'] } | undefined {
  if (t.type === 'var') {
    if (bound.has(t.name) || ROOTS.has(t.name) || t.name.startsWith('$builtin:') || t.name.startsWith('$function:')) return undefined;
    return { name: t.name, loc: t.loc };
  }
  if (t.type === 'arraycompr' || t.type === 'setcompr' || t.type === 'objectcompr') return undefined;
  let found: { name: string; loc: Term['loc'] } | undefined;
  forEachChildTerm(
    t,
    (c) => {
      found ??= firstUnbound(c, bound);
    },
    () => undefined,
  );
  return found;
}

/** Names as the user wrote them: nested-scope renames carry a `$N` suffix. */
function displayName(name: string): string {
  if (name.startsWith('$_')) return '_';
  const i = name.indexOf('$');
  return i > 0 ? name.slice(0, i) : name;
}

/** Value terms of two object literals paired by their (scalar) keys, or undefined. */
export function objectPairs(a: [Term, Term][], b: [Term, Term][]): [Term, Term][] | undefined {
  const byKey = new Map<string, Term>();
  for (const [k, v] of b) {
    if (k.type !== 'scalar') return undefined;
    byKey.set(JSON.stringify(k.value), v);
  }
  const out: [Term, Term][] = [];
  for (const [k, v] of a) {
    if (k.type !== 'scalar') return undefined;
    const other = byKey.get(JSON.stringify(k.value));
    if (!other) return undefined;
    out.push([v, other]);
  }
  return out;
}
