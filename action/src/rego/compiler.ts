/**
 * Compiler: merges modules into one rule tree keyed by data path, resolves
 * names (imports, rules of the package, built-ins, `_`), scopes variables,
 * reorders body literals for safety (./safety.ts) and checks what OPA checks
 * before evaluation: unknown functions and arity, unsafe variables,
 * recursion, conflicting rule kinds, `:=` assigning a variable twice.
 */
import { forEachChildTerm, termVars, type CallTerm, type Literal, type Module, type Rule, type Term, type With } from './ast.js';
import type { BuiltinRegistry } from './builtins/types.js';
import { unsupportedReason } from './builtins/index.js';
import { RegoError, RegoErrors, type Location } from './errors.js';
import { reorderBody, checkHeadSafety } from './safety.js';

export type RuleKind = 'complete' | 'partial-set' | 'partial-object' | 'function';

export interface CompiledRule {
  kind: RuleKind;
  /** Data path of the node holding the rule, without the leading `data`. */
  path: string[];
  /** Head reference terms after the static path (object keys produced by the rule). */
  dynKeys: Term[];
  /** `contains` element. */
  key?: Term;
  value: Term;
  args?: Term[];
  body: Literal[];
  elseRule?: CompiledRule;
  isDefault: boolean;
  loc: Location;
  annotations: Record<string, unknown> | null;
  /** The package (`['data', 'a', 'b']`) and its METADATA, for rego.metadata.chain(). */
  packagePath: string[];
  packageAnnotations: Record<string, unknown> | null;
}

export class RuleNode {
  readonly children = new Map<string, RuleNode>();
  readonly rules: CompiledRule[] = [];
  defaultRule?: CompiledRule;
  kind?: RuleKind;
  constructor(readonly path: string[]) {}

  child(name: string): RuleNode {
    let c = this.children.get(name);
    if (!c) {
      c = new RuleNode([...this.path, name]);
      this.children.set(name, c);
    }
    return c;
  }

  /** Node at a path, or undefined. */
  find(path: readonly string[]): RuleNode | undefined {
    let n: RuleNode | undefined = this as RuleNode;
    for (const p of path) {
      n = n.children.get(p);
      if (!n) return undefined;
    }
    return n;
  }
}

/** Names evaluated inside the evaluator, not through the registry. */
export const INTERNAL_BUILTINS: ReadonlyMap<string, number> = new Map([
  ['eq', 2],
  ['assign', 2],
  ['internal.member_2', 2],
  ['internal.member_3', 3],
  ['print', -1],
  ['rego.metadata.rule', 0],
  ['rego.metadata.chain', 0],
]);

export interface CompiledModules {
  root: RuleNode;
  rules: CompiledRule[];
  modules: Module[];
}

interface Scope {
  pkg: string[];
  pkgRules: Set<string>;
  imports: Map<string, Term>;
  /** Declared names that shadow rules and imports. */
  locals: Set<string>;
  /** Renames of variables declared in nested bodies (comprehensions, every). */
  renames: Map<string, string>;
  /** Variables the enclosing body declares after the literal being resolved. */
  future: Set<string>;
}

export class Compiler {
  private readonly errors: RegoError[] = [];
  private root = new RuleNode([]);
  private readonly allRules: CompiledRule[] = [];
  private counter = 0;
  private readonly ruleNames = new Map<string, Set<string>>();

  constructor(private readonly builtins: BuiltinRegistry) {}

  compile(modules: Module[]): CompiledModules {
    for (const m of modules) {
      // Names a package's rules start with, over all its modules (not its subpackages).
      const key = m.packagePath.join('.');
      const names = this.ruleNames.get(key) ?? new Set<string>();
      for (const r of m.rules) names.add(String((r.head.ref[0] as { value: unknown }).value));
      this.ruleNames.set(key, names);
    }
    for (const m of modules) this.collect(m);
    this.checkNesting(this.root);
    for (const m of modules) this.compileModule(m);
    if (this.errors.length === 0) this.checkRecursion();
    if (this.errors.length > 0) throw new RegoErrors(this.errors);
    return { root: this.root, rules: this.allRules, modules };
  }

  /** Use an already compiled rule tree (for queries against it). */
  withTree(compiled: CompiledModules): this {
    this.root = compiled.root;
    return this;
  }

