/**
 * Top-down evaluator with backtracking, in continuation-passing style: every
 * eval function takes a continuation called once per solution, and undoes its
 * variable bindings (via the Env trail) after the continuation returns.
 *
 * Virtual documents (rules) and the base document (data) are merged lazily:
 * a ref under `data` walks the rule tree; a node holding rules is evaluated
 * whole (memoised per query scope) and the rest of the ref walks that value.
 */
import { termVars, type CallTerm, type Literal, type Term, type With } from './ast.js';
import { BuiltinError, type BuiltinContext, type BuiltinDef, type BuiltinRegistry } from './builtins/types.js';
import type { CompiledRule, RuleNode } from './compiler.js';
import { RegoError, type Location } from './errors.js';
import { objectPairs } from './safety.js';
import { BuildNode, formatForPrint, internalBuiltin, lookup, lookupBase, setPath } from './eval-values.js';
import { ObjectValue, SetValue, equal, fromJSON, keyOf, type Value } from './value.js';

export interface EvalSettings {
  input: Value | undefined;
  data: Value;
  strictBuiltinErrors: boolean;
  deadline: number;
  print: (line: string) => void;
  nowNs: bigint;
}

type Mock = { kind: 'value'; value: Value } | { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] };

interface Scope {
  /** Unique per scope: keys the memo of static refs on the AST. */
  id: number;
  input: Value | undefined;
  data: Value;
  /** Data paths replaced by `with data.… as`, as keys of pathKey(). */
  overridden: Set<string> | null;
  mocks: Map<string, Mock> | null;
  cache: Map<RuleNode, Value | undefined | typeof IN_PROGRESS>;
  fnCache: Map<string, Value | undefined>;
}

const IN_PROGRESS = Symbol('in-progress');
const MULTI = Symbol('multi');
let scopeCounter = 0;

class Stop {}

/** Variable bindings with a trail, so a failed branch can be undone to a mark. */
export class Env {
  readonly vals = new Map<string, Value>();
  private readonly trail: string[] = [];

  bind(name: string, v: Value): void {
    this.vals.set(name, v);
    this.trail.push(name);
  }

  mark(): number {
    return this.trail.length;
  }

  undo(mark: number): void {
    while (this.trail.length > mark) this.vals.delete(this.trail.pop()!);
  }
}

type K = () => void;
type KV = (v: Value) => void;

export class Evaluator {
  private scope: Scope;
  private ticks = 0;
  private currentRule: CompiledRule | undefined;
  private readonly ctx: BuiltinContext;

  constructor(
    private readonly root: RuleNode,
    private readonly builtins: BuiltinRegistry,
    private readonly settings: EvalSettings,
  ) {
    this.scope = { id: ++scopeCounter, input: settings.input, data: settings.data, overridden: null, mocks: null, cache: new Map(), fnCache: new Map() };
    this.ctx = { nowNs: settings.nowNs, cache: new Map() };
  }

  // ---- bodies and literals -------------------------------------------------

  evalBody(body: Literal[], i: number, env: Env, k: K): void {
    // Literals with one value and no bindings beyond `var := …` run in a loop
    // without continuations; the first other literal continues in CPS.
    const mark = env.mark();
    for (; i < body.length; i++) {
      const outcome = this.evalLiteralDirect(body[i]!, env);
      if (outcome === MULTI) break;
      if (!outcome) {
        env.undo(mark);
        return;
      }
    }
    if (i === body.length) k();
    else this.evalLiteral(body[i]!, env, () => this.evalBody(body, i + 1, env, k));
    env.undo(mark);
  }

  /** true/false when the literal could be decided directly, MULTI otherwise. */
  private evalLiteralDirect(lit: Literal, env: Env): boolean | typeof MULTI {
    if (lit.type !== 'expr' || lit.withs.length > 0) return MULTI;
    this.tick(lit.loc);
    const t = lit.term;
    if (!lit.negated && t.type === 'call' && t.target?.kind === 'builtin' && (t.target.name === 'assign' || t.target.name === 'eq')) {
      const lhs = t.args[0]!;
      if (lhs.type !== 'var' || env.vals.has(lhs.name) || lhs.name === 'input' || lhs.name === 'data') return MULTI;
      const v = this.evalDirect(t.args[1]!, env);
      if (v === MULTI) return MULTI;
      if (v === undefined) return false;
      env.bind(lhs.name, v);
      return true;
    }
    const v = this.evalDirect(t, env);
    if (v === MULTI) return MULTI;
    const holds = v !== undefined && v !== false;
    return lit.negated ? !holds : holds;
  }

  /** Runs `run` until its first solution; true when there was one. Bindings are undone. */
  exists(env: Env, run: (k: K) => void): boolean {
    const stop = new Stop();
    const mark = env.mark();
    try {
      run(() => {
        throw stop;
      });
    } catch (e) {
      if (e !== stop) throw e;
      env.undo(mark);
      return true;
    }
    return false;
  }

