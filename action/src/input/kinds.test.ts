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

describe('compiled globs match as Minimatch#match does', () => {
  it('for every default glob over paths with dots, depth, case and braces', async () => {
    const { Minimatch } = await import('minimatch');
    const options = { dot: true, nocomment: true, nonegate: true } as const;
    const paths = [
      'src/app.ts', 'src/.hidden/app.ts', '.env', '.github/workflows/ci.yml', 'a/b/.github/workflows/x.yaml', 'README.md', 'docs/README.MD',
      'package.json', 'web/package-lock.json', 'x/y/z/go.sum', 'Cargo.lock', 'policies/a/b.rego', 'paved.yml', '.github/paved.yml',
      'dist/index.js', 'vendor/a/b.min.js', 'src/app.test.ts', 'src/__tests__/a.tsx', 'tests/test_a.py', 'a b/c d.ts', 'Dockerfile', 'x.snap',
    ];
    const config = DEFAULT_CONFIG;
    const classifier = pathClassifier(config);
    for (const path of paths) {
      const expected = config.file_kind_order.filter((kind) => (config.file_kinds[kind] ?? []).some((glob) => new Minimatch(glob, options).match(path)));
      expect(classifier.classify(path).kinds, path).toEqual(expected.length > 0 ? expected : ['other']);
    }
    const files = paths.map((path) => ({ path, previous_path: null }));
    const touched = (globs: readonly string[]) => paths.some((path) => globs.some((glob) => new Minimatch(glob, options).match(path)));
    const touch = detectGateTouch(files, config);
    expect([touch.policies, touch.config, touch.workflows]).toEqual([touched(config.gate_paths.policies), touched(config.gate_paths.config), touched(config.gate_paths.workflows)]);
  });
});