  /** Compiles a query body against the tree; returns the reordered body. */
  compileQuery(body: Literal[]): Literal[] {
    this.errors.length = 0;
    const scope: Scope = { pkg: [], pkgRules: new Set(), imports: new Map(), locals: declaredVars(body, this.errors), renames: new Map(), future: new Set() };
    const resolved = this.resolveBody(body, scope);
    let out: Literal[] = resolved;
    if (this.errors.length === 0) out = this.guard(() => reorderBody(resolved, new Set(), new Set()).body, resolved);
    if (this.errors.length > 0) throw new RegoErrors(this.errors);
    return out;
  }

  // ---- pass 1: place every rule in the tree ---------------------------------

  private collect(m: Module): void {
    for (const rule of m.rules) {
      this.guard(() => this.place(m, rule), undefined);
    }
  }

  private place(m: Module, rule: Rule): void {
    const { staticPath, dynKeys } = splitHead(rule);
    const kind: RuleKind = rule.head.args ? 'function' : rule.head.key ? 'partial-set' : dynKeys.length > 0 ? 'partial-object' : 'complete';
    const path = [...m.packagePath.slice(1), ...staticPath];
    const node = path.reduce((n, p) => n.child(p), this.root);
    if (node.kind && node.kind !== kind) {
      throw new RegoError('rego_type_error', `conflicting rules data.${path.join('.')} found`, rule.loc);
    }
    if (rule.isDefault) {
      if (node.defaultRule) throw new RegoError('rego_type_error', `multiple default rules data.${path.join('.')} found`, rule.loc);
    }
    node.kind = node.kind ?? kind;
    const placeholder: CompiledRule = {
      kind,
      path,
      dynKeys,
      value: rule.head.value ?? { type: 'scalar', value: true, loc: rule.loc },
      body: rule.body,
      isDefault: rule.isDefault,
      loc: rule.loc,
      annotations: rule.annotations,
      packagePath: m.packagePath,
      packageAnnotations: m.annotations,
      ...(rule.head.key ? { key: rule.head.key } : {}),
      ...(rule.head.args ? { args: rule.head.args } : {}),
    };
    pending.set(placeholder, { module: m, rule });
    if (rule.isDefault) node.defaultRule = placeholder;
    else node.rules.push(placeholder);
    this.allRules.push(placeholder);
  }

  /** A complete rule, set or function cannot also have rules or packages below it. */
  private checkNesting(node: RuleNode): void {
    const generatesObject = node.kind === 'partial-object' || (node.kind === 'partial-set' && node.rules.some((r) => r.dynKeys.length > 0));
    if (node.kind && !generatesObject && node.children.size > 0) {
      const below = [...node.children.keys()].map((c) => `data.${[...node.path, c].join('.')}`);
      const rule = node.rules[0] ?? node.defaultRule;
      this.errors.push(new RegoError('rego_type_error', `rule data.${node.path.join('.')} conflicts with [${below.join(' ')}]`, rule?.loc));
    }
    for (const c of node.children.values()) this.checkNesting(c);
  }

  // ---- pass 2: resolve names, scope and order every rule ---------------------

  private compileModule(m: Module): void {
    const pkg = m.packagePath.slice(1);
    const pkgRules = this.ruleNames.get(m.packagePath.join('.')) ?? new Set<string>();
    const imports = this.importAliases(m);
    for (const cr of this.allRules) {
      const src = pending.get(cr);
      if (!src || src.module !== m) continue;
      pending.delete(cr);
      this.guard(() => this.compileRule(cr, src.rule, { pkg, pkgRules, imports, locals: new Set(), renames: new Map(), future: new Set() }), undefined);
    }
  }

  private importAliases(m: Module): Map<string, Term> {
    const out = new Map<string, Term>();
    for (const imp of m.imports) {
      const t = imp.path;
      const root = t.type === 'var' ? t.name : t.type === 'ref' && t.head.type === 'var' ? t.head.name : '';
      if (root === 'future' || root === 'rego') continue;
      if (t.type === 'var') continue;
      if (t.type !== 'ref') continue;
      const last = t.path[t.path.length - 1]!;
      const alias = imp.alias ?? (last.type === 'scalar' ? String(last.value) : '');
      if (out.has(alias)) this.errors.push(new RegoError('rego_compile_error', `import must not shadow import ${alias}`, imp.loc));
      out.set(alias, t);
    }
    return out;
  }