  private evalLiteral(lit: Literal, env: Env, k: K): void {
    this.tick(lit.loc);
    if (lit.type !== 'some' && lit.withs.length > 0) {
      this.withScope(lit.withs, env, (inner) => this.evalLiteralPlain(lit, env, inner), k);
      return;
    }
    this.evalLiteralPlain(lit, env, k);
  }

  private evalLiteralPlain(lit: Literal, env: Env, k: K): void {
    switch (lit.type) {
      case 'some':
        return k();
      case 'somein': {
        const keyTerm = lit.key;
        return this.evalTerm(lit.collection, env, (coll) => {
          if (!keyTerm) this.forEachMember(coll, (_key, val) => this.unifyValue(lit.value, val, env, k));
          else this.forEachMember(coll, (key, val) => this.unifyValue(keyTerm, key, env, () => this.unifyValue(lit.value, val, env, k)));
        });
      }
      case 'every':
        return this.evalEvery(lit, env, k);
      case 'expr':
        if (lit.negated) {
          if (!this.exists(env, (inner) => this.evalExpr(lit.term, env, inner))) k();
          return;
        }
        return this.evalExpr(lit.term, env, k);
    }
  }

  private evalEvery(lit: Extract<Literal, { type: 'every' }>, env: Env, k: K): void {
    let domainSeen = false;
    this.evalTerm(lit.domain, env, (dom) => {
      domainSeen = true;
      let all = true;
      this.forEachMember(dom, (key, val) => {
        if (!all) return;
        const ok = this.exists(env, (inner) => {
          const withValue = (): void => this.unifyValue(lit.value, val, env, () => this.evalBody(lit.body, 0, env, inner));
          if (lit.key) this.unifyValue(lit.key, key, env, withValue);
          else withValue();
        });
        if (!ok) all = false;
      });
      if (all) k();
    });
    // An undefined domain makes `every` vacuously true, as in OPA.
    if (!domainSeen) k();
  }

  private evalExpr(t: Term, env: Env, k: K): void {
    if (t.type === 'call' && t.target?.kind === 'builtin') {
      const name = t.target.name;
      if (name === 'eq' || name === 'assign') return this.unify(t.args[0]!, t.args[1]!, env, k);
    }
    if (t.type === 'call' && t.outputOperand) {
      const out = t.args[t.args.length - 1]!;
      return this.evalCall(t, env, (v) => this.unifyValue(out, v, env, k));
    }
    this.evalTerm(t, env, (v) => {
      if (v !== false) k();
    });
  }

  // ---- with --------------------------------------------------------------------

  private withScope(withs: With[], env: Env, body: (k: K) => void, k: K): void {
    this.evalWithValues(withs, 0, [], env, (values) => {
      const inner = this.applyWiths(withs, values);
      const saved = this.scope;
      this.scope = inner;
      try {
        body(() => {
          this.scope = saved;
          try {
            k();
          } finally {
            this.scope = inner;
          }
        });
      } finally {
        this.scope = saved;
      }
    });
  }

  private evalWithValues(withs: With[], i: number, acc: (Value | Mock)[], env: Env, k: (vals: (Value | Mock)[]) => void): void {
    if (i === withs.length) return k(acc);
    const v = withs[i]!.value;
    if (v.type === 'var' && v.name.startsWith('$builtin:')) {
      return this.evalWithValues(withs, i + 1, [...acc, { kind: 'builtin', name: v.name.slice(9) }], env, k);
    }
    if (v.type === 'var' && v.name.startsWith('$function:')) {
      return this.evalWithValues(withs, i + 1, [...acc, { kind: 'function', path: v.name.slice(10).split('.') }], env, k);
    }
    this.evalTerm(v, env, (val) => this.evalWithValues(withs, i + 1, [...acc, val], env, k));
  }

  private applyWiths(withs: With[], values: (Value | Mock)[]): Scope {
    const s: Scope = { ...this.scope, id: ++scopeCounter, cache: new Map(), fnCache: new Map() };
    withs.forEach((w, i) => {
      const v = values[i]!;
      const target = targetPath(w.target);
      const asMock: Mock = isMock(v) ? v : { kind: 'value', value: v };
      if (target[0] === 'input') {
        s.input = setPath(s.input, target.slice(1), mockValue(asMock, w.loc));
        return;
      }
      if (target[0] === 'data') {
        const node = this.root.find(target.slice(1));
        if (node?.kind === 'function') {
          s.mocks = new Map(s.mocks ?? []);
          s.mocks.set('data.' + target.slice(1).join('.'), asMock);
          return;
        }
        s.data = setPath(s.data, target.slice(1), mockValue(asMock, w.loc)) ?? new ObjectValue();
        s.overridden = new Set(s.overridden ?? []);
        s.overridden.add(pathKey(target.slice(1)));
        return;
      }
      s.mocks = new Map(s.mocks ?? []);
      s.mocks.set(target.join('.'), asMock);
    });
    return s;
  }

