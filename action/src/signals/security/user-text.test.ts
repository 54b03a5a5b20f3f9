import { describe, expect, it } from 'vitest';
import type { Change, Commit, Review } from '../../input/types.js';
import { makeChange } from '../../test-support/inputs.js';
import { redactUserText } from './user-text.js';

// Assembled at run time so this file holds no literal token; one per field so
// a leak names the field it came from.
const token = (tag: string): string => 'ghp_' + `${tag}Zq8v2Lm9Xr4Tk7WpQ3sT5vW7yA1cE3gI5kM7`.slice(0, 36);
const RANDOM = 'q8V#x2!Lm9@Zr4$Tk7';

function change(overrides: Partial<Change> = {}): Change {
  return makeChange({ title: 'Add search', stats: { files: 0, additions: 0, deletions: 0, commits: 1 }, ...overrides });
}

function commit(overrides: Partial<Commit> = {}): Commit {
  const person = { name: 'Dana Dev', email: 'dana@example.com', login: 'dana', date: null };
  return { sha: 'c'.repeat(40), message: 'Add search', subject: 'Add search', trailers: [], author: person, committer: person, verified: null, parents: 1, ...overrides };
}

function review(body: string): Review {
  return { id: 1, user: { login: 'rev', type: 'User' }, state: 'COMMENTED', body, author_association: 'MEMBER', submitted_at: null, commit_id: null };
}