  private compileRule(cr: CompiledRule, rule: Rule, base: Scope): void {
    const argVars = new Set<string>();
    for (const a of rule.head.args ?? []) termVars(a, argVars);
    const scope: Scope = { ...base, locals: new Set([...argVars, ...declaredVars(rule.body, this.errors)]) };
    const args = rule.head.args?.map((a) => this.resolveTerm(a, scope));
    const body = this.resolveBody(rule.body, scope);
    const dynKeys = cr.dynKeys.map((k) => this.resolveTerm(k, scope));
    const key = rule.head.key ? this.resolveTerm(rule.head.key, scope) : undefined;
    const value = this.resolveTerm(cr.value, scope);
    if (rule.isDefault) {
      const vars = [...termVars(value)];
      if (vars.length > 0) throw new RegoError('rego_compile_error', `default rule value cannot contain var ${vars[0]}`, rule.loc);
    }
    const bound = new Set<string>();
    if (args) for (const a of args) termVars(a, bound);
    const headTerms = [...dynKeys, ...(key ? [key] : []), value];
    const headVars = new Set<string>();
    for (const h of headTerms) termVars(h, headVars);
    const ordered = reorderBody(body, bound, headVars);
    checkHeadSafety(headTerms, ordered.bound);
    Object.assign(cr, { body: ordered.body, dynKeys, value, ...(key ? { key } : {}), ...(args ? { args } : {}) });
    if (rule.elseRule) {
      const elseCr: CompiledRule = { ...cr, value: rule.elseRule.head.value ?? { type: 'scalar', value: true, loc: rule.elseRule.loc }, loc: rule.elseRule.loc, annotations: null };
      delete elseCr.elseRule;
      this.compileRule(elseCr, { ...rule.elseRule, head: { ...rule.head, ...(rule.elseRule.head.value ? { value: rule.elseRule.head.value } : {}) } }, base);
      cr.elseRule = elseCr;
    }
  }

  // ---- name resolution -------------------------------------------------------

  private resolveLiteral(l: Literal, scope: Scope): Literal {
    switch (l.type) {
      case 'expr':
        return { ...l, term: this.resolveTerm(l.term, scope), withs: l.withs.map((w) => this.resolveWith(w, scope)) };
      case 'some':
        return { ...l, vars: l.vars.map((v) => scope.renames.get(v) ?? v) };
      case 'somein':
        return {
          ...l,
          ...(l.key ? { key: this.resolveTerm(l.key, scope) } : {}),
          value: this.resolveTerm(l.value, scope),
          collection: this.resolveTerm(l.collection, scope),
          withs: l.withs.map((w) => this.resolveWith(w, scope)),
        };
      case 'every': {
        const domain = this.resolveTerm(l.domain, scope);
        const inner = this.nestedScope(scope, [...(l.key ? termVars(l.key) : []), ...termVars(l.value), ...declaredVars(l.body, this.errors)]);
        return {
          ...l,
          ...(l.key ? { key: this.resolveTerm(l.key, inner) } : {}),
          value: this.resolveTerm(l.value, inner),
          domain,
          body: this.resolveBody(l.body, inner),
          withs: l.withs.map((w) => this.resolveWith(w, scope)),
        };
      }
    }
  }

  /**
   * `with` targets are input/data paths (also through imports and rule
   * names of the package) or functions and built-ins to replace.
   */
  private resolveWith(w: With, scope: Scope): With {
    let target = w.target;
    const name = refName(target);
    if (!name) throw new RegoError('rego_compile_error', 'with target must be a reference to input, data, a function or a built-in', w.loc);
    if (name[0] !== 'input' && name[0] !== 'data') {
      const resolved = this.resolveTerm(target, scope);
      const path = refName(resolved);
      if (path && (path[0] === 'input' || path[0] === 'data')) target = resolved;
      else {
        const call = this.resolveCallTarget({ type: 'call', op: target, args: [], loc: w.loc }, scope, true);
        target = call.target?.kind === 'function' ? dataRef(call.target.path, w.loc) : { type: 'var', name: call.target?.kind === 'builtin' ? call.target.name : name.join('.'), loc: w.loc };
      }
    }
    const value = this.withValue(w.value, scope);
    return { target, value, loc: w.loc };
  }

