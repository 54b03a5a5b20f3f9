/**
 * The gate's tunables: documented defaults, and paved.yml parsed, validated
 * and merged over them. The repository's paved.yml is always read from the
 * base side by the collectors, so a pull request cannot loosen the gate that
 * judges it.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { GateError } from '../errors.js';
import type { FileKind, GateConfig } from './types.js';

/** Kinds a file can be given by globs; `other` is the fallback when none matches. */
export const GLOB_KINDS: readonly Exclude<FileKind, 'other'>[] = [
  'generated',
  'lockfile',
  'dependency-manifest',
  'workflow',
  'policy',
  'test',
  'docs',
  'config',
  'source',
];

const SOURCE_EXTENSIONS = [
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
  'py', 'pyi', 'go', 'rs', 'java', 'kt', 'kts', 'scala', 'groovy', 'clj',
  'rb', 'php', 'cs', 'fs', 'vb', 'swift', 'm', 'mm', 'dart', 'lua', 'pl', 'pm', 'r',
  'c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'zig',
  'ex', 'exs', 'erl', 'hs', 'ml', 'elm', 'sql',
  'sh', 'bash', 'zsh', 'ps1', 'tf', 'hcl', 'nix',
];

/**
 * Defaults. Precedence (`file_kind_order`) puts the most specific kinds first:
 * `dist/app.test.js` is generated, `pnpm-lock.yaml` is a lockfile rather than
 * config, `package.json` a manifest, a workflow YAML a workflow.
 */
