/**
 * Public API of the Rego interpreter: compile modules once, evaluate many
 * times. Nothing here knows about files, the gate or GitHub.
 */
import { literalVars, type Literal, type Module, type Term } from './ast.js';
import { createBuiltinRegistry } from './builtins/index.js';
import type { BuiltinRegistry } from './builtins/types.js';
import { Compiler, type CompiledModules, type RuleKind } from './compiler.js';
import { RegoError, RegoErrors, type Location, type RegoErrorCode } from './errors.js';
import { Env, Evaluator } from './evaluator.js';
import { parseModule, parseQuery, type RegoVersion } from './parser.js';
import { ObjectValue, SetValue, type Value } from './value.js';

export { RegoError, RegoErrors } from './errors.js';
export type { Location, RegoErrorCode } from './errors.js';
export * from './value.js';

export interface ModuleSource {
  path: string;
  source: string;
}

export interface CompileOptions {
  regoVersion?: RegoVersion;
  builtins?: BuiltinRegistry;
}

export interface EvalOptions {
  /** JSON input document; undefined means no input. A Rego Value (ObjectValue/SetValue) is taken as is. */
  input?: unknown;
  /** JSON base document (data). */
  data?: unknown;
  /** Built-in errors abort evaluation (true) or make the call undefined (false, default, as OPA). */
  strictBuiltinErrors?: boolean;
  /** Time budget; exceeding it throws eval_cancel_error. */
  timeoutMs?: number;
  /** Receives print() lines; default: stderr. */
  print?: (line: string) => void;
  /** time.now_ns for this evaluation; default: the clock. */
  nowNs?: bigint;
}

export interface QueryRow {
  bindings: Record<string, Value>;
  expressions: { value: Value; text: string; location: { row: number; col: number } }[];
}

export interface RuleInfo {
  /** e.g. ['data', 'paved', 'x', 'deny'] */
  path: string[];
  kind: RuleKind;
  location: Location;
  annotations: Record<string, unknown> | null;
}

let defaultRegistry: BuiltinRegistry | undefined;

export function compileModules(modules: ModuleSource[], options: CompileOptions = {}): CompiledPolicy {
  const builtins = options.builtins ?? (defaultRegistry ??= createBuiltinRegistry());
  const parsed: Module[] = [];
  const errors: RegoError[] = [];
  for (const m of modules) {
    try {
      parsed.push(withinStack(() => parseModule(m.source, m.path, options.regoVersion ?? 'v1'), 'rego_parse_error', m.path));
    } catch (e) {
      if (e instanceof RegoError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new RegoErrors(errors);
  const compiled = withinStack(() => new Compiler(builtins).compile(parsed), 'rego_compile_error');
  return new CompiledPolicy(compiled, builtins);
}

export class CompiledPolicy {
  private readonly queryCache = new Map<string, Literal[]>();

  constructor(
    private readonly compiled: CompiledModules,
    private readonly builtins: BuiltinRegistry,
  ) {}

  /** The value of a reference such as `data.paved.decision`; undefined when the document is undefined. */
  evaluate(ref: string, options: EvalOptions = {}): Value | undefined {
    const body = this.compileQuery(ref);
    const only = body[0];
    if (body.length !== 1 || only?.type !== 'expr' || only.negated) {
      throw new RegoError('rego_parse_error', `evaluate() takes a single reference, got ${JSON.stringify(ref)}`);
    }
    const ev = this.evaluator(options);
    let out: Value | undefined;
    const env = new Env();
    failClosed(() =>
      ev.exists(env, (k) =>
        ev.evalTerm(only.term, env, (v) => {
          out = v;
          k();
        }),
      ),
    );
    return out;
  }

  /** Runs a query (a Rego body) and returns one row per solution. */
  query(query: string, options: EvalOptions = {}): QueryRow[] {
    const body = this.compileQuery(query);
    const ev = this.evaluator(options);
    const env = new Env();
    const rows: QueryRow[] = [];
    const outputs = [...new Set(body.flatMap((l) => [...literalVars(l)]))].filter(isUserVar);
    const sourceOrder = [...body].sort((a, b) => a.loc.row - b.loc.row || a.loc.col - b.loc.col);
    failClosed(() => ev.evalBody(body, 0, env, () => rows.push(queryRow(ev, env, outputs, sourceOrder, query))));
    return rows;
  }

  rules(): RuleInfo[] {
    return this.compiled.rules.map((r) => ({
      path: ['data', ...r.path],
      kind: r.kind,
      location: r.loc,
      annotations: r.annotations,
    }));
  }

  /** Package names as written after `package`, e.g. `paved.rules.tests`. */
  packages(): string[] {
    return [...new Set(this.compiled.modules.map((m) => m.packagePath.slice(1).join('.')))].sort();
  }

  /** Package-level METADATA annotations by package name. */
  packageAnnotations(): Record<string, Record<string, unknown>> {
    const byPackage = new Map<string, Record<string, unknown>>();
    for (const m of this.compiled.modules) {
      const name = m.packagePath.slice(1).join('.');
      if (m.annotations) byPackage.set(name, { ...(byPackage.get(name) ?? {}), ...m.annotations });
    }
    return Object.fromEntries(byPackage);
  }

  private compileQuery(query: string): Literal[] {
    let body = this.queryCache.get(query);
    if (!body) {
      body = withinStack(() => new Compiler(this.builtins).withTree(this.compiled).compileQuery(parseQuery(query)), 'rego_parse_error', 'query');
      this.queryCache.set(query, body);
    }
    return body;
  }

  private evaluator(options: EvalOptions): Evaluator {
    const timeout = options.timeoutMs;
    return new Evaluator(this.compiled.root, this.builtins, {
      input: options.input === undefined ? undefined : toValue(options.input, 'input'),
      data: options.data === undefined ? new ObjectValue() : toValue(options.data, 'data'),
      strictBuiltinErrors: options.strictBuiltinErrors ?? false,
      deadline: timeout === undefined ? Number.POSITIVE_INFINITY : Date.now() + timeout,
      print: options.print ?? ((line) => process.stderr.write(line + '\n')),
      nowNs: options.nowNs ?? BigInt(Date.now()) * 1_000_000n,
    });
  }
}

/**
 * Input/data → Value with JSON.stringify's rules for what JSON cannot hold:
 * undefined object fields are dropped and undefined array items become null
 * (objects built in TypeScript often carry optional fields set to undefined).
 * Rego values (sets, objects with any keys) inside are taken as they are.
 */
/**
 * A JavaScript stack overflow (a policy nested or recursive beyond what the
 * parser, compiler or evaluator can follow) becomes a RegoError instead of
 * escaping as a RangeError.
 */
function withinStack<T>(run: () => T, code: RegoErrorCode, file?: string): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      const where = file === undefined ? undefined : { file, row: 1, col: 1 };
      throw new RegoError(code, 'the policy nests or iterates too deeply for the interpreter stack', where);
    }
    throw e;
  }
}

