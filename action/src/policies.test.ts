/**
 * The default policy pack under test: its Rego unit tests (what
 * `paved test policies/` runs), and the agreement between the pack, the rule
 * catalog, the fixtures and the documentation, so that no rule can fire
 * undocumented and no documented rule can silently vanish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleCatalog, renderRulesMarkdown, type RuleEntry } from './decide/catalog.js';
import { DEFAULT_POLICY_DIR, DEFAULT_RULES_DIR, PACKAGE_ROOT } from './gate.js';
import { DEFAULT_CONFIG } from './input/config.js';
import { compileModules, toJSON } from './rego/index.js';
import { loadEvalPaths } from './cli/eval-load.js';
import { formatTestReport, runTests, type RegoSource, type TestReport } from './rego/test-runner.js';

let sources: { modules: RegoSource[]; data: Record<string, unknown> };
let report: TestReport;
let catalog: Map<string, RuleEntry>;

beforeAll(async () => {
  sources = loadEvalPaths([DEFAULT_POLICY_DIR]);
  report = runTests(sources, { strictBuiltinErrors: true });
  catalog = await loadRuleCatalog(DEFAULT_RULES_DIR);
});

const policyModules = (): RegoSource[] => sources.modules.filter((m) => !m.path.endsWith('_test.rego'));

/** What the pack's paved.decision says it defines. */
function declaredRuleIds(): string[] {
  const policy = compileModules(policyModules());
  const rules = policy.evaluate('data.paved.decision.rules', { input: {} });
  return (toJSON(rules!) as string[]).sort();
}

/** Rule ids written as string literals where the pack emits or switches a rule. */
function ruleIdsInSource(pattern: RegExp): Set<string> {
  const ids = new Set<string>();
  for (const m of policyModules()) for (const match of m.source.matchAll(pattern)) ids.add(match[1]!);
  return ids;
}

describe('the policy pack', () => {
  it('passes every Rego unit test, with built-in errors as strict as the gate', () => {
    const failures = report.results.filter((r) => r.outcome !== 'pass');
    expect(failures, formatTestReport(report)).toEqual([]);
  });

  it('has unit tests for every rules package', () => {
    const packages = new Set(report.results.map((r) => r.package));
    const rulePackages = new Set(policyModules().map((m) => /^package\s+(\S+)/m.exec(m.source)?.[1]).filter((p) => p?.startsWith('paved.rules.')));
    for (const pkg of rulePackages) expect(packages, `no tests for ${pkg}`).toContain(`data.${pkg}`);
    expect(report.results.length).toBeGreaterThanOrEqual(100);
  });

  it('compiles without its tests, as the gate loads it', () => {
    expect(declaredRuleIds().length).toBeGreaterThanOrEqual(10);
  });

  it('shares its test configuration with the shipped defaults', () => {
    // policies/lib/testing_test.rego copies the defaults the policies read; the copy must not drift.
    const testing = compileModules(sources.modules).evaluate('data.paved.testing.config');
    const fields = ['protected_paths', 'gate_paths', 'thresholds', 'approvers', 'disclosure', 'required_checks', 'strict_truncation', 'rules'] as const;
    expect(toJSON(testing!)).toEqual(Object.fromEntries(fields.map((f) => [f, DEFAULT_CONFIG[f]])));
  });
});

describe('the rule catalog and the pack agree', () => {
  it('documents every rule the pack declares, and declares every documented rule', () => {
    expect(declaredRuleIds()).toEqual([...catalog.keys()].sort());
  });

  it('emits only declared rule ids', () => {
    const declared = new Set(declaredRuleIds());
    const emitted = ruleIdsInSource(/"rule":\s*"([a-z0-9-]+)"/g);
    for (const id of ruleIdsInSource(/sarif_finding\("([a-z0-9-]+)"/g)) emitted.add(id);
    expect([...emitted].filter((id) => !declared.has(id))).toEqual([]);
    expect([...declared].filter((id) => !emitted.has(id))).toEqual([]);
  });

  it('lets paved.yml switch off every rule', () => {
    const switchable = ruleIdsInSource(/lib\.enabled\("([a-z0-9-]+)"\)/g);
    expect([...switchable].sort()).toEqual([...catalog.keys()].sort());
  });

  it('only expects documented rule ids in the fixtures', () => {
    const fixtures = join(PACKAGE_ROOT, 'fixtures');
    for (const dir of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const expected = JSON.parse(readFileSync(join(fixtures, dir.name, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const ids = ['deny', 'warn', 'waived'].flatMap((level) => (expected[level] as string[] | undefined) ?? []);
      for (const id of ids) expect(catalog.has(id), `${dir.name}/expected.json names unknown rule ${id}`).toBe(true);
    }
  });

  it('docs/rules.md is the rendering of the catalog, with one anchor per rule', () => {
    const page = readFileSync(join(PACKAGE_ROOT, 'docs', 'rules.md'), 'utf8');
    const regenerate = `npx tsx -e "import('./action/src/decide/catalog.ts').then(async (m) => process.stdout.write(m.renderRulesMarkdown(await m.loadRuleCatalog('rules'))))" > docs/rules.md`;
    expect(page, `docs/rules.md is stale; regenerate it from rules/ with:\n  ${regenerate}`).toBe(renderRulesMarkdown(catalog));
    for (const entry of catalog.values()) {
      expect(page).toContain(`\n## ${entry.id}\n`);
      expect(entry.docs).toBe(`docs/rules.md#${entry.id}`);
    }
  });
});
