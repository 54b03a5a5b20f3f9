import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { collectInput } from '../collect/index.js';
import { GateError } from '../errors.js';
import { DEFAULT_POLICY_DIR, PACKAGE_ROOT, runGate } from '../gate.js';
import { decide, errorDecision } from '../decide/index.js';
import { sampleCatalog, sampleDecision, sampleInput, samplePolicy, sampleTimings } from '../decide/test-samples.js';
import type { Decision } from '../decide/types.js';
import decisionSchema from '../decide/decision.schema.json' with { type: 'json' };
import { renderJson } from './json.js';
import { renderMarkdown, summaryTitle } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

const HOSTILE = '<script>x</script> [a](javascript:alert(1)) @org/team ```\n\u001b[31mred\u001b]8;;http://e\u0007link\u001b]8;;\u0007 \u202Egnp.exe';

function hostileDecision(): Decision {
  return decide({
    value: {
      deny: [{ rule: 'no-secrets', message: HOSTILE, file: `src/${HOSTILE}.ts`, line: 4, remediation: 'Run:\n```sh\nrm key <img src=x> ![p](https://t/p.gif) @alice' }],
      warn: [],
      waived: [{ rule: 'change-size', message: 'm', waiver: { by: '@mallory', reason: HOSTILE } }],
    },
    entrypoint: 'paved/decision',
    catalog: sampleCatalog,
    input: sampleInput({ title: HOSTILE }),
    policy: samplePolicy,
    timings: sampleTimings,
    failOpen: false,
  });
}

function gateErrorDecision(failOpen: boolean): Decision {
  return errorDecision({
    error: new GateError('policy_load_failed', 'rego_parse_error: unexpected } token', 'Fix the syntax error in the policy.', { file: 'policies/x.rego', row: 7, col: 3 }),
    entrypoint: 'paved/decision',
    input: sampleInput(),
    policy: null,
    policySource: 'policies',
    timings: sampleTimings,
    failOpen,
  });
}

