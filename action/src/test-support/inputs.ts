/** Builders for input-document parts and SignalContext in tests (not used at runtime). */
import type { Change, ChangedFile, Commit, GateConfig } from '../input/types.js';
import type { SignalContext } from '../signals/types.js';

export function makeConfig(over: Partial<GateConfig> = {}): GateConfig {
  return {
    file_kinds: {},
    file_kind_order: [],
    protected_paths: [],
    gate_paths: { policies: [], config: [], workflows: [] },
    thresholds: { diff_coverage: 80, max_ai_changed_lines: 400, max_ai_files: 20, security_severity_block: 7 },
    approvers: { security: [], protected: [], waivers: [] },
    disclosure: { required: false, labels: [], trailers: [] },
    required_checks: [],
    strict_truncation: false,
    agents: [],
    automation_accounts: [],
    rules: {},
    ...over,
  };
}

export function makeCommit(over: Partial<Commit> & { sha: string }): Commit {
  const message = over.message ?? 'Change something';
  return {
    message,
    subject: message.split('\n', 1)[0]!,
    trailers: [],
    author: { name: 'Dana Dev', email: 'dana@example.com', login: 'dana', date: null },
    committer: { name: 'Dana Dev', email: 'dana@example.com', login: 'dana', date: null },
    verified: null,
    parents: 1,
    ...over,
  };
}

export function makeFile(path: string, lines: Array<[number, string]>, over: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path,
    previous_path: null,
    status: 'modified',
    additions: lines.length,
    deletions: 0,
    binary: false,
    patch_available: true,
    kind: 'source',
    kinds: ['source'],
    added_lines: lines.map(([line, text]) => ({ line, text })),
    ...over,
  };
}

export function makeChange(over: Partial<Change> = {}): Change {
  return {
    number: 7,
    title: 'A change',
    body: '',
    draft: false,
    url: null,
    author: { login: 'dana', type: 'User' },
    labels: [],
    base: { ref: 'main', sha: 'b'.repeat(40) },
    head: { ref: 'feature', sha: 'h'.repeat(40), repo_full_name: null },
    fork: false,
    stats: { files: 0, additions: 0, deletions: 0, commits: 0 },
    truncated: { files: false, commits: false, patches: false },
    ...over,
  };
}

export function makeContext(over: Partial<SignalContext> = {}): SignalContext {
  return {
    source: 'fixture',
    change: makeChange(),
    files: [],
    patches: new Map(),
    commits: [],
    reviews: [],
    config: makeConfig(),
    reports: [],
    checks: null,
    notes: { evaluated: true, reason: null, bySha: new Map() },
    codeScanning: null,
    readFile: async () => null,
    ...over,
  };
}
