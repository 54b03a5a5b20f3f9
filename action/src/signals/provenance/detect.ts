/**
 * Catalog-driven detectors over commits and the pull request. Each returns
 * evidence records; deciding what the evidence means is the policies' job.
 */
import type { Actor, Change, Commit, Evidence, Person, Trailer } from '../../input/types.js';
import { redactText } from '../security/secrets.js';
import type { Catalog, CatalogEntry } from './catalog.js';

const DETAIL_MAX = 200;
const GENERIC_BOT_SIGNAL = 'bot-account';
const GENERIC_BOT_AGENT = 'unknown-bot';

/** Evidence found in one commit: trailers, message markers, author and committer. */
export function detectCommitEvidence(commit: Commit, catalog: Catalog, disclosureTrailers: readonly string[]): Evidence[] {
  const trailers = commitTrailers(commit);
  const found: Evidence[] = [];
  for (const entry of catalog.entries) {
    if (entry.kind === 'trailer') found.push(...matchTrailers(entry, trailers, commit.sha));
    if (entry.kind === 'message') found.push(...matchMessage(entry, commit));
    if (entry.kind === 'account') {
      found.push(...matchPerson(entry, commit.author, 'commit-author', commit.sha));
      found.push(...matchPerson(entry, commit.committer, 'commit-committer', commit.sha));
    }
  }
  found.push(...matchDisclosureTrailers(disclosureTrailers, trailers, commit.sha, found));
  found.push(...unlistedBotCoAuthors(trailers, catalog, commit.sha, found));
  found.push(...unlistedBotPeople(commit, catalog, found));
  return dedupe(found);
}

/** An author or committer that is a bot no entry named (and that has no evidence of its own yet). */
function unlistedBotPeople(commit: Commit, catalog: Catalog, already: readonly Evidence[]): Evidence[] {
  const people = [
    [commit.author, 'commit-author'],
    [commit.committer, 'commit-committer'],
  ] as const;
  return people
    .filter(([person, source]) => isUnlistedBot(person.login, person.email, catalog) && !already.some((e) => e.source === source))
    .map(([person, source]) => genericBot(source, person.login ?? person.email ?? '', commit.sha));
}

/** Evidence on the pull request itself: its author, labels and description. */
export function detectChangeEvidence(
  change: Change,
  catalog: Catalog,
  disclosureLabels: readonly string[],
): Evidence[] {
  const found: Evidence[] = [];
  for (const entry of catalog.entries) {
    if (entry.kind === 'account') found.push(...matchActor(entry, change.author));
    if (entry.kind === 'label') found.push(...matchLabels(entry, change.labels));
    if (entry.kind === 'pr-body') found.push(...matchBody(entry, change.body));
  }
  const wanted = new Set(disclosureLabels.map((l) => l.toLowerCase()));
  for (const label of change.labels) {
    if (wanted.has(label.toLowerCase()) && !found.some((e) => e.source === 'label' && e.detail === clip(label))) {
      found.push(evidence('label', 'declared', clip(label), 'medium', null, 'config-disclosure-label'));
    }
  }
  const author = change.author;
  if (author.type === 'Bot' && isUnlistedBot(author.login, null, catalog, true) && !found.some((e) => e.source === 'pr-author')) {
    found.push(genericBot('pr-author', author.login ?? '', null));
  }
  return dedupe(found);
}

/** The parsed trailers plus any `Key: value` line in the message, so a co-author line outside the last paragraph still counts. */
function commitTrailers(commit: Commit): Trailer[] {
  const out: Trailer[] = [...commit.trailers];
  for (const line of commit.message.split(/\r?\n/).slice(1)) {
    const m = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*:(.+)$/.exec(line);
    const value = m?.[2]!.trim();
    if (m && value && !out.some((t) => t.key.toLowerCase() === m[1]!.toLowerCase() && t.value.trim() === value)) {
      out.push({ key: m[1]!, value });
    }
  }
  return out;
}

function matchTrailers(entry: CatalogEntry, trailers: readonly Trailer[], sha: string): Evidence[] {
  const key = entry.key!.toLowerCase();
  const out: Evidence[] = [];
  for (const t of trailers) {
    if (t.key.toLowerCase() !== key) continue;
    const value = t.value.trim();
    if (entry.email && !entry.email.test(emailIn(value) ?? '')) continue;
    let agent = entry.agent;
    if (entry.value) {
      const m = entry.value.exec(value);
      if (!m) continue;
      agent = agentFromGroup(m) ?? agent;
    }
    out.push(evidence('commit-trailer', agent, clip(`${t.key}: ${value}`), entry.confidence, sha, entry.id));
  }
  return out;
}

function matchMessage(entry: CatalogEntry, commit: Commit): Evidence[] {
  const subject = commit.subject || commit.message.split(/\r?\n/, 1)[0] || '';
  const m = (entry.subject && entry.subject.exec(subject)) || (entry.pattern && entry.pattern.exec(commit.message));
  if (!m) return [];
  return [evidence('commit-message', agentFromGroup(m) ?? entry.agent, clip(lineAround(commit.message, m.index)), entry.confidence, commit.sha, entry.id)];
}