  /** A `with` value may name a function or built-in to mock with. */
  private withValue(t: Term, scope: Scope): Term {
    const name = refName(t);
    if (name && name[0] !== 'input' && name[0] !== 'data' && !scope.locals.has(name[0]!) && !scope.pkgRules.has(name[0]!) && !scope.imports.has(name[0]!)) {
      const full = name.join('.');
      if (this.builtins.has(full) || INTERNAL_BUILTINS.has(full)) return { type: 'var', name: '$builtin:' + full, loc: t.loc };
    }
    const resolved = this.resolveTerm(t, scope);
    const path = resolved.type === 'ref' ? refName(resolved) : undefined;
    if (path && path[0] === 'data') {
      const node = this.root.find(path.slice(1));
      if (node?.kind === 'function') return { type: 'var', name: '$function:' + path.slice(1).join('.'), loc: t.loc };
    }
    return resolved;
  }

  /**
   * Resolves body literals in order. A variable that the enclosing body
   * declares with `:=` only later is not yet in scope inside a comprehension
   * (OPA's rule), so such comprehensions get their own variable.
   */
  private resolveBody(body: Literal[], scope: Scope): Literal[] {
    const declaredAt = body.map((l) => declaredVars([l], []));
    return body.map((l, i) => {
      const future = new Set<string>();
      for (let j = i + 1; j < body.length; j++) for (const v of declaredAt[j]!) future.add(v);
      for (let j = 0; j <= i; j++) for (const v of declaredAt[j]!) future.delete(v);
      return this.resolveLiteral(l, { ...scope, future });
    });
  }

  private comprehensionScope(t: Extract<Term, { type: 'arraycompr' | 'setcompr' | 'objectcompr' }>, scope: Scope): Scope {
    const declared = declaredVars(t.body, this.errors);
    for (const v of termVars(t)) if (scope.future.has(v) && !scope.renames.has(v)) declared.add(v);
    return this.nestedScope(scope, declared);
  }

  private nestedScope(scope: Scope, declared: Iterable<string>): Scope {
    const renames = new Map(scope.renames);
    const locals = new Set(scope.locals);
    for (const v of declared) {
      if (v === '_') continue;
      renames.set(v, `${v}$${++this.counter}`);
      locals.add(v);
    }
    return { ...scope, renames, locals, future: new Set() };
  }

  private resolveTerm(t: Term, scope: Scope): Term {
    switch (t.type) {
      case 'scalar':
        return t;
      case 'var':
        return this.resolveVar(t, scope);
      case 'ref': {
        const head = this.resolveTerm(t.head, scope);
        const path = t.path.map((p) => this.resolveTerm(p, scope));
        if (head.type === 'ref') return { type: 'ref', head: head.head, path: [...head.path, ...path], loc: t.loc };
        return { type: 'ref', head, path, loc: t.loc };
      }
      case 'array':
      case 'set':
        return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
      case 'object':
        return { ...t, entries: t.entries.map(([k, v]) => [this.resolveTerm(k, scope), this.resolveTerm(v, scope)] as [Term, Term]) };
      case 'arraycompr':
      case 'setcompr': {
        const inner = this.comprehensionScope(t, scope);
        return { ...t, body: this.resolveBody(t.body, inner), head: this.resolveTerm(t.head, inner) };
      }
      case 'objectcompr': {
        const inner = this.comprehensionScope(t, scope);
        const body = this.resolveBody(t.body, inner);
        return { ...t, body, key: this.resolveTerm(t.key, inner), value: this.resolveTerm(t.value, inner) };
      }
      case 'call': {
        const resolved = this.resolveCallTarget(t, scope, false);
        return { ...resolved, args: t.args.map((a) => this.resolveTerm(a, scope)) };
      }
    }
  }

  private resolveVar(t: Extract<Term, { type: 'var' }>, scope: Scope): Term {
    if (t.name === '_') return { type: 'var', name: `$_${++this.counter}`, loc: t.loc };
    const renamed = scope.renames.get(t.name);
    if (renamed) return { type: 'var', name: renamed, loc: t.loc };
    if (scope.locals.has(t.name) || t.name === 'input' || t.name === 'data') return t;
    const imported = scope.imports.get(t.name);
    if (imported) return this.resolveTerm(imported, { ...scope, imports: new Map(), locals: new Set() });
    if (scope.pkgRules.has(t.name)) return dataRef([...scope.pkg, t.name], t.loc);
    return t;
  }