describe('markdown report', () => {
  it('renders the sample decision exactly', () => {
    expect(renderMarkdown(sampleDecision())).toBe(`## ❌ Paved: blocked — 1 blocking, 1 warning, 1 waived

### ❌ Blocking (1)

| Severity | Rule | Where | Finding |
|---|---|---|---|
| high | **AI change needs tests** \`ai-tests-required\` | \`src/discount.ts:3\` | src/discount\\.ts changed without tests\\. |

<details><summary>How to fix: AI change needs tests</summary>

Add tests for the changed source files.

[Rule documentation](docs/rules.md#ai-tests-required)

</details>

### ⚠️ Warnings (1)

| Severity | Rule | Where | Finding |
|---|---|---|---|
| low | **Keep AI changes small** \`change-size\` | — | The change is 1200 lines\\. |

<details><summary>How to fix: Keep AI changes small</summary>

Split the change.

</details>

### ☑️ Waived (1)

| Severity | Rule | Where | Finding | Waived by | Reason |
|---|---|---|---|---|---|
| critical | **No secrets in the diff** \`no-secrets\` | \`test/fixtures/key.pem:1\` | Test key in fixtures\\. | alice | fixture key, not a real secret |

---
<sub>Paved · policy interpreter policies · revision v1\\.2\\.3 · sha256 \`cccccccccccc\` · entrypoint \`paved/decision\` · input sha256 \`${sampleDecision().input_digest}\` · 17 ms</sub>
`);
  });

  it('says when nothing was found and how many rules ran', () => {
    const d = decide({ value: { deny: [], warn: [] }, entrypoint: 'paved/decision', catalog: sampleCatalog, input: sampleInput(), policy: samplePolicy, timings: sampleTimings, failOpen: false });
    const md = renderMarkdown(d);
    expect(md.split('\n')[0]).toBe('## ✅ Paved: passed — 0 blocking, 0 warnings, 0 waived');
    expect(md).toContain('No findings: all 3 rules passed.');
    expect(summaryTitle(d)).toBe('Passed');
  });

  it('prefixes relative docs links with docsBaseUrl and drops non-http schemes', () => {
    const md = renderMarkdown(sampleDecision(), { docsBaseUrl: 'https://github.com/acme/pack/blob/abc/' });
    expect(md).toContain('[Rule documentation](https://github.com/acme/pack/blob/abc/docs/rules.md#ai-tests-required)');
  });

  it('explains a gate error with where and what to do', () => {
    const md = renderMarkdown(gateErrorDecision(false));
    expect(md).toContain('## 🛑 Paved: gate error, the change was not evaluated');
    expect(md).toContain('**Error** `policy_load_failed`:\n\n```text\nrego_parse_error: unexpected } token\n```');
    expect(md).toContain('**Where:** `policies/x.rego:7:3`');
    expect(md).toContain('**What to do:** Fix the syntax error in the policy\\.');
    expect(md).not.toContain('[!WARNING]');
    expect(summaryTitle(gateErrorDecision(false))).toBe('Gate error: policy_load_failed, the change was not evaluated');
  });

  it('shows a loud banner under fail-open', () => {
    const md = renderMarkdown(gateErrorDecision(true));
    expect(md).toContain('## ⚠️ Paved: not evaluated (fail-open)');
    expect(md).toContain('> [!WARNING]\n> **Fail-open is on.**');
  });

  it('lets no hostile text through as HTML, link, image, mention or fence', () => {
    const md = renderMarkdown(hostileDecision());
    // Inside code spans text is shown verbatim, never interpreted: check everything else.
    const outsideCode = withoutCodeSpans(md);
    expect(outsideCode).not.toMatch(/<script|<img/);
    expect(outsideCode).not.toContain('](javascript');
    expect(outsideCode).not.toContain('![p]');
    expect(outsideCode).not.toMatch(/@(org|alice|mallory)/);
    expect(md).toContain('`src/<script>x</script> [a](javascript:alert(1)) @org/team ``` ');
    expect(md).not.toMatch(/[\u001b\u202E]/);
    // The remediation's unclosed fence is closed before </details>.
    expect(md).toContain('@alice\n```\n\n[Rule documentation]');
    // Every table row still has its cells: no stray | or newline broke the table.
    for (const row of md.split('\n').filter((l) => l.startsWith('| critical') || l.startsWith('| low'))) {
      expect(row.split(/(?<!\\)\|/).length).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('terminal report', () => {
  it('renders the sample decision exactly without colour', () => {
    expect(renderTerminal(sampleDecision(), { color: false })).toBe(`Paved · acme/shop #42: Add checkout discount

BLOCKING (1)
  ✖ [high] AI change needs tests (ai-tests-required)
    src/discount.ts:3
    src/discount.ts changed without tests.
    Fix: Add tests for the changed source files.
    Docs: docs/rules.md#ai-tests-required

WARNINGS (1)
  ▲ [low] Keep AI changes small (change-size)
    The change is 1200 lines.
    Fix: Split the change.

WAIVED (1)
  ○ [critical] No secrets in the diff (no-secrets)
    test/fixtures/key.pem:1
    Test key in fixtures.
    Waived by alice: fixture key, not a real secret
    Docs: docs/rules.md#no-secrets

✖ BLOCKED · 1 blocking, 1 warning, 1 waived · 17 ms
`);
  });

  it('colours only when asked', () => {
    const coloured = renderTerminal(sampleDecision(), { color: true });
    expect(coloured).toContain('\u001b[31m✖ BLOCKED\u001b[39m');
    expect(renderTerminal(sampleDecision(), { color: false })).not.toContain('\u001b');
  });

  it('explains gate errors with location and hint, and the fail-open verdict', () => {
    const text = renderTerminal(gateErrorDecision(false), { color: false });
    expect(text).toContain('Gate error (policy_load_failed): rego_parse_error: unexpected } token\n  at policies/x.rego:7:3\n  What to do: Fix the syntax error in the policy.');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ GATE ERROR · the change was not evaluated (fails closed) · 17 ms');
    const open = renderTerminal(gateErrorDecision(true), { color: false });
    expect(open).toContain('FAIL-OPEN: the gate could not decide');
    expect(open.trimEnd().split('\n').at(-1)).toBe('▲ NEUTRAL (fail-open) · the change was NOT evaluated · 17 ms');
  });

  it('keeps single-line fields on one line so a file name cannot fake a verdict line', () => {
    const d = decide({
      value: { deny: [{ rule: 'no-secrets', message: 'first\n✔ PASSED · 0 blocking', file: 'a.ts\n\n✔ PASSED · 0 blocking', line: 2 }], warn: [] },
      entrypoint: 'paved/decision',
      catalog: sampleCatalog,
      input: sampleInput(),
      policy: samplePolicy,
      timings: sampleTimings,
      failOpen: false,
    });
    const lines = renderTerminal(d, { color: false }).split('\n');
    expect(lines.filter((l) => l.startsWith('✔'))).toEqual([]);
    expect(lines).toContain('    a.ts ✔ PASSED · 0 blocking:2');
    expect(lines).toContain('    ✔ PASSED · 0 blocking');
  });

  it('strips escape sequences and bidi controls from user text even in colour mode', () => {
    const text = renderTerminal(hostileDecision(), { color: true });
    const withoutOurColours = text.replace(/\u001b\[(?:1|2|22|31|32|33|36|39)m/g, '');
    expect(withoutOurColours).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('Paved · acme/shop #42: <script>x</script>');
  });
});

describe('json report', () => {
  it('matches the published decision schema, for decisions and gate errors', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(decisionSchema);
    for (const d of [sampleDecision(), hostileDecision(), gateErrorDecision(false), gateErrorDecision(true)]) {
      expect(validate(JSON.parse(renderJson(d))), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ ...JSON.parse(renderJson(sampleDecision())), verdict: 'maybe' })).toBe(false);
  });

  it('is the decision with a stable key order', () => {
    const d = sampleDecision();
    const shuffled = Object.fromEntries(Object.entries(d).reverse()) as unknown as Decision;
    const text = renderJson(shuffled);
    expect(text).toBe(renderJson(d));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schema', 'verdict', 'counts', 'findings', 'evaluated_rules', 'input_digest', 'policy', 'timings_ms', 'error', 'fail_open', 'change',
    ]);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(d)));
  });

  it('sorts evidence keys', () => {
    const d = decide({ value: { deny: [], warn: [{ rule: 'change-size', message: 'm', evidence: { z: 1, a: { y: 2, b: 3 } } }] }, entrypoint: 'paved/decision', catalog: sampleCatalog, input: sampleInput(), policy: samplePolicy, timings: sampleTimings, failOpen: false });
    expect(renderJson(d)).toContain('"evidence": {\n        "a": {\n          "b": 3,\n          "y": 2\n        },\n        "z": 1\n      }');
  });
});