function matchPerson(entry: CatalogEntry, person: Person, source: 'commit-author' | 'commit-committer', sha: string): Evidence[] {
  const hit =
    (entry.login && person.login && entry.login.test(person.login) && `login ${person.login}`) ||
    (entry.email && person.email && entry.email.test(person.email) && `email ${person.email}`) ||
    (entry.name && person.name && entry.name.test(person.name) && `name ${person.name}`);
  return hit ? [evidence(source, entry.agent, clip(hit), entry.confidence, sha, entry.id)] : [];
}

function matchActor(entry: CatalogEntry, actor: Actor): Evidence[] {
  if (!entry.login || !actor.login || !entry.login.test(actor.login)) return [];
  return [evidence('pr-author', entry.agent, clip(`login ${actor.login} (${actor.type})`), entry.confidence, null, entry.id)];
}

function matchLabels(entry: CatalogEntry, labels: readonly string[]): Evidence[] {
  return labels
    .filter((label) => entry.pattern!.test(label))
    .map((label) => evidence('label', entry.agent, clip(label), entry.confidence, null, entry.id));
}

function matchBody(entry: CatalogEntry, body: string): Evidence[] {
  const m = entry.pattern!.exec(body);
  return m ? [evidence('pr-body', agentFromGroup(m) ?? entry.agent, clip(lineAround(body, m.index)), entry.confidence, null, entry.id)] : [];
}

/** Trailer keys the repository declared as disclosure (paved.yml disclosure.trailers) count even when the catalog lacks them. */
function matchDisclosureTrailers(keys: readonly string[], trailers: readonly Trailer[], sha: string, already: readonly Evidence[]): Evidence[] {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  return trailers
    .filter((t) => wanted.has(t.key.toLowerCase()))
    .filter((t) => !already.some((e) => e.source === 'commit-trailer' && e.detail === clip(`${t.key}: ${t.value.trim()}`)))
    .map((t) => {
      const agent = /^[^\s:<]+/.exec(t.value.trim())?.[0] ?? 'declared';
      return evidence('commit-trailer', slug(agent), clip(`${t.key}: ${t.value.trim()}`), 'medium', sha, 'config-disclosure-trailer');
    });
}

/** `Co-authored-by: some-app[bot] <…[bot]@users.noreply.github.com>` that no entry named: weak bot evidence. */
function unlistedBotCoAuthors(trailers: readonly Trailer[], catalog: Catalog, sha: string, already: readonly Evidence[]): Evidence[] {
  return trailers
    .filter((t) => t.key.toLowerCase() === 'co-authored-by')
    .filter((t) => isUnlistedBot(null, emailIn(t.value), catalog))
    .filter((t) => !already.some((e) => e.source === 'commit-trailer' && e.detail === clip(`${t.key}: ${t.value.trim()}`)))
    .map((t) => evidence('commit-trailer', GENERIC_BOT_AGENT, clip(`${t.key}: ${t.value.trim()}`), 'low', sha, GENERIC_BOT_SIGNAL));
}

/** A bot account the catalog does not name: weak evidence, since most bots are not AI authors. */
function isUnlistedBot(login: string | null, email: string | null, catalog: Catalog, knownBot = false): boolean {
  const name = (login ?? '').toLowerCase();
  if (name && catalog.automationBots.has(name)) return false;
  const botEmail = email ? /\[bot\]@users\.noreply\.github\.com$/i.test(email) : false;
  if (botEmail && catalog.automationBots.has(email!.replace(/^\d+\+/, '').split('@')[0]!.toLowerCase())) return false;
  return knownBot || name.endsWith('[bot]') || botEmail;
}

function genericBot(source: Evidence['source'], who: string, sha: string | null): Evidence {
  return evidence(source, GENERIC_BOT_AGENT, clip(`bot account ${who}`), 'low', sha, GENERIC_BOT_SIGNAL);
}

function evidence(
  source: Evidence['source'],
  agent: string,
  detail: string,
  confidence: Evidence['confidence'],
  commit: string | null,
  signal: string,
): Evidence {
  return { source, agent, detail, confidence, commit, signal };
}

/** `Name <addr>` → addr, lower-cased; a bare address is accepted too. */
export function emailIn(value: string): string | null {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  if (bracketed) return bracketed[1]!.toLowerCase();
  const bare = /^[^\s<>]+@[^\s<>]+$/.exec(value.trim());
  return bare ? bare[0].toLowerCase() : null;
}

function agentFromGroup(m: RegExpExecArray): string | null {
  const raw = m.groups?.agent;
  return raw ? slug(raw) : null;
}

function slug(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '') || 'declared';
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? undefined : end).trim();
}

/** Evidence details quote commit and PR text: secrets redacted, then clipped. */
function clip(text: string): string {
  const safe = redactText(text);
  return safe.length > DETAIL_MAX ? `${safe.slice(0, DETAIL_MAX - 1)}…` : safe;
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.signal}|${e.source}|${e.commit}|${e.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