  // ---- unification ---------------------------------------------------------------

  unify(a: Term, b: Term, env: Env, k: K): void {
    if (this.isUnboundVar(a, env)) return this.evalTerm(b, env, (v) => this.unifyValue(a, v, env, k));
    if (this.isUnboundVar(b, env)) return this.evalTerm(a, env, (v) => this.unifyValue(b, v, env, k));
    if (a.type === 'array' && b.type === 'array') {
      if (a.items.length !== b.items.length) return;
      const step = (i: number): void => (i === a.items.length ? k() : this.unify(a.items[i]!, b.items[i]!, env, () => step(i + 1)));
      return step(0);
    }
    if (a.type === 'object' && b.type === 'object' && a.entries.length === b.entries.length) {
      const pairs = objectPairs(a.entries, b.entries);
      if (pairs) {
        const step = (i: number): void => (i === pairs.length ? k() : this.unify(pairs[i]![0], pairs[i]![1], env, () => step(i + 1)));
        return step(0);
      }
    }
    if (!this.hasUnboundPattern(a, env)) return this.evalTerm(a, env, (v) => this.unifyValue(b, v, env, k));
    this.evalTerm(b, env, (v) => this.unifyValue(a, v, env, k));
  }

  unifyValue(pattern: Term, v: Value, env: Env, k: K): void {
    switch (pattern.type) {
      case 'var': {
        const bound = env.vals.get(pattern.name);
        if (bound !== undefined) {
          if (equal(bound, v)) k();
          return;
        }
        if (pattern.name === 'input' || pattern.name === 'data') {
          return this.evalTerm(pattern, env, (pv) => {
            if (equal(pv, v)) k();
          });
        }
        const mark = env.mark();
        env.bind(pattern.name, v);
        k();
        env.undo(mark);
        return;
      }
      case 'scalar':
        if (equal(pattern.value, v)) k();
        return;
      case 'array': {
        if (!Array.isArray(v) || v.length !== pattern.items.length) return;
        const step = (i: number): void => (i === v.length ? k() : this.unifyValue(pattern.items[i]!, v[i]!, env, () => step(i + 1)));
        return step(0);
      }
      case 'object': {
        if (!(v instanceof ObjectValue) || v.size !== pattern.entries.length) return;
        const step = (i: number): void => {
          if (i === pattern.entries.length) return k();
          const [kt, vt] = pattern.entries[i]!;
          this.evalTerm(kt, env, (key) => {
            const child = v.get(key);
            if (child !== undefined) this.unifyValue(vt, child, env, () => step(i + 1));
          });
        };
        return step(0);
      }
      default:
        this.evalTerm(pattern, env, (pv) => {
          if (equal(pv, v)) k();
        });
    }
  }

  private isUnboundVar(t: Term, env: Env): boolean {
    return t.type === 'var' && !env.vals.has(t.name) && t.name !== 'input' && t.name !== 'data';
  }

  private hasUnboundPattern(t: Term, env: Env): boolean {
    if (t.type === 'var') return this.isUnboundVar(t, env);
    if (t.type === 'array') return t.items.some((x) => this.hasUnboundPattern(x, env));
    if (t.type === 'object') return t.entries.some(([, x]) => this.hasUnboundPattern(x, env));
    return false;
  }

  // ---- terms ---------------------------------------------------------------------

  evalTerm(t: Term, env: Env, k: KV): void {
    const direct = this.evalDirect(t, env);
    if (direct !== MULTI) {
      if (direct !== undefined) k(direct);
      return;
    }
    switch (t.type) {
      case 'scalar':
        return k(t.value);
      case 'var':
        return this.evalVar(t.name, env, k, t.loc);
      case 'ref':
        return this.evalRef(t, env, k);
      case 'array':
        return this.evalTerms(t.items, env, (vals) => k(vals));
      case 'set':
        return this.evalTerms(t.items, env, (vals) => k(new SetValue(vals)));
      case 'object':
        return this.evalObject(t.entries, env, k);
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr':
        return k(this.evalComprehension(t, env));
      case 'call':
        return this.evalCall(t, env, k);
    }
  }