describe('sarif report', () => {
  const validate = officialSarifValidator();

  it('validates against the official SARIF 2.1.0 schema', () => {
    for (const d of [sampleDecision(), hostileDecision(), gateErrorDecision(false)]) {
      const log = JSON.parse(renderSarif(d, { catalog: sampleCatalog, toolVersion: '0.1.0' }));
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('maps levels, locations, rules and waivers', () => {
    const log = JSON.parse(renderSarif(sampleDecision(), { catalog: sampleCatalog, toolVersion: '0.1.0' }));
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('paved');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['ai-tests-required', 'change-size', 'no-secrets']);
    expect(run.tool.driver.rules[2].properties).toEqual({ severity: 'critical', category: 'security', 'security-severity': '9.5' });
    expect(run.tool.driver.rules[0].properties['security-severity']).toBeUndefined();
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'src/discount.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } });
    expect(run.results[1].locations).toBeUndefined();
    expect(run.results[0].ruleIndex).toBe(0);
    expect(run.results[2].ruleIndex).toBe(2);
    expect(run.results[2].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Waived by alice: fixture key, not a real secret' }]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('describes rules from the findings when no catalog is given', () => {
    const log = JSON.parse(renderSarif(sampleDecision(), { toolVersion: '0.1.0' }));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['ai-tests-required', 'change-size', 'no-secrets']);
    expect(rules[0].shortDescription).toEqual({ text: 'AI change needs tests' });
    expect(rules[0].fullDescription).toBeUndefined();
    expect(validate(log)).toBe(true);
  });

  it('percent-encodes file names into URIs', () => {
    const log = JSON.parse(renderSarif(hostileDecision(), { catalog: sampleCatalog, toolVersion: '0.1.0' }));
    const uri: string = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri.startsWith('src/%3Cscript%3Ex%3C/script%3E%20')).toBe(true);
    expect(uri).not.toMatch(/[\s<>\u001b]/);
  });

  it('reports a gate error as a failed invocation', () => {
    const log = JSON.parse(renderSarif(gateErrorDecision(false), { toolVersion: '0.1.0' }));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].descriptor).toEqual({ id: 'policy_load_failed' });
  });
});

describe('every shipped fixture', () => {
  const validate = officialSarifValidator();
  const fixtures = readdirSync(join(PACKAGE_ROOT, 'fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('has fixtures to render', () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each(fixtures)('%s renders in every format, with valid SARIF', async (name) => {
    const dir = join(PACKAGE_ROOT, 'fixtures', name);
    const { decision, catalog } = await runGate({ collect: () => collectInput({ kind: 'fixture', dir }), policies: DEFAULT_POLICY_DIR });
    expect(decision.error).toBeNull();
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    expect(decision.verdict).toBe(expected.conclusion);
    const log = JSON.parse(renderSarif(decision, { catalog, toolVersion: '0.1.0' }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(decision.findings.length);
    const md = withoutCodeSpans(renderMarkdown(decision));
    expect(md).not.toMatch(/<(?!details>|\/details>|summary>|\/summary>|sub>|\/sub>)[a-z]/i);
    const text = renderTerminal(decision, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    for (const f of decision.findings) expect(text).toContain(f.title);
  });
});

/** Markdown without its fenced code blocks and inline code spans, where nothing is interpreted. */
function withoutCodeSpans(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1`*$/gm, '').replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, '');
}

/**
 * The official schema ships as draft-04 (in @microsoft/jest-sarif). Its only
 * draft-04-specific keywords are `id` and `$schema`; renaming `id` to `$id`
 * lets Ajv 8 (draft-07) compile it unchanged otherwise.
 */
function officialSarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  expect(schema.title).toContain('SARIF) Version 2.1.0');
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // The schema's language pattern is not valid in Unicode mode (a stray `]`), so compile patterns without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
