import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeContext, makeFile } from '../../test-support/inputs.js';
import { collectSecurity } from './index.js';

const ESLINT = readFileSync(new URL('../testdata/eslint.sarif', import.meta.url), 'utf8');
const TOKEN = 'ghs_' + 'Zx81Qw72Er63Ty54Ui45'.repeat(2).slice(0, 36);

describe('collectSecurity', () => {
  it('redacts secrets in the returned files and never lets the raw value out', async () => {
    const ctx = makeContext({
      files: [makeFile('src/math.js', [[13, `  const unused = "${TOKEN}";`], [14, '  return eval(expression);']])],
      reports: [{ path: 'eslint.sarif', content: ESLINT.replace("'unused' is assigned", `'${TOKEN}' is assigned`) }],
    });
    const { security, files } = await collectSecurity(ctx);
    expect(security.secrets).toEqual({
      evaluated: true,
      reason: null,
      findings: [{ detector: 'github-token', location: 'added-line', file: 'src/math.js', line: 13, commit: null, redacted: 'ghs_…(40 chars)' }],
    });
    expect(files[0]!.added_lines[0]!.text).toBe('  const unused = "[REDACTED:github-token]";');
    expect(security.sarif.findings[0]!.message).toBe("'[REDACTED:github-token]' is assigned a value but never used.");
    expect(JSON.stringify({ security, files })).not.toContain(TOKEN);
    // the context itself is left alone: redaction returns new objects
    expect(ctx.files[0]!.added_lines[0]!.text).toContain(TOKEN);
  });

  it('fills the SARIF section from reports recognised by content', async () => {
    const ctx = makeContext({ files: [makeFile('src/math.js', [[14, 'return eval(x)']])], reports: [{ path: 'out/lint-results.json', content: ESLINT }] });
    const { security } = await collectSecurity(ctx);
    expect(security.sarif.evaluated).toBe(true);
    expect(security.sarif.reports).toEqual(['out/lint-results.json']);
    expect(security.sarif.tools).toEqual(['ESLint']);
    expect(security.sarif.findings.filter((f) => f.on_changed_line).map((f) => f.rule)).toEqual(['no-eval']);
  });

  it('clips a very long tool message to 1,000 characters', async () => {
    const long = JSON.parse(ESLINT) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    long.runs[0]!.results[0]!.message.text = 'x'.repeat(50_000);
    const ctx = makeContext({ reports: [{ path: 'e.sarif', content: JSON.stringify(long) }] });
    const { security } = await collectSecurity(ctx);
    expect(security.sarif.findings[0]!.message).toBe(`${'x'.repeat(999)}…`);
  });

  it('says what was not evaluated', async () => {
    const ctx = makeContext({ files: [makeFile('big.sql', [], { patch_available: false }), makeFile('logo.png', [], { binary: true, patch_available: false })] });
    const { security } = await collectSecurity(ctx);
    expect(security.sarif).toEqual({ evaluated: false, reason: 'no SARIF report was given', reports: [], tools: [], findings: [] });
    expect(security.secrets).toEqual({ evaluated: false, reason: 'no diff for 1 file(s), not scanned: big.sql', findings: [] });
    expect(security.code_scanning.evaluated).toBe(false);
    expect(security.dependencies).toEqual({ evaluated: true, reason: null, changes: [] });
    expect(security.reason).toBe('not evaluated: sarif, secrets, code_scanning');
  });

  it('adds a caveat, not evaluated:false, when the file list was truncated (change.truncated carries that)', async () => {
    const base = makeContext();
    const ctx = makeContext({ change: { ...base.change, truncated: { files: true, commits: false, patches: false } }, files: [makeFile('a.ts', [[1, 'x']])] });
    const { security } = await collectSecurity(ctx);
    expect(security.secrets).toEqual({ evaluated: true, reason: 'the source listed only part of the changed files', findings: [] });
    expect(security.dependencies).toEqual({ evaluated: true, reason: 'the source listed only part of the changed files', changes: [] });
  });

  it('recomputes on_changed_line for code-scanning alerts', async () => {
    const alert = { tool: 'CodeQL', rule: 'js/xss', level: 'error', security_severity: 6.1, message: 'x', file: 'a.js', line: 3, on_changed_line: false };
    const ctx = makeContext({
      files: [makeFile('a.js', [[3, 'el.innerHTML = q']])],
      codeScanning: { evaluated: true, reason: null, findings: [alert, { ...alert, line: 9, on_changed_line: true }] },
    });
    const { security } = await collectSecurity(ctx);
    expect(security.code_scanning.findings.map((f) => f.on_changed_line)).toEqual([true, false]);
  });

  it('rejects a report in no known format, naming it', async () => {
    const ctx = makeContext({ reports: [{ path: 'results.txt', content: 'all good' }] });
    await expect(collectSecurity(ctx)).rejects.toMatchObject({ code: 'config_invalid', message: 'report results.txt is not in a format Paved reads' });
  });
});