function failClosed(run: () => void): void {
  withinStack(run, 'eval_internal_error');
}

function toValue(j: unknown, root: 'input' | 'data'): Value {
  try {
    return convert(j);
  } catch (e) {
    if (!(e instanceof NotJson)) throw e;
    throw new RegoError('eval_internal_error', `${root} is not JSON: ${root}${e.path} is a ${e.kind}`);
  }
}

/** Thrown by convert(); the path is built while unwinding, so the happy path allocates none. */
class NotJson extends Error {
  path = '';
  constructor(readonly kind: string) {
    super(kind);
  }
}

function convert(j: unknown): Value {
  if (j === null || typeof j === 'boolean' || typeof j === 'number' || typeof j === 'string') return j;
  if (j instanceof ObjectValue || j instanceof SetValue) return j;
  if (Array.isArray(j)) {
    const out: Value[] = new Array<Value>(j.length);
    for (let i = 0; i < j.length; i++) out[i] = j[i] === undefined ? null : convertAt(j[i], i);
    return out;
  }
  if (typeof j !== 'object') throw new NotJson(typeof j);
  const entries: [Value, Value][] = [];
  for (const [k, v] of Object.entries(j as Record<string, unknown>)) if (v !== undefined) entries.push([k, convertAt(v, k)]);
  return new ObjectValue(entries);
}

function convertAt(j: unknown, key: string | number): Value {
  try {
    return convert(j);
  } catch (e) {
    if (e instanceof NotJson) e.path = (typeof key === 'number' ? `[${key}]` : `.${key}`) + e.path;
    throw e;
  }
}

function isUserVar(name: string): boolean {
  return !name.includes('$') && name !== 'input' && name !== 'data';
}

/** One result row: the user variables' values and each expression's value, in source order. */
function queryRow(ev: Evaluator, env: Env, outputs: string[], sourceOrder: Literal[], query: string): QueryRow {
  const bound: [string, Value][] = [];
  for (const name of outputs) {
    const v = env.vals.get(name);
    if (v !== undefined) bound.push([name, v]);
  }
  // fromEntries defines own properties: a variable may be named __proto__.
  const bindings: Record<string, Value> = Object.fromEntries(bound);
  const expressions = sourceOrder.map((l, i) => expressionResult(ev, l, env, literalText(query, l, sourceOrder[i + 1])));
  return { bindings, expressions };
}

function expressionResult(ev: Evaluator, l: Literal, env: Env, text: string): QueryRow['expressions'][number] {
  const location = { row: l.loc.row, col: l.loc.col };
  if (l.type !== 'expr' || l.negated || isUnification(l.term)) return { value: true, text, location };
  let value: Value = true;
  ev.exists(env, (k) =>
    ev.evalTerm(l.term, env, (v) => {
      value = v;
      k();
    }),
  );
  return { value, text, location };
}

function isUnification(t: Term): boolean {
  return t.type === 'call' && (t.outputOperand === true || (t.target?.kind === 'builtin' && (t.target.name === 'eq' || t.target.name === 'assign')));
}

/** The source text of a literal: from its start to the next literal on the same line, or the line end. */
function literalText(query: string, l: Literal, next: Literal | undefined): string {
  const line = query.split('\n')[l.loc.row - 1] ?? '';
  const end = next && next.loc.row === l.loc.row ? next.loc.col - 1 : line.length;
  return line.slice(l.loc.col - 1, end).trim().replace(/;$/, '').trim();
}
