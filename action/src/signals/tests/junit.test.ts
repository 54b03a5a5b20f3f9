import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJUnit } from './junit.js';

const data = (name: string) => readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8');

describe('parseJUnit', () => {
  it('reads real vitest output: totals, the failure with file and line from the stack', () => {
    const r = parseJUnit(data('vitest-junit.xml'), 'vitest-junit.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([5, 3, 1, 0, 1]);
    expect(r.failures).toEqual([
      {
        name: 'math > rounds a third',
        classname: 'test/math.spec.js',
        suite: 'test/math.spec.js',
        file: 'test/math.spec.js',
        line: 18,
        message: 'expected 0.3333333333333333 to be 0.33 // Object.is equality',
        kind: 'failure',
      },
    ]);
  });

  it('reads pytest: file attribute, assert line from the traceback, 0-based line attribute for errors', () => {
    const r = parseJUnit(data('junit-pytest.xml'), 'junit-pytest.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([5, 2, 1, 1, 1]);
    expect(r.failures).toEqual([
      {
        name: 'test_discount',
        classname: 'tests.test_orders',
        suite: 'pytest',
        file: 'tests/test_orders.py',
        line: 16,
        message: 'assert 90.0 == 85.0\n +  where 90.0 = apply_discount(100, 0.1)',
        kind: 'failure',
      },
      {
        name: 'test_connect',
        classname: 'tests.test_db',
        suite: 'pytest',
        file: 'tests/test_db.py',
        line: 5,
        message: 'failed on setup with "ConnectionRefusedError: [Errno 111] Connection refused"',
        kind: 'error',
      },
    ]);
  });

  it('reads Maven Surefire: a single testsuite root, file rebuilt from the class and the stack frame', () => {
    const r = parseJUnit(data('junit-surefire.xml'), 'junit-surefire.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([3, 1, 1, 1, 0]);
    expect(r.failures.map((f) => [f.name, f.kind, f.file, f.line, f.message])).toEqual([
      ['appliesTax', 'failure', 'com/acme/billing/InvoiceTest.java', 37, 'expected: <120.00> but was: <119.99>'],
      ['rejectsNegative', 'error', 'com/acme/billing/InvoiceTest.java', 44, 'Cannot invoke "java.math.BigDecimal.signum()" because "amount" is null'],
    ]);
  });

  it('reads Gradle (Kotlin test): skipped, failure located in CartTest.kt', () => {
    const r = parseJUnit(data('junit-gradle.xml'), 'junit-gradle.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([3, 1, 1, 0, 1]);
    expect(r.failures[0]).toMatchObject({ name: 'removesItem()', classname: 'com.acme.cart.CartTest', file: 'com/acme/cart/CartTest.kt', line: 28 });
  });

  it('reads jest-junit: failure without attributes, message from its first line, absolute stack path matched to the file attribute', () => {
    const r = parseJUnit(data('junit-jest.xml'), 'junit-jest.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([4, 2, 1, 0, 1]);
    expect(r.failures).toEqual([
      {
        name: 'cart applies a coupon',
        classname: 'cart applies a coupon',
        suite: 'cart',
        file: 'src/__tests__/cart.test.js',
        line: 21,
        message: 'Error: expect(received).toBe(expected) // Object.is equality',
        kind: 'failure',
      },
    ]);
  });

  it('flattens nested suites and redacts secrets in failure messages', () => {
    const token = 'xoxb-' + '1234567890-abcdefghijklmnop';
    const xml = `<testsuites><testsuite name="outer"><testsuite name="inner"><testcase name="t" classname="c"><failure message="token ${token} rejected"/></testcase></testsuite></testsuite></testsuites>`;
    const r = parseJUnit(xml, 'nested.xml');
    expect(r.total).toBe(1);
    expect(r.failures[0]).toMatchObject({ suite: 'inner', message: 'token [REDACTED:slack-token] rejected', file: null, line: null });
    expect(JSON.stringify(r)).not.toContain(token);
  });

  it('redacts a secret in a parametrised test name, its class and its suite', () => {
    const token = 'ghp_' + 'Zq8v2Lm9Xr4Tk7Wp'.repeat(3).slice(0, 36);
    const xml = `<testsuites><testsuite name="auth ${token}"><testcase name="test_login[${token}]" classname="tests.test_auth.${token}"><failure message="401"/></testcase></testsuite></testsuites>`;
    const r = parseJUnit(xml, 'pytest.xml');
    expect(r.failures[0]).toMatchObject({
      name: 'test_login[[REDACTED:github-token]]',
      classname: 'tests.test_auth.[REDACTED:github-token]',
      suite: 'auth [REDACTED:github-token]',
    });
    expect(JSON.stringify(r)).not.toContain(token);
  });

  it('counts a suite-level error that no test case carries (jest-junit default for a suite that failed to load)', () => {
    const xml = `<testsuites name="jest tests" tests="1" failures="0" errors="1">
  <testsuite name="src/__tests__/broken.test.js" errors="1" failures="0" skipped="0" tests="0" time="0"/>
  <testsuite name="ok" errors="0" failures="0" skipped="0" tests="1"><testcase classname="ok" name="ok works" time="0.001"/></testsuite>
</testsuites>`;
    const r = parseJUnit(xml, 'jest.xml');
    expect([r.total, r.passed, r.failed, r.errors, r.skipped]).toEqual([2, 1, 0, 1, 0]);
    expect(r.failures).toEqual([
      { name: '(suite)', classname: null, suite: 'src/__tests__/broken.test.js', file: null, line: null, message: 'the suite reports 1 failure(s) or error(s) that no test case carries', kind: 'error' },
    ]);
  });

  it('does not double count when the suite attributes match its test cases', () => {
    const r = parseJUnit(data('junit-surefire.xml'), 'junit-surefire.xml');
    expect(r.failures.filter((f) => f.name === '(suite)')).toEqual([]);
  });

  it('reads a failure whose text is a megabyte of minified output (the test timeout guards against quadratic matching)', () => {
    const xml = `<testsuite name="s"><testcase name="t" classname="c"><failure>${'x'.repeat(1_000_000)}\n at run (src/a.test.ts:3:1)</failure></testcase></testsuite>`;
    const r = parseJUnit(xml, 'big.xml');
    expect(r.failures[0]).toMatchObject({ file: null, line: null });
    expect(r.failures[0]!.message.length).toBe(500);
  });

  it('rejects malformed XML naming the report', () => {
    expect(() => parseJUnit('<testsuites><testsuite>', 'broken.xml')).toThrow(/^broken\.xml is not well-formed XML/);
  });
});
