/**
 * Runs vitest (JUnit reporter + v8 coverage) and ESLint (SARIF formatter)
 * live over testdata/sample and feeds their fresh output through the
 * collectors: guards against the tools' formats drifting from the committed
 * samples. About 3 s on this machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSecurity } from '../security/index.js';
import { makeContext, makeFile } from '../../test-support/inputs.js';
import { collectTests } from './index.js';

const run = promisify(execFile);
const sample = fileURLToPath(new URL('../testdata/sample/', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../../../node_modules/.bin/${name}`, import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'paved-signals-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Strip the outer vitest's markers so the inner run behaves like a CI run.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));

const change = makeFile('src/math.js', [2, 7, 13, 14, 18, 19, 20].map((n) => [n, `line ${n}`] as [number, string]));

describe('real tools, run live', () => {
  it('vitest junit + v8 coverage → the tests section', async () => {
    const args = ['run', '--root', sample, '--reporter=junit', `--outputFile=${join(out, 'junit.xml')}`, '--coverage.enabled', '--coverage.provider=v8',
      '--coverage.reportOnFailure', '--coverage.reporter=lcov', '--coverage.reporter=cobertura', `--coverage.reportsDirectory=${join(out, 'cov')}`, '--coverage.include=src/**'];
    // The sample has one failing test on purpose: vitest exits 1.
    await run(bin('vitest'), args, { cwd: sample, env }).catch((err: { code?: number }) => {
      if (err.code !== 1) throw err;
    });
    const ctx = makeContext({
      files: [change],
      reports: [
        { path: 'junit.xml', content: readFileSync(join(out, 'junit.xml'), 'utf8') },
        { path: 'cov/lcov.info', content: readFileSync(join(out, 'cov/lcov.info'), 'utf8') },
        { path: 'cov/cobertura-coverage.xml', content: readFileSync(join(out, 'cov/cobertura-coverage.xml'), 'utf8') },
      ],
    });
    const tests = await collectTests(ctx);
    expect(tests.junit).toMatchObject({ total: 5, passed: 3, failed: 1, skipped: 1 });
    expect(tests.junit.failures[0]).toMatchObject({ name: 'math > rounds a third', file: 'test/math.spec.js', line: 18 });
    expect(tests.coverage.overall_percent).toBe(45.45);
    expect(tests.coverage.diff).toMatchObject({ executable: 6, covered: 3, percent: 50 });
  }, 60_000);

  it('eslint SARIF formatter → the security section', async () => {
    const target = join(out, 'eslint.sarif');
    await run(bin('eslint'), ['-f', '@microsoft/eslint-formatter-sarif', '-o', target, 'src/'], { cwd: sample, env }).catch((err: { code?: number }) => {
      if (err.code !== 1) throw err; // 1 = lint errors found, expected here
    });
    const { security } = await collectSecurity(makeContext({ files: [change], reports: [{ path: 'eslint.sarif', content: readFileSync(target, 'utf8') }] }));
    expect(security.sarif.tools).toEqual(['ESLint']);
    expect(security.sarif.findings.map((f) => [f.rule, f.level, f.file, f.line, f.on_changed_line])).toEqual([
      ['no-unused-vars', 'warning', 'src/math.js', 13, true],
      ['no-eval', 'error', 'src/math.js', 14, true],
    ]);
  }, 60_000);
});
