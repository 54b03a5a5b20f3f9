import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../gate.js';
import type { CliIO } from './io.js';
import { reportCommandError } from './io.js';
import { registerTest } from './test.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `paved test …` in-process, on a program holding just this command. */
async function pavedTest(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, stdoutIsTTY: false };
  let code = 0;
  const program = new Command('paved').exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerTest(program, { io, version: 'test', setExitCode: (c) => (code = c) });
  program.commands.forEach((c) => c.exitOverride());
  try {
    await program.parseAsync(['test', ...args], { from: 'user' });
  } catch (error) {
    code = reportCommandError(io, error);
  }
  return { code, stdout, stderr };
}

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function project(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'paved-test-cmd-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const POLICY = 'package demo\n\nallow if input.user == "admin"\n';

describe('paved test', () => {
  it('is green on the shipped policy pack (the default path)', async () => {
    const run = await pavedTest([], PACKAGE_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d{3,} passed, 0 failed\n$/m);
  });

  it('fails with exit 1 and a FAIL line with a relative location', async () => {
    const cwd = await project({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntest_ok if allow with input as {"user": "admin"}\n\ntest_bad if allow with input as {"user": "x"}\n' });
    const run = await pavedTest(['.'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('demo_test.rego:5: FAIL data.demo.test_bad');
    expect(run.stdout).toContain('1 passed, 1 failed');
  });

  it('exits 1 when no test was found', async () => {
    const cwd = await project({ 'demo.rego': POLICY });
    const run = await pavedTest(['demo.rego'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('no tests found');
  });

  it('exits 1 when every test found is a todo', async () => {
    const cwd = await project({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntodo_test_later if false\n' });
    const run = await pavedTest(['.'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('0 passed, 0 failed, 1 skipped');
  });

  it('--run filters and --format json reports', async () => {
    const cwd = await project({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntest_ok if allow with input as {"user": "admin"}\n\ntest_bad if allow with input as {"user": "x"}\n' });
    const run = await pavedTest(['--run', 'test_ok$', '--format', 'json', '.'], cwd);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { passed: number; failed: number; results: { name: string; location: { file: string } }[] };
    expect(json).toMatchObject({ passed: 1, failed: 0 });
    expect(json.results.map((r) => r.name)).toEqual(['data.demo.test_ok']);
    expect(json.results[0]!.location.file).toBe('demo_test.rego');
  });

  it('loads data files as paved eval does: placed at their directory, JSON or YAML', async () => {
    const cwd = await project({
      'limits.rego': 'package limits\n\nmax_files := data.settings.max_files\n',
      'limits_test.rego': 'package limits\n\ntest_from_yaml if max_files == 50\n\ntest_from_json if data.owners.team == "platform"\n',
    });
    await mkdir(join(cwd, 'settings'));
    await writeFile(join(cwd, 'settings', 'data.yaml'), 'max_files: 50\n');
    await mkdir(join(cwd, 'owners'));
    await writeFile(join(cwd, 'owners', 'data.json'), '{"team": "platform"}');
    const run = await pavedTest(['.'], cwd);
    expect(run.stdout).toBe('2 passed, 0 failed\n');
    expect(run.code).toBe(0);
  });

  it('names a malformed data file', async () => {
    const cwd = await project({ 'p_test.rego': 'package p\n\ntest_x if true\n', 'data.json': '{"a": ' });
    const run = await pavedTest(['.'], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/data\.json: not valid JSON/);
  });

  it('exits 2 with the compiler errors when the policies do not compile', async () => {
    const cwd = await project({ 'broken_test.rego': 'package b\n\ntest_x if {\n' });
    const run = await pavedTest(['.'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken_test\.rego:\d+: rego_parse_error/);
    expect(run.stderr).toContain('no test ran');
    const json = await pavedTest(['--format', 'json', '.'], cwd);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ errors: [{ code: 'rego_parse_error', location: { file: 'broken_test.rego' } }] });
  });

  it('exits 3 on a bad regex or a missing path, naming the problem', async () => {
    const cwd = await project({ 'demo.rego': POLICY });
    const badRegex = await pavedTest(['--run', '(', '.'], cwd);
    expect(badRegex.code).toBe(3);
    expect(badRegex.stderr).toContain('--run ( is not a valid regular expression');
    const missing = await pavedTest(['nope/'], cwd);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope/ does not exist');
  });

  it('warns when a Paved pack has deny/warn rules outside paved.rules', async () => {
    const cwd = await project({
      'decision.rego': 'package paved.decision\n\ndeny contains f if some f in data.paved.rules[_].deny\n',
      'stray.rego': 'package paved.custom\n\ndeny contains {"rule": "x", "message": "never seen"} if true\n',
      'ok.rego': 'package paved.rules.ok\n\nwarn contains {"rule": "y", "message": "seen"} if true\n',
      'ok_test.rego': 'package paved.rules.ok\n\ntest_y if count(warn) == 1\n',
    });
    const run = await pavedTest(['.'], cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'warning: stray.rego:3: data.paved.custom.deny is not under data.paved.rules, so paved.decision never sees its findings; move the package under paved.rules\n',
    );
    const json = await pavedTest(['--format', 'json', '.'], cwd);
    expect(JSON.parse(json.stdout).warnings).toHaveLength(1);
  });

  it('does not lint policies that are not a Paved pack', async () => {
    const cwd = await project({ 'p.rego': 'package other\n\ndeny contains "x" if true\n', 'p_test.rego': 'package other\n\ntest_x if count(deny) == 1\n' });
    const run = await pavedTest(['.'], cwd);
    expect(run.stderr).toBe('');
  });

  it('strips terminal escape sequences that a policy prints', async () => {
    const cwd = await project({ 'p_test.rego': 'package p\n\ntest_x if {\n\tprint("\\u001b[2Jboom")\n\tfalse\n}\n' });
    const run = await pavedTest(['.'], cwd);
    expect(run.stdout).toContain('print: boom');
    expect(run.stdout).not.toContain('\u001b');
  });
});