describe('redactUserText', () => {
  it.each([
    ['pr-title', () => ({ change: change({ title: `Rotate ${token('T')}` }), commits: [], reviews: [] })],
    ['pr-body', () => ({ change: change({ body: `Use this:\n\n${token('B')}\n\nthanks` }), commits: [], reviews: [] })],
    ['pr-label', () => ({ change: change({ labels: ['ok', token('L')] }), commits: [], reviews: [] })],
    ['pr-branch', () => ({ change: change({ head: { ref: `fix/${token('R')}`, sha: 'h', repo_full_name: null } }), commits: [], reviews: [] })],
    ['review-body', () => ({ change: change(), commits: [], reviews: [review(`try ${token('V')}`)] })],
  ] as const)('%s: redacts and reports the location', (location, input) => {
    const text = input();
    const raw = JSON.stringify(text).match(/ghp_[A-Za-z0-9]{36}/)![0];
    const out = redactUserText(text);
    expect(JSON.stringify(out)).not.toContain(raw);
    expect(JSON.stringify(out)).toContain('[REDACTED:github-token]');
    expect(out.findings).toEqual([{ detector: 'github-token', location, file: null, line: null, commit: null, redacted: 'ghp_…(40 chars)' }]);
  });

  it('reports a secret in a commit message once, redacting the subject and trailers that repeat it', () => {
    const secret = token('M');
    const message = `Deploy with ${secret}\n\nSigned-off-by: Dana <dana@example.com>\nDeploy-Token: ${secret}`;
    const out = redactUserText({
      change: change(),
      commits: [commit({ message, subject: `Deploy with ${secret}`, trailers: [{ key: 'Signed-off-by', value: 'Dana <dana@example.com>' }, { key: 'Deploy-Token', value: secret }] })],
      reviews: [],
    });
    expect(JSON.stringify(out)).not.toContain(secret);
    expect(out.commits[0]!.subject).toBe('Deploy with [REDACTED:github-token]');
    expect(out.commits[0]!.trailers).toEqual([{ key: 'Signed-off-by', value: 'Dana <dana@example.com>' }, { key: 'Deploy-Token', value: '[REDACTED:github-token]' }]);
    expect(out.findings).toEqual([
      { detector: 'github-token', location: 'commit-message', file: null, line: null, commit: 'c'.repeat(40), redacted: 'ghp_…(40 chars)' },
      { detector: 'github-token', location: 'commit-message', file: null, line: null, commit: 'c'.repeat(40), redacted: 'ghp_…(40 chars)' },
    ]);
  });

  it('catches a name-based secret in a trailer, whose value alone has no secret-looking name', () => {
    const out = redactUserText({
      change: change(),
      commits: [commit({ message: `x\n\nApi-Token: ${RANDOM}`, trailers: [{ key: 'Api-Token', value: RANDOM }] })],
      reviews: [],
    });
    expect(out.commits[0]!.trailers).toEqual([{ key: 'Api-Token', value: '[REDACTED:generic-secret]' }]);
    expect(out.findings.map((f) => [f.detector, f.location])).toEqual([['generic-secret', 'commit-message']]);
    expect(JSON.stringify(out)).not.toContain(RANDOM);
  });

  it('redacts author and committer names and emails, each reported with its commit', () => {
    const [a, c] = [token('A'), token('C')];
    const out = redactUserText({
      change: change(),
      commits: [commit({
        author: { name: `Dana ${a}`, email: 'dana@example.com', login: null, date: null },
        committer: { name: 'CI', email: `${c}@example.com`, login: null, date: null },
      })],
      reviews: [],
    });
    expect(out.commits[0]!.author.name).toBe('Dana [REDACTED:github-token]');
    expect(out.commits[0]!.committer.email).toBe('[REDACTED:github-token]@example.com');
    expect(out.findings.map((f) => [f.location, f.commit])).toEqual([['commit-author', 'c'.repeat(40)], ['commit-committer', 'c'.repeat(40)]]);
  });

  it('redacts a private key block pasted into the PR body, every line of it', () => {
    const body = 'key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\nbye';
    const out = redactUserText({ change: change({ body }), commits: [], reviews: [] });
    expect(out.change.body).toBe('key:\n[REDACTED:private-key]\n[REDACTED:private-key]\n[REDACTED:private-key]\nbye');
    expect(out.findings.map((f) => [f.detector, f.location])).toEqual([['private-key', 'pr-body']]);
  });

  it('leaves a waiver command readable: its rule id and reason are not a name-based secret', () => {
    const body = 'Checked with the team.\n/paved waive no-secrets: fixture_key_revoked_2026\n/paved waive secret-scan-unavailable: generated-bundle-v2.js is vendored';
    // The same words outside a command do look like an assignment to a secret-looking name.
    expect(redactUserText({ change: change(), commits: [], reviews: [review('no-secrets: fixture_key_revoked_2026')] }).findings).toHaveLength(1);
    const out = redactUserText({ change: change(), commits: [], reviews: [review(body)] });
    expect(out.reviews[0]!.body).toBe(body);
    expect(out.findings).toEqual([]);
  });

  it('still redacts and reports a token pasted into a waiver command', () => {
    const secret = token('W');
    const out = redactUserText({ change: change(), commits: [], reviews: [review(`/paved waive no-secrets: it was ${secret}, revoked`)] });
    expect(out.reviews[0]!.body).toBe('/paved waive no-secrets: it was [REDACTED:github-token], revoked');
    expect(out.findings.map((f) => [f.detector, f.location])).toEqual([['github-token', 'review-body']]);
  });

  it('in prose, a name-based secret needs a digit: identifiers and words after "token:" are not secrets', () => {
    const prose = ['Rename token: accessTokenProvider', 'password: bcrypt-hashed now', 'Refactor secret: SecretManagerClient'];
    const clean = redactUserText({ change: change({ body: prose.join('\n') }), commits: [commit({ message: prose.join('\n\n') })], reviews: [] });
    expect(clean.findings).toEqual([]);
    expect(clean.change.body).toBe(prose.join('\n'));
    const leaked = redactUserText({ change: change({ body: 'staging secret: 9f8e7d6c5b4a3f2e1d0c' }), commits: [], reviews: [] });
    expect(leaked.change.body).toBe('staging secret: [REDACTED:generic-secret]');
    expect(leaked.findings.map((f) => [f.detector, f.location, f.redacted])).toEqual([['generic-secret', 'pr-body', 'secret = …(20 chars)']]);
  });

  it('returns clean text unchanged, with no findings', () => {
    const text = { change: change({ body: 'Adds a search box. password reset flow untouched.' }), commits: [commit()], reviews: [review('LGTM')] };
    const out = redactUserText(text);
    expect(out.findings).toEqual([]);
    expect({ change: out.change, commits: out.commits, reviews: out.reviews }).toEqual(text);
  });
});
