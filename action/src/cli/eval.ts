/**
 * `paved eval`: the `opa eval` people already know, on the project's own
 * interpreter, or on opa-wasm when `-b` names a compiled policy (a bundle
 * holding policy.wasm, or a bare policy.wasm): a compiled policy evaluates
 * entrypoints only, so the query must be `-e a/b` or a plain `data.a.b`.
 * `--format json` prints exactly opa's shape:
 *   {"result":[{"expressions":[{"value":…,"text":"…","location":{"row":1,"col":1}}],"bindings":{…}}]}
 * (bindings omitted when empty), `{}` when the query is undefined, and
 * {"errors":[{"code","message","location":{"file","row","col"}}]} with a
 * non-zero exit on errors: Rego errors, and with --format json every other
 * error too (an unreadable bundle, a bad input file, a failing wasm module),
 * so a tool reading stdout always gets JSON.
 */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { readPolicyFiles, type PolicyFiles } from '../engine/files.js';
import { entrypointRef } from '../engine/interpreter.js';
import { createPolicyEngine } from '../engine/load.js';
import { GateError, type ErrorLocation } from '../errors.js';
import { DEFAULT_TIMEOUT_MS } from '../gate.js';
import { compileModules, RegoError, RegoErrors, toJSON, type QueryRow } from '../rego/index.js';
import type { CliContext } from './command.js';
import { loadEvalPaths, parseDataFile, type LoadedSources } from './eval-load.js';
import { EXIT, usageError } from './io.js';
import { requirePath } from './options.js';
import { addVerificationOptions, verificationKeyFromFlags, type VerificationFlags } from './verification.js';

interface EvalFlags extends VerificationFlags {
  data: string[];
  input?: string;
  bundle?: string;
  entrypoint?: string;
  format: 'json' | 'pretty';
  v0Compatible?: boolean;
  strictBuiltinErrors?: boolean;
}

interface JsonRow {
  expressions: { value: unknown; text: string; location: { row: number; col: number } }[];
  bindings?: Record<string, unknown>;
}

export function registerEval(program: Command, context: CliContext): void {
  const command = program
    .command('eval')
    .description('evaluate a Rego query (a full body: `data.x.p = v; y := v[_]`) like `opa eval`')
    .argument('[query]', 'the query; default: the --entrypoint document')
    .option('-d, --data <path>', '.rego, .json or .yaml file or directory (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-i, --input <file>', 'input document (JSON or YAML)')
    .option('-b, --bundle <path>', 'OPA bundle (directory or .tar.gz) or policy.wasm; a compiled policy.wasm runs on opa-wasm')
    .option('-e, --entrypoint <path>', 'evaluate this document (slash path, e.g. paved/decision) when no query is given')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'pretty']).default('json'))
    .option('--v0-compatible', 'parse the .rego files as Rego v0 (rules without if/contains)')
    .option('--strict-builtin-errors', 'treat built-in function errors as fatal (default: they make the expression undefined, as in opa)');
  addVerificationOptions(command).action(async (query: string | undefined, flags: EvalFlags) => {
    context.setExitCode(await runEvalPrintingErrors(query, flags, context));
  });
}

/** With --format json a gate error is printed as opa prints errors; otherwise it goes to stderr with its hint. */
async function runEvalPrintingErrors(query: string | undefined, flags: EvalFlags, context: CliContext): Promise<number> {
  try {
    return await runEval(query, flags, context);
  } catch (error) {
    if (!(error instanceof GateError) || flags.format !== 'json') throw error;
    context.io.stdout(formatErrorsJson([error]));
    return error.code === 'usage' ? EXIT.usage : EXIT.gateError;
  }
}

async function runEval(query: string | undefined, flags: EvalFlags, context: CliContext): Promise<number> {
  const { io } = context;
  const text = queryText(query, flags.entrypoint);
  const bundle = await readBundle(flags, io.cwd);
  if (bundle?.wasm) return evalCompiled(text, flags, bundle, io);
  const sources = loadSources(flags, io.cwd, bundle);
  const input = readInput(flags, io.cwd);
  let rows: QueryRow[];
  try {
    const regoVersion = flags.v0Compatible ? 'v0' : sources.regoVersion;
    const policy = compileModules(sources.modules, regoVersion ? { regoVersion } : {});
    rows = policy.query(text, { input, data: sources.data, strictBuiltinErrors: flags.strictBuiltinErrors ?? false });
  } catch (error) {
    const errors = error instanceof RegoErrors ? error.errors : error instanceof RegoError ? [error] : null;
    if (!errors) throw error;
    io.stdout(flags.format === 'json' ? formatErrorsJson(errors) : formatErrorsPretty(errors));
    return EXIT.gateError;
  }
  const result = rows.map(toJsonRow);
  io.stdout(flags.format === 'json' ? formatJson(result) : formatPretty(result));
  return EXIT.pass;
}

function queryText(query: string | undefined, entrypoint: string | undefined): string {
  if (query !== undefined && entrypoint !== undefined) {
    throw usageError('give either a QUERY or --entrypoint, not both', 'Drop one: `paved eval data.paved.decision` and `paved eval -e paved/decision` are the same.');
  }
  if (query !== undefined) {
    if (query.trim() === '') throw usageError('the QUERY is empty', 'Pass a Rego body such as `data.paved.decision` or `x := data.a; y := x[_]`.');
    return query;
  }
  if (entrypoint !== undefined) return entrypointRef(entrypoint);
  throw usageError('nothing to evaluate: give a QUERY or --entrypoint', 'Example: paved eval -d policies/ -i input.json data.paved.decision');
}