  /**
   * Fast path without continuations for terms that have at most one value and
   * bind nothing: scalars, bound vars, refs over values with ground keys,
   * collections and calls of such terms. MULTI means "use the general path".
   */
  private evalDirect(t: Term, env: Env): Value | undefined | typeof MULTI {
    switch (t.type) {
      case 'scalar':
        return t.value;
      case 'var': {
        const v = env.vals.get(t.name);
        if (v !== undefined) return v;
        return t.name === 'input' ? this.scope.input : MULTI;
      }
      case 'ref':
        return this.directRef(t, env);
      case 'array':
      case 'set': {
        const out: Value[] = [];
        for (const item of t.items) {
          const v = this.evalDirect(item, env);
          if (v === MULTI || v === undefined) return v;
          out.push(v);
        }
        return t.type === 'array' ? out : new SetValue(out);
      }
      case 'object': {
        const entries: [Value, Value][] = [];
        for (const [kt, vt] of t.entries) {
          const key = this.evalDirect(kt, env);
          if (key === MULTI || key === undefined) return key;
          const val = this.evalDirect(vt, env);
          if (val === MULTI || val === undefined) return val;
          entries.push([key, val]);
        }
        return new ObjectValue(entries);
      }
      case 'arraycompr':
      case 'setcompr':
      case 'objectcompr':
        return this.evalComprehension(t, env);
      case 'call':
        return this.directCall(t, env);
      default:
        return MULTI;
    }
  }

  private directRef(t: Extract<Term, { type: 'ref' }>, env: Env): Value | undefined | typeof MULTI {
    if (t.head.type === 'var' && t.head.name === 'data') {
      if (!isStaticPath(t.path)) return this.dataDirect(t.path, env);
      // A static data ref has one value per scope: resolve the rule tree once.
      if (t.memo?.scopeId === this.scope.id) return t.memo.value as Value | undefined;
      const v = this.dataDirect(t.path, env);
      if (v !== MULTI) t.memo = { scopeId: this.scope.id, value: v };
      return v;
    }
    let cur = this.evalDirect(t.head, env);
    if (cur === MULTI || cur === undefined) return cur;
    for (const p of t.path) {
      let key: Value | undefined | typeof MULTI;
      if (p.type === 'scalar') key = p.value;
      else {
        if (p.type === 'var' && !env.vals.has(p.name)) return MULTI;
        key = this.evalDirect(p, env);
        if (key === MULTI || key === undefined) return key;
      }
      cur = lookup(cur, key);
      if (cur === undefined) return undefined;
    }
    return cur;
  }

  /** A call whose operands are direct; eq/assign/print, relations and mocks take the general path. */
  private directCall(t: CallTerm, env: Env): Value | undefined | typeof MULTI {
    const target = t.target;
    if (!target || t.outputOperand) return MULTI;
    if (target.kind === 'builtin' && !target.name.startsWith('internal.') && this.builtinDef(t) === null) return MULTI;
    const n = t.args.length;
    const args = new Array<Value>(n);
    for (let j = 0; j < n; j++) {
      const v = this.evalDirect(t.args[j]!, env);
      if (v === MULTI || v === undefined) return v;
      args[j] = v;
    }
    const mock = this.scope.mocks?.get(target.kind === 'builtin' ? target.name : 'data.' + target.path.join('.'));
    if (mock) return MULTI;
    if (target.kind === 'function') return this.callFunction(target.path, args, t.loc);
    const def = this.builtinDef(t);
    if (def === null) return target.name.startsWith('internal.') ? internalBuiltin(target.name, args) : MULTI;
    if (def.relation) return MULTI;
    return this.invokeDef(def, args, t.loc);
  }

  /** The registry entry of a call's built-in, cached on the term; null for eq, assign, print. */
  private builtinDef(t: CallTerm): BuiltinDef | null {
    if (t.def === undefined) t.def = t.target?.kind === 'builtin' ? (this.builtins.get(t.target.name) ?? null) : null;
    return t.def;
  }

  /** walkData without continuations, for refs whose keys are all ground. */
  private dataDirect(path: Term[], env: Env): Value | undefined | typeof MULTI {
    const keys: Value[] = [];
    for (const p of path) {
      if (p.type === 'var' && !env.vals.has(p.name)) return MULTI;
      const key = this.evalDirect(p, env);
      if (key === MULTI || key === undefined) return key;
      keys.push(key);
    }
    let node: RuleNode | undefined = this.root;
    let base: Value | undefined = this.scope.data;
    let i = 0;
    const at: string[] = [];
    for (; i < keys.length; i++) {
      if (node.kind !== undefined || this.scope.overridden?.has(pathKey(at))) break;
      const key = keys[i]!;
      base = base === undefined ? undefined : lookupBase(base, key);
      const child: RuleNode | undefined = typeof key === 'string' ? node.children.get(key) : undefined;
      if (!child) {
        node = undefined;
        i++;
        break;
      }
      node = child;
      at.push(key as string);
    }
    let cur = node ? this.nodeValue(node, base, at) : base;
    for (; i < keys.length && cur !== undefined; i++) cur = node ? lookup(cur, keys[i]!) : lookupBase(cur, keys[i]!);
    return cur;
  }

  private evalVar(name: string, env: Env, k: KV, loc: Location): void {
    const v = env.vals.get(name);
    if (v !== undefined) return k(v);
    if (name === 'input') {
      if (this.scope.input !== undefined) k(this.scope.input);
      return;
    }
    if (name === 'data') {
      const d = this.nodeValue(this.root, this.scope.data, []);
      if (d !== undefined) k(d);
      return;
    }
    throw new RegoError('eval_internal_error', `var ${name} is unbound`, loc);
  }