export const DEFAULT_CONFIG: GateConfig = {
  file_kinds: {
    generated: ['dist/**', '**/*.min.js', '**/*.min.css', '**/*.generated.*', '**/*.pb.go', '**/*_pb2.py', '**/*.g.dart'],
    lockfile: [
      '**/package-lock.json', '**/npm-shrinkwrap.json', '**/yarn.lock', '**/pnpm-lock.yaml', '**/bun.lock', '**/bun.lockb',
      '**/go.sum', '**/Cargo.lock', '**/poetry.lock', '**/Pipfile.lock', '**/uv.lock', '**/Gemfile.lock', '**/composer.lock',
    ],
    'dependency-manifest': [
      '**/package.json', '**/requirements*.txt', '**/pyproject.toml', '**/Pipfile', '**/setup.py', '**/setup.cfg',
      '**/go.mod', '**/Cargo.toml', '**/Gemfile', '**/pom.xml', '**/build.gradle', '**/build.gradle.kts',
      '**/*.csproj', '**/composer.json',
    ],
    workflow: ['.github/workflows/**', '.github/actions/**'],
    policy: ['policies/**', '**/*.rego'],
    test: [
      '**/*.test.*', '**/*.spec.*', '**/*_test.go', '**/test_*.py', '**/*_test.py', '**/*_spec.rb',
      '**/*Test.java', '**/*Tests.java', '**/*Test.kt', '**/*Tests.cs',
      '**/__tests__/**', '**/tests/**', '**/test/**', '**/spec/**', 'src/test/**',
    ],
    docs: ['**/*.md', '**/*.mdx', '**/*.rst', '**/*.adoc', '**/*.txt', 'docs/**', '**/LICENSE*', '**/CHANGELOG*'],
    config: [
      'paved.yml', '.github/paved.yml',
      '**/*.yml', '**/*.yaml', '**/*.toml', '**/*.ini', '**/*.cfg', '**/*.conf', '**/*.properties',
      '**/.*rc', '**/.*rc.*', '**/tsconfig*.json', '**/.editorconfig', '**/.gitignore', '**/.gitattributes',
      '**/.env*', 'CODEOWNERS', '.github/CODEOWNERS',
    ],
    source: [`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, '**/Dockerfile', '**/Makefile'],
  },
  file_kind_order: [...GLOB_KINDS],
  protected_paths: [
    '.github/workflows/**', '.github/actions/**', 'infra/**', 'terraform/**', '**/*.tf',
    '**/auth/**', '**/crypto/**', 'CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS',
    'policies/**', '**/*.rego', 'paved.yml', '.github/paved.yml',
  ],
  gate_paths: {
    policies: ['policies/**', '**/*.rego'],
    config: ['paved.yml', '.github/paved.yml'],
    workflows: ['.github/workflows/**'],
  },
  thresholds: {
    diff_coverage: 80,
    max_ai_changed_lines: 1000,
    max_ai_files: 50,
    security_severity_block: 7.0,
  },
  approvers: { security: [], protected: [], waivers: [] },
  disclosure: { required: false, labels: ['ai-assisted', 'ai-generated'], trailers: ['Assisted-by', 'Generated-by', 'AI-Assisted'] },
  required_checks: [],
  strict_truncation: false,
  agents: [],
  automation_accounts: [],
  rules: {},
};

/** A fresh, mutable copy of the defaults (callers may not alter DEFAULT_CONFIG). */
export function defaultConfig(): GateConfig {
  return structuredClone(DEFAULT_CONFIG);
}

type Path = (string | number)[];

/** One shape rule for a config value: reports every problem it finds under `path`. */
type Check = (value: unknown, path: Path, report: (path: Path, problem: string) => void) => void;

const stringList: Check = (value, path, report) => {
  if (!Array.isArray(value)) return report(path, 'must be a list of strings');
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') report([...path, i], 'must be a non-empty string');
  });
};

/** Globs are matched one by one (a path matches the list when any glob matches), so a `!` negation has no meaning. */
const globList: Check = (value, path, report) => {
  stringList(value, path, report);
  if (!Array.isArray(value)) return;
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.startsWith('!')) {
      report([...path, i], `"${item}" is a negated glob, which is not supported: list the paths to match instead`);
    }
  });
};

const bool: Check = (value, path, report) => {
  if (typeof value !== 'boolean') report(path, 'must be true or false');
};

function number(min: number, max: number, integer = false): Check {
  return (value, path, report) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'must be a number');
    if (integer && !Number.isInteger(value)) return report(path, 'must be a whole number');
    if (value < min || value > max) report(path, `must be between ${min} and ${max}`);
  };
}

function object(fields: Record<string, Check>): Check {
  return (value, path, report) => {
    if (!isPlainObject(value)) return report(path, 'must be a mapping');
    for (const [key, item] of Object.entries(value)) {
      const check = fields[key];
      if (!check) report([...path, key], `is not a known setting (known: ${Object.keys(fields).join(', ')})`);
      else check(item, [...path, key], report);
    }
  };
}

const fileKindList: Check = (value, path, report) => {
  if (!Array.isArray(value)) return report(path, 'must be a list of file kinds');
  const seen = new Set<unknown>();
  value.forEach((item, i) => {
    if (!GLOB_KINDS.includes(item as never)) report([...path, i], `must be one of ${GLOB_KINDS.join(', ')}`);
    else if (seen.has(item)) report([...path, i], `repeats "${String(item)}"`);
    seen.add(item);
  });
};

const fileKindGlobs: Check = (value, path, report) => {
  if (!isPlainObject(value)) return report(path, 'must be a mapping from file kind to a list of globs');
  for (const [kind, globs] of Object.entries(value)) {
    if (!GLOB_KINDS.includes(kind as never)) report([...path, kind], `is not a file kind (known: ${GLOB_KINDS.join(', ')})`);
    else globList(globs, [...path, kind], report);
  }
};

const agentList: Check = (value, path, report) => {
  if (!Array.isArray(value)) return report(path, 'must be a list of catalog entries');
  value.forEach((item, i) => {
    if (!isPlainObject(item)) report([...path, i], 'must be a mapping (a provenance catalog entry)');
  });
};

/** GitHub logins: letters, digits, `-`, `_`, `.` (Enterprise), and `[bot]` for an app. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_.-]*(\[bot\])?$/;

const loginList: Check = (value, path, report) => {
  stringList(value, path, report);
  if (!Array.isArray(value)) return;
  value.forEach((item, i) => {
    if (typeof item === 'string' && item !== '' && !LOGIN.test(item)) {
      report([...path, i], `"${item}" is not a GitHub login: write it as GitHub shows it, e.g. acme-ci or acme-release[bot]`);
    }
  });
};

const ruleSwitches: Check = (value, path, report) => {
  if (!isPlainObject(value)) return report(path, 'must be a mapping from rule id to settings');
  for (const [rule, settings] of Object.entries(value)) {
    if (!isPlainObject(settings)) report([...path, rule], 'must be a mapping, e.g. { enabled: false }');
    else if ('enabled' in settings) bool(settings.enabled, [...path, rule, 'enabled'], report);
  }
};

const checkConfig: Check = object({
  file_kinds: fileKindGlobs,
  file_kind_order: fileKindList,
  protected_paths: globList,
  gate_paths: object({ policies: globList, config: globList, workflows: globList }),
  thresholds: object({
    diff_coverage: number(0, 100),
    max_ai_changed_lines: number(0, Number.MAX_SAFE_INTEGER, true),
    max_ai_files: number(0, Number.MAX_SAFE_INTEGER, true),
    security_severity_block: number(0, 10),
  }),
  approvers: object({ security: stringList, protected: stringList, waivers: stringList }),
  disclosure: object({ required: bool, labels: stringList, trailers: stringList }),
  required_checks: stringList,
  strict_truncation: bool,
  agents: agentList,
  automation_accounts: loginList,
  rules: ruleSwitches,
});

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse and validate a paved.yml and merge it over the defaults.
 * `origin` names the file in errors (e.g. `paved.yml at 1a2b3c4`).
 * An empty file means "all defaults".
 */
export function loadConfig(text: string, origin: string): GateConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const pos = lineCounter.linePos(syntaxError.pos[0]);
    throw new GateError('config_invalid', `${origin}: YAML syntax error: ${syntaxError.message.split('\n')[0]}`,
      `Fix the YAML at line ${pos.line}, column ${pos.col}.`, { file: origin, row: pos.line, col: pos.col });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses alias expansion that would blow up memory ("billion laughs").
    throw new GateError('config_invalid', `${origin}: ${(error as Error).message}`, 'Write the settings out instead of nesting YAML aliases.',
      { file: origin }, { cause: error });
  }
  if (value === null || value === undefined) return defaultConfig();
  const problems: { path: Path; problem: string }[] = [];
  checkConfig(value, [], (path, problem) => problems.push({ path, problem }));
  if (problems.length > 0) throw configProblems(problems, origin, doc, lineCounter);
  return mergeConfig(defaultConfig(), value as Partial<GateConfig>);
}

function configProblems(problems: { path: Path; problem: string }[], origin: string, doc: Document, lines: LineCounter): GateError {
  const offset = sourceOffset(doc, problems[0]!.path);
  const pos = offset === undefined ? undefined : lines.linePos(offset);
  const listed = problems.map((p) => `${p.path.length ? p.path.join('.') : '(top level)'} ${p.problem}`);
  return new GateError(
    'config_invalid',
    `${origin}: ${listed.join('; ')}`,
    'Correct or remove these settings; docs/input.md lists every setting of paved.yml with its type and default.',
    { file: origin, ...(pos ? { row: pos.line, col: pos.col } : {}) },
  );
}

/** Where a setting starts in the text: its key for a mapping entry, else the value itself. */
function sourceOffset(doc: Document, path: Path): number | undefined {
  const last = path.at(-1);
  const parent = path.length === 0 ? null : doc.getIn(path.slice(0, -1), true);
  const node = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key
    : path.length === 0 ? doc.contents : doc.getIn(path, true);
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
}

/**
 * Deep-merge an override over a base: mappings merge key by key, lists and
 * scalars replace (so `protected_paths: [...]` is the whole new list).
 */
export function mergeConfig(base: GateConfig, override: Partial<GateConfig>): GateConfig {
  return mergeValue(base, override) as GateConfig;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValue(base[key], value);
  return merged;
}

