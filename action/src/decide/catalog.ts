/**
 * The rule catalog: one YAML file per rule under rules/, validated against
 * rules/schema.json. The gate enriches every finding with its rule's entry
 * (title, severity, default remediation, docs), so policies stay small.
 *
 * One file per rule rather than one catalog file: a custom pack adds a rule
 * by adding a file, and a change to one rule's wording is a one-file diff a
 * code owner can review on its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { GateError } from '../errors.js';
import type { Severity } from './types.js';
import ruleSchema from '../../../rules/schema.json' with { type: 'json' };

export interface RuleEntry {
  id: string;
  title: string;
  severity: Severity;
  category: string;
  why: string;
  /** Markdown. */
  remediation: string;
  /** Link or repository-relative path with an anchor, e.g. `docs/rules.md#no-secrets`. */
  docs: string;
}

const validateEntry = new Ajv({ allErrors: true, strict: true }).compile<RuleEntry>(ruleSchema);

const CATALOG_EXTENSIONS = new Set(['.yml', '.yaml']);

/** Reads every rules/<id>.yml in `dir` (not recursive) into a map by rule id. */
export async function loadRuleCatalog(dir: string): Promise<Map<string, RuleEntry>> {
  const names = await listCatalogFiles(dir);
  const catalog = new Map<string, RuleEntry>();
  for (const name of names) {
    const file = join(dir, name);
    const entry = parseEntry(file, await readFile(file, 'utf8'));
    const previous = catalog.get(entry.id);
    if (previous) {
      throw new GateError('policy_load_failed', `rule catalog: rule id "${entry.id}" is defined twice`, 'Keep exactly one file per rule id.', { file });
    }
    catalog.set(entry.id, entry);
  }
  if (catalog.size === 0) {
    throw new GateError(
      'vacuous',
      `rule catalog: no rule files (*.yml) in ${dir}`,
      'Point the gate at a rules/ directory with one <rule-id>.yml per rule the policies emit.',
      { file: dir },
    );
  }
  return catalog;
}

async function listCatalogFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new GateError('policy_load_failed', `rule catalog: cannot read directory ${dir}`, 'Check the rules directory path.', { file: dir }, { cause });
  }
  return entries
    .filter((e) => e.isFile() && CATALOG_EXTENSIONS.has(extname(e.name)))
    .map((e) => e.name)
    .sort();
}

/** Parses and validates one catalog file; exported for tests and for tools that lint a single file. */
export function parseEntry(file: string, text: string): RuleEntry {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GateError('policy_load_failed', `rule catalog: ${file} is not valid YAML: ${message}`, 'Fix the YAML syntax.', { file }, { cause });
  }
  if (!validateEntry(data)) {
    const problems = (validateEntry.errors ?? []).map(describeSchemaError).join('; ');
    throw new GateError(
      'policy_load_failed',
      `rule catalog: ${file} is not a valid rule entry: ${problems}`,
      'See rules/schema.json for the fields a rule entry needs.',
      { file },
    );
  }
  const expectedId = basename(file, extname(file));
  if (data.id !== expectedId) {
    throw new GateError(
      'policy_load_failed',
      `rule catalog: ${file} declares id "${data.id}" but its file name says "${expectedId}"`,
      `Rename the file to ${data.id}${extname(file)} or fix the id.`,
      { file },
    );
  }
  return {
    id: data.id,
    title: data.title,
    severity: data.severity,
    category: data.category,
    why: data.why.trim(),
    remediation: data.remediation.trim(),
    docs: data.docs,
  };
}

function describeSchemaError(error: ErrorObject): string {
  const field = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : '(entry)';
  if (error.keyword === 'required') return `missing field "${String(error.params.missingProperty)}"`;
  if (error.keyword === 'additionalProperties') return `unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `field "${field}" must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  return `field "${field}" ${error.message ?? 'is invalid'}`;
}

/**
 * docs/rules.md, rendered from the catalog so that the page cannot drift
 * from it: one section per rule, its heading's anchor being the rule id
 * (the `docs` field of every entry points there). Regenerate with
 *   npx tsx -e "import('./action/src/decide/catalog.ts').then(async (m) => process.stdout.write(m.renderRulesMarkdown(await m.loadRuleCatalog('rules'))))" > docs/rules.md
 */
export function renderRulesMarkdown(catalog: ReadonlyMap<string, RuleEntry>): string {
  const entries = [...catalog.values()].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  const lines = [
    '# Rules of the default policy pack',
    '',
    '<!-- Generated from rules/*.yml by renderRulesMarkdown (action/src/decide/catalog.ts); edit the YAML, not this page. -->',
    '',
    'Every finding Paved reports names one of these rules. Each section says why the rule exists and how to get',
    'back on the road; [policies.md](policies.md) lists the settings that tune them and the waiver protocol.',
    '',
    '| Rule | Severity | Category | Title |',
    '| --- | --- | --- | --- |',
    ...entries.map((e) => `| [\`${e.id}\`](#${e.id}) | ${e.severity} | ${e.category} | ${e.title} |`),
    '',
  ];
  for (const e of entries) {
    lines.push(`## ${e.id}`, '', `**${e.title}** · severity \`${e.severity}\` · category \`${e.category}\``, '', e.why, '', '**How to fix it**', '', e.remediation, '');
  }
  return lines.join('\n');
}