  private resolveCallTarget(t: CallTerm, scope: Scope, forWith: boolean): CallTerm {
    const name = refName(t.op);
    if (!name) throw new RegoError('rego_type_error', 'invalid function call: operator must be a name', t.loc);
    const full = name.join('.');
    const arity = t.args.length;
    const internalArity = INTERNAL_BUILTINS.get(full);
    if (internalArity !== undefined && (t.op.type === 'var' || !scope.locals.has(name[0]!))) {
      if (internalArity >= 0 && arity !== internalArity) {
        throw new RegoError('rego_type_error', `${full}: arity mismatch: have ${arity} operands, want ${internalArity}`, t.loc);
      }
      return { ...t, target: { kind: 'builtin', name: full } };
    }
    const head = name[0]!;
    let fnPath: string[] | undefined;
    const imported = scope.imports.get(head);
    if (imported && !scope.locals.has(head)) {
      const impName = refName(imported);
      if (impName && impName[0] === 'data') fnPath = [...impName.slice(1), ...name.slice(1)];
    } else if (head === 'data') fnPath = name.slice(1);
    else if (scope.pkgRules.has(head) && !scope.locals.has(head)) fnPath = [...scope.pkg, ...name];
    if (fnPath) {
      const node = this.root.find(fnPath);
      if (node?.kind === 'function') {
        const want = forWith ? arity : this.checkFunctionArity(node, fnPath, arity, t.loc);
        return { ...t, target: { kind: 'function', path: fnPath }, outputOperand: arity === want + 1 };
      }
      if (!forWith || !this.builtins.has(full)) throw new RegoError('rego_type_error', `undefined function data.${fnPath.join('.')}`, t.loc);
    }
    const def = this.builtins.get(full);
    if (def) {
      if (!forWith && arity !== def.arity && arity !== def.arity + 1) {
        throw new RegoError('rego_type_error', `${full}: arity mismatch: have ${arity} operands, want ${def.arity}`, t.loc);
      }
      return { ...t, target: { kind: 'builtin', name: full }, outputOperand: arity === def.arity + 1 };
    }
    const reason = unsupportedReason(full);
    if (reason !== undefined) throw new RegoError('rego_type_error', `${full} is not supported: ${reason}`, t.loc);
    throw new RegoError('rego_type_error', `undefined function ${full}`, t.loc);
  }

  private checkFunctionArity(node: RuleNode, path: string[], arity: number, loc: Location): number {
    const rule = node.rules[0] ?? node.defaultRule;
    const want = rule?.args?.length ?? 0;
    if (arity !== want && arity !== want + 1) {
      throw new RegoError('rego_type_error', `data.${path.join('.')}: arity mismatch: have ${arity} operands, want ${want}`, loc);
    }
    return want;
  }

  // ---- recursion ---------------------------------------------------------------

  private checkRecursion(): void {
    const deps = new Map<RuleNode, Set<RuleNode>>();
    for (const r of this.allRules) {
      const node = this.root.find(r.path)!;
      const set = deps.get(node) ?? new Set<RuleNode>();
      deps.set(node, set);
      for (let cur: CompiledRule | undefined = r; cur; cur = cur.elseRule) {
        const terms: Term[] = [cur.value, ...cur.dynKeys, ...(cur.key ? [cur.key] : []), ...(cur.args ?? [])];
        for (const t of terms) this.collectDeps(t, set);
        for (const l of cur.body) this.collectLiteralDeps(l, set);
      }
    }
    const state = new Map<RuleNode, 'visiting' | 'done'>();
    const stack: RuleNode[] = [];
    const visit = (n: RuleNode): void => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(n)).map((x) => 'data.' + x.path.join('.'));
        const rule = n.rules[0] ?? n.defaultRule;
        this.errors.push(new RegoError('rego_recursion_error', `rule data.${n.path.join('.')} is recursive: ${[...cycle, cycle[0]].join(' -> ')}`, rule?.loc));
        return;
      }
      state.set(n, 'visiting');
      stack.push(n);
      for (const d of deps.get(n) ?? []) {
        if (this.errors.length > 0) break;
        visit(d);
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of deps.keys()) if (this.errors.length === 0) visit(n);
  }

  private collectLiteralDeps(l: Literal, out: Set<RuleNode>): void {
    switch (l.type) {
      case 'expr':
        this.collectDeps(l.term, out);
        for (const w of l.withs) this.collectDeps(w.value, out);
        break;
      case 'somein':
        this.collectDeps(l.collection, out);
        break;
      case 'every':
        this.collectDeps(l.domain, out);
        for (const b of l.body) this.collectLiteralDeps(b, out);
        break;
      case 'some':
        break;
    }
  }

  /** Rule nodes a term may read: the node its static data prefix reaches and every rule node below it. */
  private collectDeps(t: Term, out: Set<RuleNode>): void {
    if (t.type === 'ref' && t.head.type === 'var' && t.head.name === 'data') {
      let node: RuleNode | undefined = this.root;
      let hitRule = false;
      for (const p of t.path) {
        if (p.type !== 'scalar' || typeof p.value !== 'string') break;
        node = node.children.get(p.value);
        if (!node) break;
        if (node.rules.length > 0 || node.defaultRule) {
          out.add(node);
          hitRule = true;
          break;
        }
      }
      if (node && !hitRule && t.path.every((p) => p.type === 'scalar' && typeof p.value === 'string')) addSubtree(node, out);
    }
    if (t.type === 'call' && t.target?.kind === 'function') {
      const n = this.root.find(t.target.path);
      if (n) out.add(n);
    }
    forEachChildTerm(t, (c) => this.collectDeps(c, out), (l) => this.collectLiteralDeps(l, out));
  }

  private guard<T>(f: () => T, fallback: T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof RegoError) this.errors.push(e);
      else if (e instanceof RegoErrors) this.errors.push(...e.errors);
      else throw e;
      return fallback;
    }
  }
}