  /**
   * Evaluates terms left to right, except that plain variables still unbound
   * come last: `foo == xs[foo]` binds foo through the ref first.
   */
  private evalTerms(terms: Term[], env: Env, k: (vals: Value[]) => void): void {
    const out: Value[] = new Array<Value>(terms.length);
    let order: number[] | undefined;
    for (let i = 0; i < terms.length; i++) {
      if (this.isUnboundVar(terms[i]!, env)) {
        order = [...terms.keys()].sort((a, b) => Number(this.isUnboundVar(terms[a]!, env)) - Number(this.isUnboundVar(terms[b]!, env)));
        break;
      }
    }
    const step = (j: number): void => {
      if (j === terms.length) return k(out.slice());
      const i = order ? order[j]! : j;
      this.evalTerm(terms[i]!, env, (v) => {
        out[i] = v;
        step(j + 1);
      });
    };
    step(0);
  }

  private evalObject(entries: [Term, Term][], env: Env, k: KV): void {
    const flat: Term[] = [];
    for (const [key, val] of entries) flat.push(key, val);
    this.evalTerms(flat, env, (vals) => {
      const pairs: [Value, Value][] = [];
      for (let i = 0; i < vals.length; i += 2) pairs.push([vals[i]!, vals[i + 1]!]);
      k(new ObjectValue(pairs));
    });
  }

  private evalComprehension(t: Extract<Term, { type: 'arraycompr' | 'setcompr' | 'objectcompr' }>, env: Env): Value {
    if (t.type === 'objectcompr') return this.evalObjectComprehension(t, env);
    const out: Value[] = [];
    this.evalBody(t.body, 0, env, () => this.evalTerm(t.head, env, (v) => out.push(v)));
    return t.type === 'arraycompr' ? out : new SetValue(out);
  }

  private evalObjectComprehension(t: Extract<Term, { type: 'objectcompr' }>, env: Env): ObjectValue {
    const out = new Map<string, [Value, Value]>();
    this.evalBody(t.body, 0, env, () =>
      this.evalTerm(t.key, env, (key) =>
        this.evalTerm(t.value, env, (val) => {
          const kk = keyOf(key);
          const prev = out.get(kk);
          if (prev && !equal(prev[1], val)) throw new RegoError('eval_conflict_error', 'object keys must be unique', t.loc);
          out.set(kk, [key, val]);
        }),
      ),
    );
    return new ObjectValue(out.values());
  }

  // ---- refs ------------------------------------------------------------------------

  private evalRef(t: Extract<Term, { type: 'ref' }>, env: Env, k: KV): void {
    const head = t.head;
    if (head.type === 'var' && !env.vals.has(head.name)) {
      if (head.name === 'data') return this.walkData(this.root, this.scope.data, [], t.path, 0, env, k);
      if (head.name === 'input') {
        if (this.scope.input !== undefined) this.walkValue(this.scope.input, t.path, 0, env, k);
        return;
      }
    }
    this.evalTerm(head, env, (v) => this.walkValue(v, t.path, 0, env, k));
  }

  /** @param inBase v is (part of) the base document, where numbers also find string keys. */
  private walkValue(v: Value, path: Term[], i: number, env: Env, k: KV, inBase = false): void {
    if (i === path.length) return k(v);
    const p = path[i]!;
    if (this.hasUnboundPattern(p, env)) {
      return this.forEachMember(v, (key, val) => this.unifyValue(p, key, env, () => this.walkValue(val, path, i + 1, env, k, inBase)));
    }
    this.evalTerm(p, env, (key) => {
      const child = inBase ? lookupBase(v, key) : lookup(v, key);
      if (child !== undefined) this.walkValue(child, path, i + 1, env, k, inBase);
    });
  }

  private walkData(node: RuleNode, base: Value | undefined, at: string[], path: Term[], i: number, env: Env, k: KV): void {
    if (this.scope.overridden?.has(pathKey(at)) || node.kind !== undefined || i === path.length) {
      const v = this.nodeValue(node, base, at);
      if (v !== undefined) this.walkValue(v, path, i, env, k);
      return;
    }
    const p = path[i]!;
    const step = (key: Value): void => {
      const childBase = base === undefined ? undefined : lookupBase(base, key);
      const child = typeof key === 'string' ? node.children.get(key) : undefined;
      if (child) this.walkData(child, childBase, [...at, key as string], path, i + 1, env, k);
      else if (childBase !== undefined) this.walkValue(childBase, path, i + 1, env, k, true);
    };
    if (!this.hasUnboundPattern(p, env)) return this.evalTerm(p, env, step);
    const keys = new Map<string, Value>();
    for (const name of node.children.keys()) keys.set(keyOf(name), name);
    if (base instanceof ObjectValue) for (const key of base.keys()) keys.set(keyOf(key), key);
    for (const key of keys.values()) this.unifyValue(p, key, env, () => step(key));
  }

