import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from './config.js';
import { detectGateTouch, pathClassifier } from './kinds.js';

const classify = (path: string) => pathClassifier(DEFAULT_CONFIG).classify(path);

describe('pathClassifier with the defaults', () => {
  it.each([
    ['src/app.ts', 'source'],
    ['src/app.test.ts', 'test'],
    ['pkg/server/handler_test.go', 'test'],
    ['tests/test_api.py', 'test'],
    ['src/test/java/com/acme/AppTest.java', 'test'],
    ['web/__tests__/App.tsx', 'test'],
    ['README.md', 'docs'],
    ['docs/guide/setup.ts', 'docs'],
    ['.github/workflows/ci.yml', 'workflow'],
    ['services/api/package.json', 'dependency-manifest'],
    ['requirements-dev.txt', 'dependency-manifest'],
    ['go.sum', 'lockfile'],
    ['pnpm-lock.yaml', 'lockfile'],
    ['policies/paved/tests.rego', 'policy'],
    ['paved.yml', 'config'],
    ['.eslintrc.json', 'config'],
    ['dist/index.js', 'generated'],
    ['dist/app.test.js', 'generated'],
    ['vendor/lib.min.js', 'generated'],
    ['infra/main.tf', 'source'],
    ['assets/logo.png', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(classify(path).kind).toBe(kind);
  });

  it('lists every matching kind in precedence order', () => {
    expect(classify('src/app.test.ts').kinds).toEqual(['test', 'source']);
    expect(classify('.github/workflows/ci.yml').kinds).toEqual(['workflow', 'config']);
    expect(classify('assets/logo.png').kinds).toEqual(['other']);
  });

  it('matches dotfiles and dot-directories', () => {
    expect(classify('.github/actions/setup/action.yml').kind).toBe('workflow');
    expect(classify('.config/tool.toml').kind).toBe('config');
  });
});

describe('pathClassifier with a repository config', () => {
  it('follows a changed precedence and changed globs', () => {
    const config = loadConfig('file_kind_order: [source, test]\nfile_kinds:\n  test: ["checks/**"]\n', 'paved.yml');
    const classifier = pathClassifier(config);
    expect(classifier.classify('src/app.test.ts')).toEqual({ kind: 'source', kinds: ['source'] });
    expect(classifier.classify('checks/smoke.sh')).toEqual({ kind: 'source', kinds: ['source', 'test'] });
    expect(classifier.classify('README.md')).toEqual({ kind: 'other', kinds: ['other'] });
  });
});

describe('detectGateTouch', () => {
  const file = (path: string, previous_path: string | null = null) => ({ path, previous_path });

  it('flags policies, config and workflows separately and lists the files', () => {
    const touch = detectGateTouch(
      [file('src/a.ts'), file('policies/paved/ai.rego'), file('.github/paved.yml'), file('.github/workflows/paved.yml')],
      DEFAULT_CONFIG,
    );
    expect(touch).toEqual({
      policies: true,
      config: true,
      workflows: true,
      files: ['policies/paved/ai.rego', '.github/paved.yml', '.github/workflows/paved.yml'],
    });
  });

  it('counts a policy renamed out of the policy directory', () => {
    const touch = detectGateTouch([file('archive/ai.rego.bak', 'policies/ai.rego')], DEFAULT_CONFIG);
    expect(touch).toEqual({ policies: true, config: false, workflows: false, files: ['archive/ai.rego.bak'] });
  });

  it('reports nothing for an ordinary change', () => {
    expect(detectGateTouch([file('src/a.ts'), file('README.md')], DEFAULT_CONFIG)).toEqual({ policies: false, config: false, workflows: false, files: [] });
  });
});