const pending = new WeakMap<CompiledRule, { module: Module; rule: Rule }>();

function addSubtree(n: RuleNode, out: Set<RuleNode>): void {
  if (n.rules.length > 0 || n.defaultRule) out.add(n);
  for (const c of n.children.values()) addSubtree(c, out);
}

/**
 * Variables a body declares with `some`, `:=` or `some … in`. Assigning the
 * same variable twice with `:=` is a compile error, as in OPA.
 */
function declaredVars(body: Literal[], errors: RegoError[]): Set<string> {
  const out = new Set<string>();
  const assigned = new Set<string>();
  for (const l of body) {
    if (l.type === 'some') for (const v of l.vars) out.add(v);
    if (l.type === 'somein') {
      if (l.key) patternVars(l.key, out);
      patternVars(l.value, out);
    }
    if (l.type === 'expr' && l.term.type === 'call' && l.term.op.type === 'var' && l.term.op.name === 'assign') {
      const vars = patternVars(l.term.args[0]!, new Set());
      for (const v of vars) {
        if (assigned.has(v) || (out.has(v) && !assigned.has(v) && isSomeDeclared(body, v))) {
          errors.push(new RegoError('rego_compile_error', `var ${v} assigned above`, l.loc));
        }
        assigned.add(v);
        out.add(v);
      }
    }
  }
  out.delete('_');
  return out;
}

function isSomeDeclared(body: Literal[], v: string): boolean {
  return body.some((l) => l.type === 'some' && l.vars.includes(v));
}

/** Vars in pattern positions of a term (vars, and inside arrays/objects). */
function patternVars(t: Term, out: Set<string>): Set<string> {
  if (t.type === 'var') out.add(t.name);
  else if (t.type === 'array') t.items.forEach((x) => patternVars(x, out));
  else if (t.type === 'object') t.entries.forEach(([, v]) => patternVars(v, out));
  return out;
}

/** A var or ref of only string segments as a dotted name list, else undefined. */
export function refName(t: Term): string[] | undefined {
  if (t.type === 'var') return [t.name];
  if (t.type !== 'ref' || t.head.type !== 'var') return undefined;
  const out = [t.head.name];
  for (const p of t.path) {
    if (p.type !== 'scalar' || typeof p.value !== 'string') return undefined;
    out.push(p.value);
  }
  return out;
}

export function dataRef(path: string[], loc: Location): Term {
  return { type: 'ref', head: { type: 'var', name: 'data', loc }, path: path.map((p) => ({ type: 'scalar', value: p, loc })), loc };
}

function splitHead(rule: Rule): { staticPath: string[]; dynKeys: Term[] } {
  const staticPath: string[] = [];
  const ref = rule.head.ref;
  let i = 0;
  for (; i < ref.length; i++) {
    const t = ref[i]!;
    if (t.type !== 'scalar' || typeof t.value !== 'string') break;
    staticPath.push(t.value);
  }
  const dynKeys = ref.slice(i);
  // A complete rule whose last segment is a constant is still a complete rule at that path;
  // any other segment makes it generate object keys.
  return { staticPath, dynKeys };
}