  // ---- virtual documents ---------------------------------------------------------------

  /** The value of the document at a rule-tree node merged with the base document there. */
  nodeValue(node: RuleNode, base: Value | undefined, at: string[]): Value | undefined {
    if (this.scope.overridden?.has(pathKey(at))) return base;
    if (node.kind === 'function') return undefined;
    if (node.kind === 'complete') return this.cachedRuleValue(node, () => this.evalComplete(node));
    const own = node.kind ? this.cachedRuleValue(node, () => this.evalPartial(node)) : undefined;
    if (own instanceof SetValue) return own;
    const entries = new Map<string, [Value, Value]>();
    if (base instanceof ObjectValue) for (const [k, v] of base.entries()) entries.set(keyOf(k), [k, v]);
    if (own instanceof ObjectValue) for (const [k, v] of own.entries()) mergeEntry(entries, k, v, node);
    for (const [name, child] of node.children) {
      const childBase = base instanceof ObjectValue ? base.get(name) : undefined;
      const cv = this.nodeValue(child, childBase, [...at, name]);
      // A child's value already includes its base document; it conflicts only with this node's own rules.
      const fromOwnRules = own instanceof ObjectValue && own.has(name);
      if (cv !== undefined) mergeEntry(entries, name, cv, child, !fromOwnRules);
      else if (childBase !== undefined && child.kind !== undefined) entries.delete(keyOf(name));
    }
    return new ObjectValue(entries.values());
  }

  private cachedRuleValue(node: RuleNode, compute: () => Value | undefined): Value | undefined {
    const cached = this.scope.cache.get(node);
    if (cached === IN_PROGRESS) {
      throw new RegoError('rego_recursion_error', `rule data.${node.path.join('.')} is recursive`, node.rules[0]?.loc);
    }
    if (cached !== undefined || this.scope.cache.has(node)) return cached as Value | undefined;
    this.scope.cache.set(node, IN_PROGRESS);
    try {
      const v = compute();
      this.scope.cache.set(node, v);
      return v;
    } catch (e) {
      this.scope.cache.delete(node);
      throw e;
    }
  }

  private evalComplete(node: RuleNode): Value | undefined {
    const values = new Map<string, Value>();
    for (const rule of node.rules) {
      for (let r: CompiledRule | undefined = rule; r; r = r.elseRule) {
        const before = values.size;
        const rr = r;
        const produced = this.inRule(rr, () => this.ruleSolutions(rr, new Env(), rr.value, (v) => values.set(keyOf(v), v)));
        if (values.size > 1) {
          throw new RegoError('eval_conflict_error', `rule data.${node.path.join('.')} produced conflicting values`, r.loc);
        }
        if (produced || values.size > before) break;
      }
    }
    if (values.size === 1) return values.values().next().value;
    if (node.defaultRule) return this.groundValue(node.defaultRule.value);
    return undefined;
  }

  /**
   * Runs a rule body and evaluates `head` for each solution. A ground head
   * value needs only the first solution. Returns whether the body had one.
   */
  private ruleSolutions(r: CompiledRule, env: Env, head: Term, onValue: (v: Value) => void): boolean {
    if (termVars(head).size === 0 && head.type !== 'call' && !hasRefOrCall(head)) {
      const found = this.exists(env, (k) => this.evalBody(r.body, 0, env, k));
      if (found) this.evalTerm(head, env, onValue);
      return found;
    }
    let found = false;
    this.evalBody(r.body, 0, env, () => {
      found = true;
      this.evalTerm(head, env, onValue);
    });
    return found;
  }

  private groundValue(t: Term): Value | undefined {
    let out: Value | undefined;
    this.evalTerm(t, new Env(), (v) => {
      out = v;
    });
    return out;
  }

  private evalPartial(node: RuleNode): Value {
    const isSet = node.kind === 'partial-set';
    const tree = new BuildNode();
    for (const rule of node.rules) {
      const env = new Env();
      const keys: Term[] = isSet ? [...rule.dynKeys, rule.key!] : [...rule.dynKeys, rule.value];
      this.inRule(rule, () =>
        this.evalBody(rule.body, 0, env, () =>
          this.evalTerms(keys, env, (vals) => {
            if (isSet) tree.addToSet(vals.slice(0, -1), vals[vals.length - 1]!, rule.loc);
            else tree.put(vals.slice(0, -1), vals[vals.length - 1]!, rule.loc);
          }),
        ),
      );
    }
    if (isSet && node.rules.every((r) => r.dynKeys.length === 0)) return tree.toSet();
    return tree.toValue();
  }

  // ---- calls ------------------------------------------------------------------------------

