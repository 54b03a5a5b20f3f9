/**
 * `paved test [PATH...]`: the policy author's `opa test`. Loads the .rego
 * and data files under PATH (default: ./policies) as `paved eval -d` does,
 * runs every `test_*` rule of the `*_test.rego` files, prints PASS/FAIL per
 * test and `N passed, M failed`.
 *
 * `todo_test_*` rules are listed as skipped, as in OPA.
 *
 * Exit codes: 0 every test passed · 1 a test failed or errored, or none ran
 * (a green run that tested nothing is not green) · 2 the policies did not
 * compile · 3 usage error (bad flag, missing path, malformed data file).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { compileModules, RegoError, RegoErrors, type CompiledPolicy } from '../rego/index.js';
import { formatTestReport, runCompiledTests, testReportJson, type TestSources } from '../rego/test-runner.js';
import { escapeTerminal } from '../report/escape.js';
import type { CliContext } from './command.js';
import { loadEvalPaths } from './eval-load.js';
import { EXIT, usageError } from './io.js';

interface TestFlags {
  run?: string;
  format: 'pretty' | 'json';
  verbose?: boolean;
  timeout?: string;
  strictBuiltinErrors?: boolean;
}

const DEFAULT_PATH = 'policies';

export function registerTest(program: Command, context: CliContext): void {
  program
    .command('test')
    .description('run the Rego unit tests (test_* rules in *_test.rego) like `opa test`')
    .argument('[paths...]', `.rego files or directories (default: ${DEFAULT_PATH}/)`)
    .option('-r, --run <regex>', 'only tests whose name (data.<package>.<rule>) matches the regular expression')
    .addOption(new Option('--format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('-v, --verbose', 'list passing tests too, with their durations')
    .option('--timeout <ms>', 'fail a test that runs longer than this many milliseconds')
    .option('--strict-builtin-errors', 'a built-in error fails the test, as it fails the gate (default: it makes the expression undefined, as in opa)')
    .action(async (paths: string[], flags: TestFlags) => {
      context.setExitCode(await runTestCommand(paths, flags, context));
    });
}

async function runTestCommand(paths: string[], flags: TestFlags, { io }: CliContext): Promise<number> {
  const run = parseRegex(flags.run);
  const timeoutMs = parseTimeout(flags.timeout);
  const roots = (paths.length > 0 ? paths : [DEFAULT_PATH]).map((p) => resolve(io.cwd, p));
  for (const [i, root] of roots.entries()) {
    if (!existsSync(root)) throw usageError(`${paths[i] ?? DEFAULT_PATH} does not exist`, 'Pass the .rego files or directories to test, e.g. `paved test policies/`.');
  }
  // The same loader as `paved eval -d`: .rego modules, and .json/.yaml data placed at their directory's path.
  const sources = displayRelative(loadEvalPaths(roots), io.cwd);
  let policy: CompiledPolicy;
  try {
    policy = compileModules(sources.modules, { regoVersion: 'v1' });
  } catch (error) {
    const errors = error instanceof RegoErrors ? error.errors : error instanceof RegoError ? [error] : null;
    if (!errors) throw error;
    if (flags.format === 'json') io.stdout(JSON.stringify({ errors: errors.map(errorJson) }, null, 2) + '\n');
    else io.stderr(escapeTerminal(errors.map((e) => e.toString()).join('\n')) + `\n${errors.length} error(s): the policies did not compile, no test ran\n`);
    return EXIT.gateError;
  }
  const report = runCompiledTests(policy, sources, {
    ...(run ? { run } : {}),
    ...(timeoutMs ? { timeoutMs } : {}),
    strictBuiltinErrors: flags.strictBuiltinErrors === true,
  });
  const warnings = unaggregatedFindings(policy);
  if (flags.format === 'json') io.stdout(JSON.stringify({ ...testReportJson(report), warnings }, null, 2) + '\n');
  else {
    for (const warning of warnings) io.stderr(escapeTerminal(`warning: ${warning}`) + '\n');
    io.stdout(escapeTerminal(formatTestReport(report, { verbose: flags.verbose === true })));
  }
  return report.failed === 0 && report.passed > 0 ? EXIT.pass : EXIT.blocked;
}

/**
 * In a Paved pack (one that defines paved.decision), `deny`/`warn` rules of a
 * package outside paved.rules are never aggregated: their findings would
 * silently not count. Say so, with where.
 */
function unaggregatedFindings(policy: CompiledPolicy): string[] {
  const rules = policy.rules();
  if (!rules.some((r) => r.path.join('.').startsWith('data.paved.decision.'))) return [];
  const stray = rules.filter((r) => {
    const name = r.path[r.path.length - 1];
    const pkg = r.path.slice(0, -1).join('.');
    return (name === 'deny' || name === 'warn') && pkg !== 'data.paved.decision' && !pkg.startsWith('data.paved.rules.');
  });
  return [...new Map(stray.map((r) => [r.path.join('.'), r])).values()].map(
    (r) =>
      `${r.location.file}:${r.location.row}: ${r.path.join('.')} is not under data.paved.rules, so paved.decision never sees its findings; move the package under paved.rules`,
  );
}

function parseRegex(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text);
  } catch (error) {
    throw usageError(`--run ${text} is not a valid regular expression: ${(error as Error).message}`, 'Example: --run "data.paved.rules.tests.test_.*coverage"');
  }
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw usageError(`--timeout ${text} is not a positive number of milliseconds`, 'Example: --timeout 5000');
  return ms;
}

/** Report files as the user would type them: relative to the working directory. */
function displayRelative(sources: TestSources, cwd: string): TestSources {
  return { ...sources, modules: sources.modules.map((m) => ({ ...m, path: relative(cwd, m.path) || m.path })) };
}

function errorJson(error: RegoError): object {
  return { code: error.code, message: error.message, ...(error.location ? { location: error.location } : {}) };
}
