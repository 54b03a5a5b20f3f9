import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../errors.js';
import { looksLikeSarif, parseSarif, substitute, type AddedLineIndex } from './sarif.js';

const data = (name: string) => JSON.parse(readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8')) as unknown;

function index(added: Record<string, number[]>): AddedLineIndex {
  return { paths: new Set(Object.keys(added)), added: new Map(Object.entries(added).map(([p, l]) => [p, new Set(l)])) };
}

describe('parseSarif', () => {
  it('reads real ESLint SARIF with file:// URIs and absolute paths', () => {
    const report = parseSarif(data('eslint.sarif'), 'eslint.sarif', index({ 'src/math.js': [14] }));
    expect(report.tools).toEqual(['ESLint']);
    expect(report.findings).toEqual([
      {
        tool: 'ESLint',
        rule: 'no-unused-vars',
        level: 'warning',
        security_severity: null,
        message: "'unused' is assigned a value but never used.",
        file: 'src/math.js',
        line: 13,
        on_changed_line: false,
      },
      {
        tool: 'ESLint',
        rule: 'no-eval',
        level: 'error',
        security_severity: null,
        message: 'eval can be harmful.',
        file: 'src/math.js',
        line: 14,
        on_changed_line: true,
      },
    ]);
  });

  it('reads CodeQL: %SRCROOT%, rule default level, security-severity, {0} arguments, artifact index, percent-encoding', () => {
    const report = parseSarif(data('codeql.sarif'), 'codeql.sarif', index({ 'src/db/users.ts': [42], 'src/util helpers/format.ts': [1] }));
    expect(report.findings).toEqual([
      {
        tool: 'CodeQL',
        rule: 'js/sql-injection',
        level: 'error',
        security_severity: 8.8,
        message: 'This query string depends on a [user-provided value](1).',
        file: 'src/db/users.ts',
        line: 42,
        on_changed_line: true,
      },
      {
        tool: 'CodeQL',
        rule: 'js/unused-local-variable',
        level: 'note',
        security_severity: null,
        message: 'Unused variable tmp.',
        file: 'src/util helpers/format.ts',
        line: 7,
        on_changed_line: false,
      },
    ]);
  });

  it('reads Semgrep: numeric security-severity, multi-line region, suppressed results dropped', () => {
    const report = parseSarif(data('semgrep.sarif'), 'semgrep.sarif', index({ 'app/tasks.py': [14] }));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      tool: 'Semgrep OSS',
      level: 'error',
      security_severity: 7.5,
      file: 'app/tasks.py',
      line: 12,
      on_changed_line: true, // region 12-14 touches added line 14
    });
  });

  it('reads Trivy: originalUriBaseIds with a file:// root, and a result without locations', () => {
    const report = parseSarif(data('trivy.sarif'), 'trivy.sarif', index({ 'package-lock.json': [1] }));
    expect(report.findings.map((f) => [f.rule, f.file, f.line, f.security_severity, f.on_changed_line])).toEqual([
      ['CVE-2024-37890', 'package-lock.json', 1, 7.5, true],
      ['CVE-2024-37890', null, null, 7.5, false],
    ]);
    expect(report.findings[0]!.message).toContain('Installed Version: 8.17.0');
  });

  it('resolves a relative base id against an absolute one and ignores files outside the change', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'X' } },
          originalUriBaseIds: { ROOT: { uri: 'file:///repo/' }, SRC: { uri: 'pkg/', uriBaseId: 'ROOT' } },
          results: [
            { ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.go', uriBaseId: 'SRC' }, region: { startLine: 3 } } }] },
            { ruleId: 'r', kind: 'pass', message: { text: 'ok' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'other.go' }, region: { startLine: 3 } } }] },
          ],
        },
      ],
    };
    const report = parseSarif(doc, 'x.sarif', index({ 'pkg/a.go': [3] }));
    expect(report.findings.map((f) => [f.file, f.level, f.on_changed_line])).toEqual([
      ['pkg/a.go', 'warning', true],
      ['other.go', 'none', false],
    ]);
  });

  it('checks a region spanning a whole file against the added lines without walking every line', () => {
    const doc = (start: number, end: number) => ({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'X' } }, results: [{ ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'big.c' }, region: { startLine: start, endLine: end } } }] }] }],
    });
    expect(parseSarif(doc(1, 50_000_000), 'x', index({ 'big.c': [5, 9] })).findings[0]!.on_changed_line).toBe(true);
    expect(parseSarif(doc(10, 50_000_000), 'x', index({ 'big.c': [5, 9] })).findings[0]!.on_changed_line).toBe(false);
    expect(parseSarif(doc(6, 8), 'x', index({ 'big.c': [5, 9] })).findings[0]!.on_changed_line).toBe(false);
  });

  it('takes the message from the rule messageStrings when the result gives only an id', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Y', rules: [{ id: 'taint', messageStrings: { flow: { text: 'Data flows from {0} to {1}.' } } }] } },
          results: [{ ruleIndex: 0, message: { id: 'flow', arguments: ['req.query', 'db.exec'] } }, { ruleId: 'taint', message: {} }],
        },
      ],
    };
    const report = parseSarif(doc, 'y.sarif', index({}));
    expect(report.findings.map((f) => [f.rule, f.message, f.file, f.line, f.on_changed_line])).toEqual([
      ['taint', 'Data flows from req.query to db.exec.', null, null, false],
      ['taint', '', null, null, false],
    ]);
  });

  it('finds a rule in a tool extension through rule.toolComponent, not the driver index', () => {
    const doc = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'CodeQL', rules: [{ id: 'driver-rule', defaultConfiguration: { level: 'note' } }] },
            extensions: [{ name: 'codeql/javascript-queries', rules: [{ id: 'js/xss', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '6.1' } }] }],
          },
          results: [{ ruleId: 'js/xss', rule: { id: 'js/xss', index: 0, toolComponent: { index: 0 } }, message: { text: 'XSS' } }],
        },
      ],
    };
    const [finding] = parseSarif(doc, 'codeql.sarif', index({})).findings;
    expect([finding!.rule, finding!.level, finding!.security_severity]).toEqual(['js/xss', 'error', 6.1]);
  });

  it('rejects a document that is not SARIF', () => {
    expect(() => parseSarif({ results: [] }, 'notes.json', index({}))).toThrow('notes.json is not a SARIF 2.1.0 log');
  });

  it('substitutes arguments and literal braces', () => {
    expect(substitute('{0} flows to {1} in {{x}} {5}', ['a', 'b'])).toBe('a flows to b in {x} {5}');
  });

  it('sniffs SARIF by content and rejects other versions with a clear error', () => {
    expect(looksLikeSarif({ version: '2.1.0', runs: [] })).toBe(true);
    expect(looksLikeSarif({ runs: [] })).toBe(false);
    expect(() => parseSarif({ $schema: 'sarif-1.0.0', version: '1.0.0', runs: [] }, 'old.sarif', index({}))).toThrowError(
      expect.objectContaining({ code: 'config_invalid', message: 'old.sarif: SARIF version 1.0.0 is not supported' }) as GateError,
    );
  });
});
