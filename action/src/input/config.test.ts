import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { DEFAULT_CONFIG, GLOB_KINDS, loadConfig, mergeConfig } from './config.js';

function configError(text: string): GateError {
  try {
    loadConfig(text, 'paved.yml at abc123');
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    return error as GateError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('DEFAULT_CONFIG', () => {
  it('has globs for every kind in its precedence order and the documented thresholds', () => {
    expect(DEFAULT_CONFIG.file_kind_order).toEqual(GLOB_KINDS);
    for (const kind of GLOB_KINDS) expect(DEFAULT_CONFIG.file_kinds[kind]?.length).toBeGreaterThan(0);
    expect(DEFAULT_CONFIG.thresholds).toEqual({ diff_coverage: 80, max_ai_changed_lines: 1000, max_ai_files: 50, security_severity_block: 7 });
    expect(DEFAULT_CONFIG.protected_paths).toEqual(expect.arrayContaining(['.github/workflows/**', '**/*.tf', 'CODEOWNERS', 'paved.yml', 'policies/**']));
  });
});

describe('loadConfig', () => {
  it('returns the defaults for an empty or comment-only file', () => {
    expect(loadConfig('', 'paved.yml')).toEqual(DEFAULT_CONFIG);
    expect(loadConfig('# nothing yet\n', 'paved.yml')).toEqual(DEFAULT_CONFIG);
  });

  it('merges mappings key by key and replaces lists', () => {
    const config = loadConfig(
      ['thresholds:', '  diff_coverage: 65', 'protected_paths: ["secrets/**"]', 'file_kinds:', '  test: ["checks/**"]', 'rules:', '  ai-needs-tests: { enabled: false }'].join('\n'),
      'paved.yml',
    );
    expect(config.thresholds).toEqual({ ...DEFAULT_CONFIG.thresholds, diff_coverage: 65 });
    expect(config.protected_paths).toEqual(['secrets/**']);
    expect(config.file_kinds.test).toEqual(['checks/**']);
    expect(config.file_kinds.docs).toEqual(DEFAULT_CONFIG.file_kinds.docs);
    expect(config.rules).toEqual({ 'ai-needs-tests': { enabled: false } });
  });

  it('does not let a loaded config alter the defaults', () => {
    const config = loadConfig('approvers:\n  security: ["acme/security"]\n', 'paved.yml');
    config.protected_paths.push('mutated/**');
    expect(DEFAULT_CONFIG.protected_paths).not.toContain('mutated/**');
    expect(DEFAULT_CONFIG.approvers.security).toEqual([]);
  });

  it('names an unknown key with its path, the file and the line', () => {
    const error = configError('thresholds:\n  diff_coverag: 70\n');
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain('paved.yml at abc123');
    expect(error.message).toContain('thresholds.diff_coverag is not a known setting');
    expect(error.location).toEqual({ file: 'paved.yml at abc123', row: 2, col: 3 });
    expect(error.hint).toContain('docs/input.md');
  });

  it('reports every wrong type at once', () => {
    const error = configError('strict_truncation: "yes"\nthresholds:\n  diff_coverage: 120\nprotected_paths: "infra/**"\nfile_kind_order: [test, tests]\n');
    expect(error.message).toContain('strict_truncation must be true or false');
    expect(error.message).toContain('thresholds.diff_coverage must be between 0 and 100');
    expect(error.message).toContain('protected_paths must be a list of strings');
    expect(error.message).toContain('file_kind_order.1 must be one of');
  });

  it('rejects unknown file kinds, non-integer limits and non-mapping rule settings', () => {
    expect(configError('file_kinds:\n  tests: ["t/**"]\n').message).toContain('file_kinds.tests is not a file kind');
    expect(configError('thresholds:\n  max_ai_files: 2.5\n').message).toContain('thresholds.max_ai_files must be a whole number');
    expect(configError('rules:\n  some-rule: false\n').message).toContain('rules.some-rule must be a mapping');
  });

  it('rejects negated globs, which would silently match nothing', () => {
    const error = configError('protected_paths: ["src/**", "!src/generated/**"]\n');
    expect(error.message).toContain('protected_paths.1 "!src/generated/**" is a negated glob');
    expect(configError('file_kinds:\n  test: ["!x"]\n').message).toContain('file_kinds.test.0');
  });

  it('reads automation_accounts as GitHub logins and names a malformed one', () => {
    expect(loadConfig('automation_accounts: [acme-ci, "acme-release[bot]"]\n', 'paved.yml').automation_accounts).toEqual(['acme-ci', 'acme-release[bot]']);
    expect(DEFAULT_CONFIG.automation_accounts).toEqual([]);
    const error = configError('automation_accounts: ["acme ci", "", "ci@acme.dev"]\n');
    expect(error.message).toContain('automation_accounts.0 "acme ci" is not a GitHub login');
    expect(error.message).toContain('automation_accounts.1 must be a non-empty string');
    expect(error.message).toContain('automation_accounts.2 "ci@acme.dev" is not a GitHub login');
    expect(configError('automation_accounts: acme-ci\n').message).toContain('automation_accounts must be a list of strings');
  });

  it('rejects a file whose top level is not a mapping', () => {
    expect(configError('- a\n- b\n').message).toContain('(top level) must be a mapping');
  });

  it('reports YAML syntax errors with their position', () => {
    const error = configError('thresholds:\n  diff_coverage: [80\n');
    expect(error.message).toContain('YAML syntax error');
    expect(error.location?.row).toBeGreaterThanOrEqual(2);
  });

  it('refuses YAML alias bombs with a config error', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const error = configError(lines.join('\n'));
    expect(error.message).toContain('Excessive alias count');
  });

  it('rejects duplicate keys instead of silently taking one', () => {
    expect(configError('strict_truncation: true\nstrict_truncation: false\n').message).toContain('YAML syntax error');
  });
});

describe('mergeConfig', () => {
  it('replaces arrays wholesale and keeps untouched sections', () => {
    const merged = mergeConfig(structuredClone(DEFAULT_CONFIG), { required_checks: ['build'], gate_paths: { policies: ['rego/**'] } as never });
    expect(merged.required_checks).toEqual(['build']);
    expect(merged.gate_paths).toEqual({ ...DEFAULT_CONFIG.gate_paths, policies: ['rego/**'] });
  });
});