  private evalCall(t: CallTerm, env: Env, k: KV): void {
    const target = t.target;
    if (!target) throw new RegoError('eval_internal_error', 'unresolved call', t.loc);
    const inputs = t.outputOperand ? t.args.slice(0, -1) : t.args;
    if (target.kind === 'builtin') {
      switch (target.name) {
        case 'eq':
        case 'assign':
          return this.unify(t.args[0]!, t.args[1]!, env, () => k(true));
        case 'print':
          return this.evalPrint(t.args, env, () => k(true));
        case 'rego.metadata.rule':
        case 'rego.metadata.chain':
          return k(this.metadata(target.name));
      }
    }
    this.evalTerms(inputs, env, (args) => {
      const mockKey = target.kind === 'builtin' ? target.name : 'data.' + target.path.join('.');
      const mock = this.scope.mocks?.get(mockKey);
      if (mock) return this.callMock(mock, args, t, k);
      if (target.kind === 'function') {
        const v = this.callFunction(target.path, args, t.loc);
        if (v !== undefined) k(v);
        return;
      }
      this.callBuiltin(target.name, args, t.loc, k);
    });
  }

  private callMock(mock: Mock, args: Value[], t: CallTerm, k: KV): void {
    if (mock.kind === 'value') return k(mock.value);
    if (mock.kind === 'builtin') return this.callBuiltin(mock.name, args, t.loc, k);
    // A replacement function sees the original functions, not other mocks (as in OPA).
    const saved = this.scope;
    this.scope = { ...saved, id: ++scopeCounter, mocks: null, cache: new Map(), fnCache: new Map() };
    let v: Value | undefined;
    try {
      v = this.callFunction(mock.path, args, t.loc);
    } finally {
      this.scope = saved;
    }
    if (v !== undefined) k(v);
  }

  private callBuiltin(name: string, args: Value[], loc: Location, k: KV): void {
    const def = this.builtins.get(name);
    const result = this.invokeBuiltin(name, args, loc);
    if (result === undefined) return;
    if (def?.relation && Array.isArray(result)) {
      for (const r of result) k(r);
      return;
    }
    k(result);
  }

  /** Calls a built-in; a BuiltinError is undefined unless strict, as in OPA. */
  private invokeBuiltin(name: string, args: Value[], loc: Location): Value | undefined {
    if (name.startsWith('internal.')) return internalBuiltin(name, args);
    const def = this.builtins.get(name);
    if (!def) throw new RegoError('eval_internal_error', `built-in ${name} is not registered`, loc);
    return this.invokeDef(def, args, loc);
  }

  private invokeDef(def: BuiltinDef, args: Value[], loc: Location): Value | undefined {
    const name = def.name;
    try {
      return def.fn(args, this.ctx);
    } catch (e) {
      if (e instanceof BuiltinError) {
        if (this.settings.strictBuiltinErrors) throw new RegoError(e.code, `${name}: ${e.message}`, loc);
        return undefined;
      }
      if (e instanceof RegoError) throw e;
      throw new RegoError('eval_internal_error', `${name}: ${(e as Error).message}`, loc);
    }
  }

  /** Calls a user function; undefined when no definition applies. */
  callFunction(path: string[], args: Value[], loc: Location): Value | undefined {
    const node = this.root.find(path);
    if (!node) throw new RegoError('eval_internal_error', `function data.${path.join('.')} not found`, loc);
    const memoKey = path.join('.') + '(' + args.map(keyOf).join(',');
    if (this.scope.fnCache.has(memoKey)) return this.scope.fnCache.get(memoKey);
    const values = new Map<string, Value>();
    for (const rule of node.rules) {
      for (let r: CompiledRule | undefined = rule; r; r = r.elseRule) {
        const env = new Env();
        let produced = false;
        const rr = r;
        this.inRule(rr, () =>
          this.bindArgs(rr.args ?? [], args, env, () =>
            this.evalBody(rr.body, 0, env, () => {
              produced = true;
              this.evalTerm(rr.value, env, (v) => values.set(keyOf(v), v));
            }),
          ),
        );
        if (values.size > 1) {
          throw new RegoError('eval_conflict_error', `function data.${path.join('.')} produced conflicting values for the same inputs`, loc);
        }
        if (produced) break;
      }
    }
    let out: Value | undefined = values.size === 1 ? values.values().next().value : undefined;
    if (out === undefined && node.defaultRule) out = this.groundValue(node.defaultRule.value);
    this.scope.fnCache.set(memoKey, out);
    return out;
  }

  /** Runs f with `rule` as the rule whose body is being evaluated (for rego.metadata.*). */
  private inRule<T>(rule: CompiledRule, f: () => T): T {
    const saved = this.currentRule;
    this.currentRule = rule;
    try {
      return f();
    } finally {
      this.currentRule = saved;
    }
  }

  /** rego.metadata.rule() / chain(): the METADATA of the rule being evaluated, {} / [] outside rules. */
  private metadata(name: string): Value {
    const rule = this.currentRule;
    if (name === 'rego.metadata.rule') return annotationValue(rule?.annotations ?? {});
    if (!rule) return [];
    const chain: Value[] = [entry(['data', ...rule.path], rule.annotations)];
    if (rule.packageAnnotations) chain.push(entry(rule.packagePath, rule.packageAnnotations));
    return chain;
  }

