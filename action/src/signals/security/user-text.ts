/**
 * Secrets in the text people write around a change: commit messages, trailers
 * and identities, the PR title, body, labels and branch names, review bodies.
 * Everything here is redacted before any signal reads it, so neither the input
 * document nor provenance evidence quoting a trailer can carry the value; what
 * was found is reported as a SecretFinding with its location, because a token
 * in a commit message is leaked in the repository history like one in a file.
 */
import type { Change, Commit, Person, Review, SecretFinding, SecretLocation, Trailer } from '../../input/types.js';
import { scanText } from './secrets.js';

export interface UserText {
  change: Change;
  commits: Commit[];
  reviews: Review[];
}

export interface RedactedUserText extends UserText {
  findings: SecretFinding[];
}

/** A Paved command in a review (`/paved waive <rule-id>: <reason>`), as decision.rego reads it. */
const PAVED_COMMAND = /^\s*\/paved\s/;

const WRITTEN = { prose: true, commandLines: PAVED_COMMAND } as const;

export function redactUserText(text: UserText): RedactedUserText {
  const findings: SecretFinding[] = [];
  const found = (location: SecretLocation, commit: string | null) => (value: string): string => {
    const scan = scanText(value, WRITTEN);
    for (const hit of scan.hits) findings.push({ detector: hit.detector, location, file: null, line: null, commit, redacted: hit.redacted });
    return scan.text;
  };
  const change = redactChange(text.change, found);
  const commits = text.commits.map((commit) => redactCommit(commit, found));
  const reviews = text.reviews.map((review) => ({ ...review, body: found('review-body', null)(review.body) }));
  return { change, commits, reviews, findings };
}

type Finder = (location: SecretLocation, commit: string | null) => (value: string) => string;

function redactChange(change: Change, found: Finder): Change {
  const branch = found('pr-branch', null);
  return {
    ...change,
    title: found('pr-title', null)(change.title),
    body: found('pr-body', null)(change.body),
    labels: change.labels.map(found('pr-label', null)),
    base: { ...change.base, ref: branch(change.base.ref) },
    head: { ...change.head, ref: branch(change.head.ref) },
  };
}

/**
 * The message is scanned once and reported; the subject and trailers are
 * parts of it, so they are redacted without a second finding.
 */
function redactCommit(commit: Commit, found: Finder): Commit {
  return {
    ...commit,
    message: found('commit-message', commit.sha)(commit.message),
    subject: quiet(commit.subject),
    trailers: commit.trailers.map(redactTrailer),
    author: redactPerson(commit.author, found('commit-author', commit.sha)),
    committer: redactPerson(commit.committer, found('commit-committer', commit.sha)),
  };
}

function redactPerson(person: Person, redact: (value: string) => string): Person {
  return {
    ...person,
    name: person.name === null ? null : redact(person.name),
    email: person.email === null ? null : redact(person.email),
  };
}

/**
 * Scanned as the line it was in the message, so `API_TOKEN: <value>` is
 * caught by the name-based detector even though the value alone has no name.
 */
function redactTrailer(trailer: Trailer): Trailer {
  const prefix = `${trailer.key}: `;
  const line = quiet(prefix + trailer.value);
  if (line.startsWith(prefix)) return { key: trailer.key, value: line.slice(prefix.length) };
  return { key: quiet(trailer.key), value: quiet(trailer.value) };
}

function quiet(text: string): string {
  return scanText(text, WRITTEN).text;
}