/** The -b artifact, checked against --verification-key before anything in it is parsed. */
async function readBundle(flags: EvalFlags, cwd: string): Promise<PolicyFiles | null> {
  if (flags.bundle === undefined && flags.verificationKey !== undefined) {
    throw usageError('--verification-key needs -b/--bundle', 'Only a bundle carries a signature: pass the signed bundle with -b.');
  }
  const verificationKey = verificationKeyFromFlags(flags, cwd);
  if (flags.bundle === undefined) return null;
  return readPolicyFiles(requirePath('-b/--bundle', resolve(cwd, flags.bundle), 'any'), verificationKey ? { verificationKey } : {});
}

function readInput(flags: EvalFlags, cwd: string): unknown {
  return flags.input === undefined ? undefined : parseDataFile(requirePath('-i/--input', resolve(cwd, flags.input), 'file'));
}

/**
 * A compiled policy runs on opa-wasm, the engine `paved check` would use, so
 * what eval prints is what the gate sees. It evaluates one entrypoint, with
 * the gate's time budget (a looping module is stopped, not waited on).
 */
async function evalCompiled(text: string, flags: EvalFlags, bundle: PolicyFiles, io: CliContext['io']): Promise<number> {
  if (flags.data.length > 0) {
    throw usageError(`-d cannot be combined with the compiled policy.wasm in -b ${flags.bundle}`, 'A compiled policy carries its own data (the bundle\'s data.json); to evaluate .rego sources, pass them with -d and leave out -b.');
  }
  const entrypoint = flags.entrypoint ?? compiledEntrypoint(text);
  const input = readInput(flags, io.cwd);
  const engine = await createPolicyEngine(bundle);
  const result = await engine.evaluate(entrypoint, input, { timeoutMs: DEFAULT_TIMEOUT_MS });
  const rows: JsonRow[] = result.defined ? [{ expressions: [{ value: result.value, text, location: { row: 1, col: 1 } }] }] : [];
  io.stdout(flags.format === 'json' ? formatJson(rows) : formatPretty(rows));
  return EXIT.pass;
}

/** `data.a.b` → `a/b`: the only queries a compiled policy can answer are its entrypoints. */
function compiledEntrypoint(query: string): string {
  const trimmed = query.trim();
  if (!/^data(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(trimmed)) {
    throw usageError(
      `a compiled policy.wasm evaluates entrypoints only, not the query ${JSON.stringify(query)}`,
      'Give -e paved/decision or a query of the form data.paved.decision; to evaluate any Rego query, pass the .rego sources with -d.',
    );
  }
  return trimmed.split('.').slice(1).join('/');
}

/** The modules and data to evaluate; a bundle's manifest may say its Rego syntax version. */
function loadSources(flags: EvalFlags, cwd: string, bundle: PolicyFiles | null): LoadedSources & { regoVersion?: 'v0' | 'v1' } {
  const fromPaths = loadEvalPaths(flags.data.map((p) => resolve(cwd, p)));
  if (bundle === null) return fromPaths;
  for (const key of Object.keys(bundle.data)) {
    if (key in fromPaths.data) {
      throw usageError(`data.${key} is defined both by the bundle and by -d`, 'Load the data from one place.');
    }
  }
  return {
    modules: [...bundle.modules, ...fromPaths.modules],
    data: { ...bundle.data, ...fromPaths.data },
    ...(bundle.manifest.regoVersion ? { regoVersion: bundle.manifest.regoVersion } : {}),
  };
}

function toJsonRow(row: QueryRow): JsonRow {
  const json: JsonRow = {
    expressions: row.expressions.map((e) => ({ value: toJSON(e.value), text: e.text, location: { row: e.location.row, col: e.location.col } })),
  };
  const names = Object.keys(row.bindings).sort();
  if (names.length > 0) json.bindings = Object.fromEntries(names.map((n) => [n, toJSON(row.bindings[n]!)]));
  return json;
}

function formatJson(result: JsonRow[]): string {
  return JSON.stringify(result.length === 0 ? {} : { result }, null, 2) + '\n';
}

function formatErrorsJson(errors: readonly (RegoError | GateError)[]): string {
  const list = errors.map((e) => ({
    code: e.code,
    message: e.message,
    ...(e.location ? { location: locationJson(e.location) } : {}),
  }));
  return JSON.stringify({ errors: list }, null, 2) + '\n';
}

/** file, row, col in opa's order; a gate error may know only the file. */
function locationJson(location: ErrorLocation): ErrorLocation {
  return {
    file: location.file,
    ...(location.row !== undefined ? { row: location.row } : {}),
    ...(location.col !== undefined ? { col: location.col } : {}),
  };
}

function formatErrorsPretty(errors: RegoError[]): string {
  const header = `${errors.length} error${errors.length === 1 ? '' : 's'} occurred:`;
  return [header, ...errors.map((e) => e.toString())].join('\n') + '\n';
}

/** Like opa's pretty output: the value alone for a binding-free query, else a table of the bindings. */
function formatPretty(result: JsonRow[]): string {
  if (result.length === 0) return 'undefined\n';
  const names = [...new Set(result.flatMap((r) => Object.keys(r.bindings ?? {})))];
  if (names.length === 0) return result.map((r) => r.expressions.map((e) => JSON.stringify(e.value, null, 2)).join('\n')).join('\n') + '\n';
  const cells = result.map((r) => names.map((n) => JSON.stringify(r.bindings?.[n] ?? null)));
  const widths = names.map((n, i) => Math.max(n.length, ...cells.map((c) => c[i]!.length)));
  const line = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const row = (values: string[]) => '| ' + values.map((v, i) => v.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line, row(names), line, ...cells.map(row), line].join('\n') + '\n';
}