  private bindArgs(params: Term[], args: Value[], env: Env, k: K): void {
    const step = (i: number): void => (i === params.length ? k() : this.unifyValue(params[i]!, args[i]!, env, () => step(i + 1)));
    step(0);
  }

  private evalPrint(args: Term[], env: Env, k: K): void {
    const parts = args.map((a) => {
      const vals: Value[] = [];
      this.evalTerm(a, env, (v) => vals.push(v));
      return vals.length === 0 ? '<undefined>' : vals.map(formatForPrint).join(' ');
    });
    this.settings.print(parts.join(' '));
    k();
  }

  // ---- iteration ---------------------------------------------------------------------------

  /** Calls f for each member; each one counts towards the time budget. */
  forEachMember(coll: Value, f: (key: Value, val: Value) => void): void {
    if (Array.isArray(coll)) {
      for (let i = 0; i < coll.length; i++) {
        this.tick();
        f(i, coll[i]!);
      }
    } else if (coll instanceof ObjectValue) {
      for (const [k, v] of [...coll.entries()]) {
        this.tick();
        f(k, v);
      }
    } else if (coll instanceof SetValue) {
      for (const v of [...coll.values()]) {
        this.tick();
        f(v, v);
      }
    }
  }

  /** Counts one step; every 1,024 steps, past the deadline is eval_cancel_error. */
  private tick(loc?: Location): void {
    if (++this.ticks % 1024 === 0 && Date.now() > this.settings.deadline) {
      throw new RegoError('eval_cancel_error', 'evaluation timed out (time budget exceeded)', loc);
    }
  }
}

const staticPaths = new WeakMap<Term[], boolean>();

function isStaticPath(path: Term[]): boolean {
  let known = staticPaths.get(path);
  if (known === undefined) {
    known = path.every((p) => p.type === 'scalar');
    staticPaths.set(path, known);
  }
  return known;
}

function isMock(v: Value | Mock): v is Mock {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof SetValue) && !(v instanceof ObjectValue);
}

function mockValue(m: Mock, loc: Location): Value {
  if (m.kind === 'value') return m.value;
  throw new RegoError('rego_compile_error', 'with: a function can only replace a function', loc);
}

function targetPath(t: Term): string[] {
  if (t.type === 'var') return [t.name];
  if (t.type === 'ref' && t.head.type === 'var') {
    return [t.head.name, ...t.path.map((p) => (p.type === 'scalar' ? String(p.value) : ''))];
  }
  throw new RegoError('rego_compile_error', 'with target must be a reference', t.loc);
}

function pathKey(path: readonly string[]): string {
  return path.join('\u0000');
}

function hasRefOrCall(t: Term): boolean {
  switch (t.type) {
    case 'ref':
    case 'call':
    case 'arraycompr':
    case 'setcompr':
    case 'objectcompr':
      return true;
    case 'array':
    case 'set':
      return t.items.some(hasRefOrCall);
    case 'object':
      return t.entries.some(([a, b]) => hasRefOrCall(a) || hasRefOrCall(b));
    default:
      return false;
  }
}

/**
 * Puts k → v into a document being assembled. Two objects merge key by key.
 * Otherwise a different value is a conflict, unless `replacesBase`: a rule's
 * value replaces what the base document held at that key.
 */
function mergeEntry(entries: Map<string, [Value, Value]>, k: Value, v: Value, node: RuleNode, replacesBase = false): void {
  const kk = keyOf(k);
  const prev = entries.get(kk);
  if (prev === undefined || equal(prev[1], v)) {
    entries.set(kk, [k, v]);
    return;
  }
  if (prev[1] instanceof ObjectValue && v instanceof ObjectValue) {
    const merged = new Map<string, [Value, Value]>();
    for (const [a, b] of prev[1].entries()) merged.set(keyOf(a), [a, b]);
    for (const [a, b] of v.entries()) mergeEntry(merged, a, b, node, replacesBase);
    entries.set(kk, [k, new ObjectValue(merged.values())]);
    return;
  }
  if (!replacesBase) throw new RegoError('eval_conflict_error', `object keys must be unique`, node.rules[0]?.loc);
  entries.set(kk, [k, v]);
}

function entry(path: string[], annotations: Record<string, unknown> | null): Value {
  const fields: [Value, Value][] = [['path', path]];
  if (annotations) fields.push(['annotations', annotationValue(annotations)]);
  return new ObjectValue(fields);
}

/** METADATA is YAML: a JSON round trip turns dates and other YAML-only values into plain JSON. */
function annotationValue(annotations: Record<string, unknown>): Value {
  return fromJSON(JSON.parse(JSON.stringify(annotations)));
}
