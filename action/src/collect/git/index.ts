/**
 * Local git source: the change between a base and a head (optionally the
 * work tree), read with git itself. Nothing from the change is executed;
 * the gate config is read from the base side only.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GateError } from '../../errors.js';
import { defaultConfig, loadConfig } from '../../input/config.js';
import { pathClassifier } from '../../input/kinds.js';
import type { Actor, Change, ChangedFile, Commit, GateConfig, Repository } from '../../input/types.js';
import { hunksOnly, parsePatch, splitGitDiff } from '../diff.js';
import type { CollectedChange } from '../types.js';
import { LOG_FORMAT, NOTES_FORMAT, parseLog, parseNotes, parseRaw, parseRemoteUrl, type RawEntry } from './parse.js';
import { GitRepo } from './run.js';

export interface GitSourceSpec {
  repo: string;
  /** Base ref; default: the default branch (origin/HEAD, else main, else master). */
  base?: string;
  /** Head ref; default HEAD. */
  head?: string;
  /** Include uncommitted changes (tracked and untracked, .gitignore respected). */
  worktree?: boolean;
}

export const NOTES_REF = 'refs/notes/ai';
export const NOTES_MISSING_REASON = `${NOTES_REF} not present — fetch notes with \`git fetch origin refs/notes/*:refs/notes/*\``;

const CONFIG_CANDIDATES = ['paved.yml', '.github/paved.yml'];

export async function collectGit(spec: GitSourceSpec, options: { configPath?: string } = {}): Promise<CollectedChange> {
  if (spec.worktree && spec.head !== undefined) {
    throw new GateError('usage', '--worktree cannot be combined with --head', 'The work tree sits on top of HEAD: drop --head, or drop --worktree to check a committed head.');
  }
  const top = await repositoryRoot(spec.repo);
  const git = new GitRepo(top);
  const headSha = await resolveCommit(git, spec.head ?? 'HEAD', '--head');
  const defaultBranch = await findDefaultBranch(git);
  const baseRef = spec.base ?? defaultBranch;
  if (!baseRef) {
    throw new GateError('usage', `no base to compare with in ${top}: there is no origin/HEAD, main or master`, 'Pass --base <ref>.');
  }
  const baseSha = await mergeBase(git, await resolveCommit(git, baseRef, '--base'), headSha);
  const target = spec.worktree ? await snapshotWorktree(git) : headSha;

  // Independent git reads run side by side; the diff is the long one.
  const [config, diff, commits, notes, repository, headRef] = await Promise.all([
    readBaseConfig(git, baseSha, options.configPath),
    readDiff(git, baseSha, target),
    readCommits(git, baseSha, headSha),
    readNotes(git, baseSha, headSha),
    readRepository(git, defaultBranch),
    spec.head ?? git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { allowFailure: true }).then((ref) => ref?.trim() || 'HEAD'),
  ]);
  const { files, patches } = classifyDiff(diff, config);

  return {
    source: 'git',
    config,
    repository,
    change: buildChange({ baseRef, baseSha, headRef, headSha, files, commits, worktree: Boolean(spec.worktree) }),
    files,
    patches,
    commits,
    reviews: [],
    checks: null,
    notes,
    codeScanning: null,
    readFile: (side, path) => readBlob(git, side === 'base' ? baseSha : target, path),
  };
}

