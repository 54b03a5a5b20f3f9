/**
 * The provenance catalog: which strings count as evidence of an AI agent.
 * Shipped as agents.yml next to this module and extendable through
 * paved.yml `agents:` with entries of the same shape, so adding an agent
 * never needs a code change; paved.yml `automation_accounts:` adds the
 * repository's own automation to the shipped `automation_bots`.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { GateError } from '../../errors.js';
import type { Confidence } from '../../input/types.js';

export type CatalogKind = 'trailer' | 'message' | 'account' | 'label' | 'pr-body';

export interface CatalogEntry {
  id: string;
  agent: string;
  kind: CatalogKind;
  confidence: Confidence;
  source: string;
  /** Trailer key, compared case-insensitively. */
  key?: string;
  email?: RegExp;
  value?: RegExp;
  login?: RegExp;
  name?: RegExp;
  pattern?: RegExp;
  subject?: RegExp;
}

export interface Catalog {
  entries: CatalogEntry[];
  /** Lower-cased logins of automation bots that are not AI authors. */
  automationBots: Set<string>;
}

const KINDS: readonly CatalogKind[] = ['trailer', 'message', 'account', 'label', 'pr-body'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const REGEX_FIELDS = ['email', 'value', 'login', 'name', 'pattern', 'subject'] as const;
type RegexField = (typeof REGEX_FIELDS)[number];

/** Which regex fields each kind accepts; at least one must be present. */
const MATCHERS: Record<CatalogKind, readonly RegexField[]> = {
  trailer: ['email', 'value'],
  message: ['pattern', 'subject'],
  account: ['login', 'email', 'name'],
  label: ['pattern'],
  'pr-body': ['pattern'],
};

const SHIPPED_CATALOG_URL = new URL('./agents.yml', import.meta.url);

let shippedCatalog: Catalog | null = null;

/** The catalog that ships with Paved (read once), plus the repository's extra entries and automation accounts. */
export function loadCatalog(extraAgents: readonly unknown[] = [], automationAccounts: readonly string[] = []): Catalog {
  shippedCatalog ??= parseCatalogText(readShippedCatalog(), 'agents.yml');
  const shipped = shippedCatalog;
  const extra = extraAgents.map((raw, i) => parseEntry(raw, `paved.yml agents[${i}]`));
  const entries = [...shipped.entries, ...extra];
  assertUniqueIds(entries);
  automationAccounts.forEach((login, i) => assertNotAnAgent(login, i, entries));
  return { entries, automationBots: new Set([...shipped.automationBots, ...automationAccounts.map((login) => login.toLowerCase())]) };
}

/**
 * Listing an AI agent's own account as automation would silence the
 * strongest evidence the catalog has: refused rather than honoured.
 */
function assertNotAnAgent(login: string, index: number, entries: readonly CatalogEntry[]): void {
  const agent = entries.find((e) => e.kind === 'account' && e.login?.test(login));
  if (!agent) return;
  throw new GateError(
    'config_invalid',
    `paved.yml automation_accounts[${index}]: "${login}" is the account of the AI agent ${agent.agent} (provenance catalog entry ${agent.id}), so it cannot be listed as automation`,
    'list only your own automation accounts; a policy that should accept this agent can do so by its name in provenance.agents',
  );
}

function readShippedCatalog(): string {
  try {
    return readFileSync(SHIPPED_CATALOG_URL, 'utf8');
  } catch (err) {
    throw new GateError(
      'config_invalid',
      `the provenance catalog ${SHIPPED_CATALOG_URL.pathname} could not be read`,
      'agents.yml must ship next to the signals/provenance module (the build copies it into dist/)',
      undefined,
      { cause: err },
    );
  }
}

/** Parses a whole catalog document ({ automation_bots, agents }). */
export function parseCatalogText(text: string, origin: string): Catalog {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new GateError('config_invalid', `${origin} is not valid YAML: ${(err as Error).message}`, undefined, { file: origin }, { cause: err });
  }
  if (!isRecord(doc) || !Array.isArray(doc.agents)) {
    throw new GateError('config_invalid', `${origin} must be a mapping with an \`agents\` list`, undefined, { file: origin });
  }
  const bots = Array.isArray(doc.automation_bots) ? doc.automation_bots : [];
  const entries = doc.agents.map((raw, i) => parseEntry(raw, `${origin} agents[${i}]`));
  assertUniqueIds(entries);
  return {
    entries,
    automationBots: new Set(bots.filter((b): b is string => typeof b === 'string').map((b) => b.toLowerCase())),
  };
}

/** Validates one entry; `where` names it in errors (e.g. `paved.yml agents[2]`). */
export function parseEntry(raw: unknown, where: string): CatalogEntry {
  const fail = (what: string): never => {
    throw new GateError(
      'config_invalid',
      `provenance catalog entry ${where}: ${what}`,
      'each entry needs id, agent, kind (trailer|message|account|label|pr-body), confidence (high|medium|low), source and the matchers of its kind; see docs/signals.md',
    );
  };
  if (!isRecord(raw)) return fail('must be a mapping');
  const id = requireString(raw, 'id', fail);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`id "${id}" must be lowercase letters, digits and dashes`);
  const agent = requireString(raw, 'agent', fail);
  const kind = requireString(raw, 'kind', fail) as CatalogKind;
  if (!KINDS.includes(kind)) fail(`kind "${kind}" is not one of ${KINDS.join(', ')}`);
  const confidence = requireString(raw, 'confidence', fail) as Confidence;
  if (!CONFIDENCES.includes(confidence)) fail(`confidence "${confidence}" is not one of ${CONFIDENCES.join(', ')}`);
  const source = requireString(raw, 'source', fail);
  const entry: CatalogEntry = { id, agent, kind, confidence, source };
  if (kind === 'trailer') {
    entry.key = requireString(raw, 'key', fail);
  }
  for (const field of REGEX_FIELDS) {
    if (raw[field] === undefined) continue;
    if (!MATCHERS[kind].includes(field)) fail(`field "${field}" does not apply to kind ${kind}`);
    entry[field] = compileRegex(raw[field], field, fail);
  }
  if (!MATCHERS[kind].some((f) => entry[f] !== undefined)) {
    fail(`kind ${kind} needs at least one of: ${MATCHERS[kind].join(', ')}`);
  }
  return entry;
}

function compileRegex(raw: unknown, field: string, fail: (what: string) => never): RegExp {
  if (typeof raw !== 'string' || raw === '') return fail(`${field} must be a non-empty regular expression string`);
  try {
    // Case-insensitive everywhere: trailer keys, emails and logins are case-insensitive in practice.
    return new RegExp(raw, 'im');
  } catch (err) {
    return fail(`${field} is not a valid regular expression: ${(err as Error).message}`);
  }
}

function requireString(raw: Record<string, unknown>, field: string, fail: (what: string) => never): string {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '') return fail(`"${field}" must be a non-empty string`);
  return value.trim();
}

function assertUniqueIds(entries: readonly CatalogEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) {
      throw new GateError('config_invalid', `provenance catalog entry id "${e.id}" is defined twice`, 'give the paved.yml entry an id of its own');
    }
    seen.add(e.id);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
