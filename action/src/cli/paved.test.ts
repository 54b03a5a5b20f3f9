import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../gate.js';
import { main, PAVED_VERSION } from './paved.js';
import { captureIO, makeTempDir, PACK_DECISION, PACK_RULES, removeTempDirs, writeTempPack } from './test-support.js';

const pack = writeTempPack();
const work = makeTempDir('paved-cli-');
afterAll(removeTempDirs);

/** A copy of a shipped fixture (a human change: 3 and 4 added lines), optionally with a paved.yml. */
function fixture(pavedYml?: string): string {
  const dir = mkdtempSync(join(work, 'fixture-'));
  cpSync(join(PACKAGE_ROOT, 'fixtures', 'human-change-passes'), dir, { recursive: true });
  if (pavedYml !== undefined) writeFileSync(join(dir, 'paved.yml'), pavedYml);
  return dir;
}

async function run(args: string[], options: { env?: Record<string, string>; tty?: boolean } = {}) {
  const io = captureIO(work, options.env ?? {}, options.tty ?? false);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const packFlags = ['--policies', pack.policies, '--rules', pack.rules];
const BLOCKING_CONFIG = 'thresholds:\n  max_ai_changed_lines: 3\n';

describe('paved check: exit codes and formats', () => {
  it('exits 0 with a terminal report when the change passes', async () => {
    const r = await run(['check', '--fixture', fixture(), ...packFlags]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Paved · acme/storefront #');
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^✔ PASSED · 0 blocking, 0 warnings, 0 waived · [\d.]+ ms$/);
    expect(r.err).toBe('');
  });

  it('exits 1 when a policy blocks, naming file and message', async () => {
    const r = await run(['check', '--fixture', fixture(BLOCKING_CONFIG), ...packFlags]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('BLOCKING (1)');
    expect(r.out).toContain('src/search/query.test.ts:1');
    expect(r.out).toContain('src/search/query.test.ts adds 4 lines');
    expect(r.out).toContain('Fix: Split the file into smaller changes.');
  });

  it('prints the decision as JSON, with the report time measured', async () => {
    const r = await run(['check', '--fixture', fixture(BLOCKING_CONFIG), ...packFlags, '--format', 'json']);
    expect(r.code).toBe(1);
    const decision = JSON.parse(r.out);
    expect(decision.schema).toBe('paved/decision/v1');
    expect(decision.verdict).toBe('failure');
    expect(decision.findings.map((f: { rule: string }) => f.rule)).toEqual(['too-big']);
    expect(decision.timings_ms.report).toBeGreaterThanOrEqual(0);
    expect(decision.timings_ms.total).toBeCloseTo(decision.timings_ms.collect + decision.timings_ms.evaluate + decision.timings_ms.report, 0);
  });

  it('prints markdown and SARIF', async () => {
    const md = await run(['check', '--fixture', fixture(BLOCKING_CONFIG), ...packFlags, '--format', 'markdown']);
    expect(md.out.split('\n')[0]).toBe('## ❌ Paved: blocked — 1 blocking, 0 warnings, 0 waived');
    const sarif = await run(['check', '--fixture', fixture(BLOCKING_CONFIG), ...packFlags, '--format', 'sarif']);
    const log = JSON.parse(sarif.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe(PAVED_VERSION);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['draft', 'too-big']);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/search/query.test.ts');
  });

  it('writes the report to --output and says where on stderr', async () => {
    const out = join(work, 'decision.json');
    const r = await run(['check', '--fixture', fixture(), ...packFlags, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toBe(`paved: success — report written to ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('success');
  });

  it('exits 2 naming --output when the report cannot be written', async () => {
    const r = await run(['check', '--fixture', fixture(), ...packFlags, '--output', join(work, 'no-such-dir', 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`paved: report_failed: --output ${join(work, 'no-such-dir', 'out.json')}: cannot write the report (ENOENT)`);
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    const args = ['check', '--fixture', fixture(), ...packFlags];
    expect((await run(args, { tty: true })).out).toContain('\u001b[32m✔ PASSED');
    expect((await run(args, { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await run(args, { tty: false })).out).not.toContain('\u001b[');
  });

  it('exits 2 on a gate error and explains it', async () => {
    const broken = writeTempPack({ 'decision.rego': 'package paved\n\ndecision := {\n' });
    const r = await run(['check', '--fixture', fixture(), '--policies', broken.policies, '--rules', pack.rules]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Gate error (policy_load_failed)');
    expect(r.out).toContain('What to do:');
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^✖ GATE ERROR/);
  });

  it('exits 2 when evaluation exceeds --timeout', async () => {
    const slow = writeTempPack({
      'decision.rego': 'package paved\n\nimport rego.v1\n\nn := count([1 | some i in numbers.range(1, 3000); some j in numbers.range(1, 3000); i != j])\n\ndecision := {"deny": [], "warn": [], "size": n}\n',
    });
    const r = await run(['check', '--fixture', fixture(), '--policies', slow.policies, '--rules', pack.rules, '--timeout', '50']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('took longer than 50 ms');
  });

  it('evaluates Rego v0 policies with --v0-compatible', async () => {
    const v0 = writeTempPack({ 'decision.rego': 'package paved\n\ndecision = {"deny": d, "warn": []} { d := [f | f := {"rule": "draft", "message": "v0 says hi"}] }\n' });
    const args = ['check', '--fixture', fixture(), '--policies', v0.policies, '--rules', pack.rules, '--format', 'json'];
    expect(JSON.parse((await run(args)).out).error.message).toContain('rego_parse_error');
    const r = await run([...args, '--v0-compatible']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.map((f: { message: string }) => f.message)).toEqual(['v0 says hi']);
  });

  it('exits 0 under --fail-open but says NEUTRAL loudly', async () => {
    const broken = writeTempPack({ 'decision.rego': 'package paved\n\ndecision := {\n' });
    const r = await run(['check', '--fixture', fixture(), '--policies', broken.policies, '--rules', pack.rules, '--fail-open']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('FAIL-OPEN');
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^▲ NEUTRAL \(fail-open\)/);
  });

  it('checks a real local git change', async () => {
    const repo = mkdtempSync(join(work, 'repo-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], { cwd: repo });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'README.md'), 'hello\n');
    git('add', '.');
    git('commit', '-q', '-m', 'initial');
    mkdirSync(join(repo, 'src'));
    writeFileSync(join(repo, 'src', 'big.ts'), Array.from({ length: 1200 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n');
    git('add', '.');
    git('commit', '-q', '-m', 'Add constants\n\nCo-authored-by: Claude <noreply@anthropic.com>');
    const r = await run(['check', '--repo', repo, '--base', 'HEAD~1', ...packFlags, '--format', 'json']);
    expect(r.err).toBe('');
    const decision = JSON.parse(r.out);
    expect(decision.findings.map((f: { message: string }) => f.message)).toEqual(['src/big.ts adds 1200 lines']);
    expect(r.code).toBe(1);
  });
});

describe('the paved bin entry', () => {
  it('sets the process exit code and writes to the real stdout/stderr', () => {
    const entry = join(PACKAGE_ROOT, 'action', 'src', 'cli', 'paved.ts');
    const blocked = spawnSync(process.execPath, ['--import', 'tsx', entry, 'check', '--fixture', fixture(BLOCKING_CONFIG), ...packFlags, '--format', 'json'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(blocked.status).toBe(1);
    expect(JSON.parse(blocked.stdout).verdict).toBe('failure');
    const usage = spawnSync(process.execPath, ['--import', 'tsx', entry, 'check', '--format', 'yaml'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(3);
    expect(usage.stderr).toContain("argument 'yaml' is invalid");
  });
});

describe('paved check: usage errors exit 3 and name the flag', () => {
  it.each([
    [['check', '--fixture', '/definitely/not/here'], '--fixture /definitely/not/here: no such directory'],
    [['check', '--fixture', '.', '--repo', '.', '--worktree'], '--fixture cannot be combined with --repo, --worktree'],
    [['check', '--policies', '/nope/policies'], '--policies /nope/policies: no such file or directory'],
    [['check', '--policy-sha256', 'abc'], '--policy-sha256 abc is not a sha256'],
    [['check', '--timeout', '0'], '--timeout 0 is not a positive number of milliseconds'],
    [['check', '--entrypoint', 'paved//decision'], '--entrypoint "paved//decision" is not a slash path'],
    [['check', '--format', 'html'], "option '--format <format>' argument 'html' is invalid"],
    [['check', '--no-such-flag'], "unknown option '--no-such-flag'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['eval', '--format', 'pretty'], 'nothing to evaluate: give a QUERY or --entrypoint'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(3);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('help and version exit 0', async () => {
    const help = await run(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--fixture <dir>');
    const top = await run(['--help']);
    expect(top.out).toContain('Exit codes:\n  0  passed');
    expect(top.out).toMatch(/check \[options\]\s+evaluate a change/);
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(PAVED_VERSION);
  });
});

describe('paved input', () => {
  it('prints the validated input document', async () => {
    const r = await run(['input', '--fixture', fixture()]);
    expect(r.code).toBe(0);
    const input = JSON.parse(r.out);
    expect(input.schema).toBe('paved/input/v1');
    expect(input.files.map((f: { path: string }) => f.path)).toEqual(['src/search/query.ts', 'src/search/query.test.ts']);
  });

  it('passes the git flags and report globs through to the collector', async () => {
    const repo = mkdtempSync(join(work, 'repo-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], { cwd: repo });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'a.ts'), 'export const a = 1;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'initial');
    writeFileSync(join(repo, 'b.ts'), 'export const b = 2;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'Add b');
    writeFileSync(join(repo, 'c.ts'), 'export const c = 3;\n');
    mkdirSync(join(repo, 'reports'));
    writeFileSync(join(repo, 'reports', 'junit.xml'), '<testsuites><testsuite name="s" tests="1"><testcase name="t" classname="c"/></testsuite></testsuites>');
    const committed = JSON.parse((await run(['input', '--repo', repo, '--base', 'HEAD~1', '--head', 'HEAD'])).out);
    expect(committed.files.map((f: { path: string }) => f.path)).toEqual(['b.ts']);
    const withWorktree = await run(['input', '--repo', repo, '--base', 'HEAD~1', '--worktree', '--reports', 'reports/*.xml']);
    expect(withWorktree.code).toBe(0);
    const input = JSON.parse(withWorktree.out);
    expect(input.files.map((f: { path: string }) => f.path).sort()).toEqual(['b.ts', 'c.ts', 'reports/junit.xml']);
    expect(input.tests.junit.reports).toEqual(['reports/junit.xml']);
    expect(input.tests.junit.total).toBe(1);
  });

  it('exits 2 with the collector error when the fixture is incomplete', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const r = await run(['input', '--fixture', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^paved: collect_failed: .*event\.json/);
    expect(r.out).toBe('');
  });
});

describe('paved eval', () => {
  const inputFile = join(work, 'input.json');
  writeFileSync(inputFile, JSON.stringify({ change: { draft: true }, files: [], config: { thresholds: { max_ai_changed_lines: 1 } } }));

  it('prints opa eval --format json for a query with bindings', async () => {
    const r = await run(['eval', 'x := 1; y := x + 1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      result: [
        {
          expressions: [
            { value: true, text: 'x := 1', location: { row: 1, col: 1 } },
            { value: true, text: 'y := x + 1', location: { row: 1, col: 9 } },
          ],
          bindings: { x: 1, y: 2 },
        },
      ],
    });
  });

  it('evaluates a document of a policy directory against an input, without bindings', async () => {
    const r = await run(['eval', '-d', pack.policies, '-i', inputFile, 'data.paved.decision']);
    expect(JSON.parse(r.out)).toEqual({
      result: [
        {
          expressions: [
            {
              value: { deny: [], warn: [{ rule: 'draft', message: 'The change is a draft.' }], rules: ['draft', 'too-big'] },
              text: 'data.paved.decision',
              location: { row: 1, col: 1 },
            },
          ],
        },
      ],
    });
    const viaEntrypoint = await run(['eval', '-d', pack.policies, '-i', inputFile, '-e', 'paved/decision']);
    expect(JSON.parse(viaEntrypoint.out).result[0].expressions[0].value).toEqual(JSON.parse(r.out).result[0].expressions[0].value);
  });

  it('reads a bundle directory with -b and merges several -d paths', async () => {
    const viaBundle = await run(['eval', '-b', pack.policies, '-i', inputFile, 'data.paved.decision.warn']);
    expect(JSON.parse(viaBundle.out).result[0].expressions[0].value).toEqual([{ rule: 'draft', message: 'The change is a draft.' }]);
    const split = writeTempPack({ 'size.rego': PACK_RULES });
    const other = writeTempPack({ 'decision.rego': PACK_DECISION });
    const viaTwo = await run(['eval', '-d', split.policies, '-d', other.policies, '-i', inputFile, 'count(data.paved.decision.warn)']);
    expect(JSON.parse(viaTwo.out).result[0].expressions[0].value).toBe(1);
  });

  it('parses Rego v0 with --v0-compatible or when the bundle manifest says so', async () => {
    const dir = makeTempDir('paved-v0-');
    writeFileSync(join(dir, 'x.rego'), 'package x\n\np[y] { y := 1 }\n');
    expect(JSON.parse((await run(['eval', '-d', dir, 'data.x.p'])).out).errors[0].code).toBe('rego_parse_error');
    expect(JSON.parse((await run(['eval', '--v0-compatible', '-d', dir, 'data.x.p'])).out).result[0].expressions[0].value).toEqual([1]);
    writeFileSync(join(dir, '.manifest'), '{"rego_version": 0}');
    expect(JSON.parse((await run(['eval', '-b', dir, 'data.x.p'])).out).result[0].expressions[0].value).toEqual([1]);
  });

  it('prints {} for an undefined query', async () => {
    const r = await run(['eval', '-d', pack.policies, 'data.paved.nothing']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({});
  });

  it('places data files at their directory path, as opa does', async () => {
    const dataDir = mkdtempSync(join(work, 'data-'));
    mkdirSync(join(dataDir, 'teams', 'web'), { recursive: true });
    writeFileSync(join(dataDir, 'teams', 'web', 'owners.yaml'), 'owners: [alice, bob]\n');
    writeFileSync(join(dataDir, 'top.json'), '{"limit": 3}');
    const r = await run(['eval', '-d', dataDir, 'data']);
    expect(JSON.parse(r.out).result[0].expressions[0].value).toEqual({ limit: 3, teams: { web: { owners: ['alice', 'bob'] } } });
  });

  it('prints errors in opa shape and exits non-zero', async () => {
    const broken = writeTempPack({ 'bad.rego': 'package bad\n\np := \n' });
    const r = await run(['eval', '-d', broken.policies, 'data.bad.p']);
    expect(r.code).toBe(2);
    const { errors } = JSON.parse(r.out);
    expect(errors).toHaveLength(1);
    expect(Object.keys(errors[0])).toEqual(['code', 'message', 'location']);
    expect(errors[0].code).toBe('rego_parse_error');
    expect(errors[0].location.file).toBe(join(broken.policies, 'bad.rego'));
    expect(errors[0].location.row).toBeGreaterThanOrEqual(3);
  });

  it('prints non-Rego errors in the same JSON shape: unreadable bundle, bad or missing input file', async () => {
    const notABundle = join(work, 'notes.txt');
    writeFileSync(notABundle, 'just some notes');
    const bundle = await run(['eval', '-b', notABundle, 'data.x']);
    expect(bundle.code).toBe(2);
    expect(bundle.err).toBe('');
    expect(JSON.parse(bundle.out)).toEqual({
      errors: [
        {
          code: 'policy_load_failed',
          message: `${notABundle}: is not a policy artifact (expected a directory, a gzipped OPA bundle, a .rego file or a wasm module)`,
          location: { file: notABundle },
        },
      ],
    });
    const corrupt = join(work, 'corrupt.tar.gz');
    writeFileSync(corrupt, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const archive = JSON.parse((await run(['eval', '-b', corrupt, 'data.x'])).out).errors[0];
    expect(archive.code).toBe('policy_load_failed');
    expect(archive.message).toContain(`${corrupt}: bad bundle archive`);

    const badInput = join(work, 'bad-input.json');
    writeFileSync(badInput, '{"change": ');
    const input = await run(['eval', '-d', pack.policies, '-i', badInput, 'data.paved.decision']);
    expect(input.code).toBe(3);
    const [inputError] = JSON.parse(input.out).errors;
    expect(inputError.code).toBe('usage');
    expect(inputError.message.startsWith(`${badInput}: not valid JSON: `)).toBe(true);
    expect(inputError.location).toEqual({ file: badInput });
    const missing = await run(['eval', '-i', join(work, 'nope.json'), 'input']);
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.out).errors).toEqual([{ code: 'usage', message: `-i/--input ${join(work, 'nope.json')}: no such file` }]);
  });

  it('keeps non-Rego errors on stderr, with what to do, in pretty format', async () => {
    const r = await run(['eval', '--format', 'pretty', '-i', join(work, 'nope.json'), 'input']);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toContain('paved: usage error: -i/--input');
    expect(r.err).toContain('What to do: Check the path given to -i/--input.');
  });

  it('reports an unsafe query as an error', async () => {
    const r = await run(['eval', 'x == 1']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).errors[0].code).toBe('rego_unsafe_var_error');
  });

  it('pretty-prints values and binding tables', async () => {
    expect((await run(['eval', '--format', 'pretty', '[1, 2]'])).out).toBe('[\n  1,\n  2\n]\n');
    expect((await run(['eval', '--format', 'pretty', 'x := ["a", "b"][_]'])).out).toBe('+-----+\n| x   |\n+-----+\n| "a" |\n| "b" |\n+-----+\n');
    expect((await run(['eval', '--format', 'pretty', 'false == true'])).out).toBe('undefined\n');
  });
});