async function repositoryRoot(dir: string): Promise<string> {
  const top = await new GitRepo(resolve(dir)).run(['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (!top) throw new GateError('usage', `${dir} is not a git repository`, 'Run paved inside a git repository or pass --repo DIR.');
  return top.trim();
}

async function resolveCommit(git: GitRepo, ref: string, flag: string): Promise<string> {
  if (ref.startsWith('-')) throw new GateError('usage', `${flag} "${ref}" is not a ref`, `Give ${flag} a branch, tag or commit.`);
  const sha = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  if (!sha) throw new GateError('usage', `${flag} ${ref}: no such commit in ${git.dir}`, `Check the ref name (git branch -a), or fetch it first.`);
  return sha.trim();
}

/** The ref a PR would target: origin/HEAD's branch, else a local main or master. */
async function findDefaultBranch(git: GitRepo): Promise<string | null> {
  const originHead = await git.run(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFailure: true });
  if (originHead) return originHead.trim().replace(/^refs\/remotes\//, '');
  for (const name of ['main', 'master']) {
    if (await git.run(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`], { allowFailure: true })) return name;
  }
  return null;
}

async function mergeBase(git: GitRepo, base: string, head: string): Promise<string> {
  const sha = await git.run(['merge-base', base, head], { allowFailure: true });
  if (sha) return sha.trim();
  const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true }))?.trim() === 'true';
  throw new GateError(
    'collect_failed',
    `base ${base.slice(0, 12)} and head ${head.slice(0, 12)} share no history${shallow ? ' in this shallow clone' : ''}`,
    shallow
      ? 'Fetch the history back to the branch point (git fetch --unshallow, or actions/checkout with fetch-depth: 0).'
      : 'Pass a --base that the head branch was made from.',
  );
}

/**
 * The work tree as a tree object, through a scratch copy of the index so the
 * user's staging area is left untouched.
 */
async function snapshotWorktree(git: GitRepo): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'paved-index-'));
  try {
    const index = resolve(git.dir, (await git.text(['rev-parse', '--git-path', 'index'])).trim());
    const scratchIndex = join(scratch, 'index');
    await copyFile(index, scratchIndex).catch(() => undefined); // a fresh repository has no index yet
    const env = { GIT_INDEX_FILE: scratchIndex };
    await git.text(['add', '--all', '--', '.'], { env });
    return (await git.text(['write-tree'], { env })).trim();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readBaseConfig(git: GitRepo, baseSha: string, configPath: string | undefined): Promise<GateConfig> {
  for (const path of configPath ? [repositoryPath(git.dir, configPath)] : CONFIG_CANDIDATES) {
    const text = await readBlob(git, baseSha, path);
    if (text !== null) return loadConfig(text, `${path} at ${baseSha.slice(0, 12)}`);
  }
  if (configPath) {
    throw new GateError('config_invalid', `${configPath} does not exist at the base commit ${baseSha.slice(0, 12)}`,
      'The config is read from the base side so a change cannot loosen its own gate: commit it to the base branch first, or drop --config.');
  }
  return defaultConfig();
}

/** A --config path as git names it: repository-relative with `/`; an absolute path must lie inside the repository. */
function repositoryPath(top: string, path: string): string {
  if (!isAbsolute(path)) return path.split(sep).join('/').replace(/^\.\//, '');
  const inside = relative(top, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new GateError('usage', `--config ${path} is outside the repository ${top}`, 'Give the path of the config inside the repository; it is read at the base commit.');
  }
  return inside.split(sep).join('/');
}

async function readBlob(git: GitRepo, treeish: string, path: string): Promise<string | null> {
  const out = await git.runBuffer(['cat-file', 'blob', `${treeish}:${path}`], { allowFailure: true });
  return out === null ? null : out.toString('utf8');
}

interface DiffEntry extends RawEntry {
  /** The file's `diff --git` section. */
  section: string;
}

async function readDiff(git: GitRepo, base: string, target: string): Promise<DiffEntry[]> {
  const common = ['-M', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules=none'];
  // Pinned so the user's diff.* settings cannot change the hunks: GitHub's patches are Myers diffs with 3 lines of context.
  const hunkShape = ['-U3', '--diff-algorithm=myers', '--src-prefix=a/', '--dst-prefix=b/'];
  // --raw -z gives exact paths and statuses without diffing contents. The one
  // content diff (-p) gives hunks, and counting its +/- lines and its
  // "Binary files … differ" marker gives exactly what --numstat would, without
  // git diffing every file a second time.
  const [raw, patch] = await Promise.all([
    git.text(['diff', ...common, '--raw', '-z', '--no-abbrev', base, target]),
    git.text(['diff', ...common, ...hunkShape, base, target]),
  ]);
  const entries = parseRaw(raw);
  const sections = splitGitDiff(patch);
  if (sections.length !== entries.length) {
    throw new GateError('collect_failed', `git diff ${base}..${target} listed ${entries.length} files but ${sections.length} patches`,
      'Report this with the git version (git --version).');
  }
  return entries.map((entry, i) => ({ ...entry, section: sections[i]! }));
}

function classifyDiff(entries: DiffEntry[], config: GateConfig): { files: ChangedFile[]; patches: Map<string, string> } {
  const classifier = pathClassifier(config);
  const patches = new Map<string, string>();
  const files = entries.map((entry): ChangedFile => {
    const parsed = parsePatch(entry.section);
    const hunks = hunksOnly(entry.section);
    if (hunks) patches.set(entry.path, hunks);
    return {
      path: entry.path,
      previous_path: entry.previous,
      status: entry.status,
      additions: parsed.additions,
      deletions: parsed.deletions,
      binary: parsed.binary,
      patch_available: !parsed.binary,
      ...classifier.classify(entry.path),
      added_lines: parsed.added_lines,
    };
  });
  return { files, patches };
}

/** Commits in base..head, oldest first (GitHub's order), trailers by git's own rules. */
async function readCommits(git: GitRepo, base: string, head: string): Promise<Commit[]> {
  const out = await git.text(['log', '-z', '--reverse', '--no-color', '--encoding=UTF-8', `--format=${LOG_FORMAT}`, `${base}..${head}`]);
  return parseLog(out);
}

async function readNotes(git: GitRepo, base: string, head: string): Promise<CollectedChange['notes']> {
  const exists = await git.run(['rev-parse', '--verify', '--quiet', NOTES_REF], { allowFailure: true });
  if (!exists) return { evaluated: false, reason: NOTES_MISSING_REASON, bySha: new Map() };
  const out = await git.text(['log', '-z', `--notes=${NOTES_REF}`, `--format=${NOTES_FORMAT}`, `${base}..${head}`]);
  return { evaluated: true, reason: null, bySha: parseNotes(out) };
}

async function readRepository(git: GitRepo, defaultBranch: string | null): Promise<Repository> {
  const url = (await git.run(['remote', 'get-url', 'origin'], { allowFailure: true }))?.trim() ?? '';
  const remote = parseRemoteUrl(url);
  return {
    owner: remote?.owner ?? null,
    name: remote?.name ?? null,
    full_name: remote ? `${remote.owner}/${remote.name}` : null,
    default_branch: defaultBranch ? defaultBranch.replace(/^origin\//, '') : null,
    private: null,
  };
}

interface ChangeParts {
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  files: ChangedFile[];
  commits: Commit[];
  worktree: boolean;
}

/** PR-like fields for a local change: no number, no labels, title from the first commit. */
function buildChange(parts: ChangeParts): Change {
  const headCommit = parts.commits.at(-1);
  const title = parts.commits[0]?.subject || (parts.worktree ? `Uncommitted changes on ${parts.headRef}` : parts.headRef);
  return {
    number: null,
    title,
    body: '',
    draft: false,
    url: null,
    author: authorOf(headCommit),
    labels: [],
    base: { ref: parts.baseRef, sha: parts.baseSha },
    head: { ref: parts.headRef, sha: parts.headSha, repo_full_name: null },
    fork: false,
    stats: {
      files: parts.files.length,
      additions: parts.files.reduce((sum, f) => sum + f.additions, 0),
      deletions: parts.files.reduce((sum, f) => sum + f.deletions, 0),
      commits: parts.commits.length,
    },
    truncated: { files: false, commits: false, patches: false },
  };
}

/** Local git knows an email, not an account: the login is known only from a GitHub no-reply address. */
function authorOf(commit: Commit | undefined): Actor {
  const login = commit?.author.login ?? null;
  if (!login) return { login: null, type: 'Unknown' };
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
