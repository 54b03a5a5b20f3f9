/**
 * The provenance section: per commit and for the whole change, was an AI agent
 * involved, with the evidence. A source that could not be read makes the
 * answer `null` (unknown) unless other evidence says true: a missing signal
 * never means "human".
 */
import type {
  ChangedFile,
  CommitProvenance,
  Evidence,
  Provenance,
  ProvenanceSourceStatus,
} from '../../input/types.js';
import type { SignalContext } from '../types.js';
import { loadCatalog, type Catalog } from './catalog.js';
import { detectChangeEvidence, detectCommitEvidence } from './detect.js';
import { GitAiNoteError, parseGitAiNote, type GitAiNote } from './gitai.js';

const COMMIT_SOURCES = ['commit-trailer', 'commit-message', 'commit-author', 'commit-committer'] as const;
const CHANGE_SOURCES = ['pr-author', 'label', 'pr-body'] as const;

export async function collectProvenance(ctx: SignalContext, catalog: Catalog = loadCatalog(ctx.config.agents, ctx.config.automation_accounts)): Promise<Provenance> {
  const notes = readNotes(ctx);
  const commits = ctx.commits.map((commit) => {
    const evidence = detectCommitEvidence(commit, catalog, ctx.config.disclosure.trailers);
    const note = notes.parsed.get(commit.sha);
    if (note) evidence.push(...noteEvidence(note, commit.sha));
    const notesKnown = ctx.notes.evaluated && !notes.broken.has(commit.sha);
    return commitProvenance(commit.sha, evidence, notesKnown);
  });
  const changeEvidence = detectChangeEvidence(ctx.change, catalog, ctx.config.disclosure.labels);
  const evidence = [...commits.flatMap((c) => c.evidence), ...changeEvidence];
  const sources = sourceStatuses(ctx, notes.broken);
  const allRead = sources.every((s) => s.evaluated) && !ctx.change.truncated.commits;
  const aiCommits = commits.filter((c) => c.ai_assisted === true).length;
  return {
    evaluated: true,
    reason: caveat(sources, ctx.change.truncated.commits),
    ai_assisted: evidence.length > 0 ? true : allRead ? false : null,
    agents: agentsOf(evidence),
    ai_commit_share: commits.length === 0 ? null : round(aiCommits / commits.length),
    ai_line_share: aiLineShare(ctx.files, [...notes.parsed.values()]),
    evidence,
    commits,
    sources,
  };
}

function commitProvenance(sha: string, evidence: Evidence[], notesKnown: boolean): CommitProvenance {
  return {
    sha,
    ai_assisted: evidence.length > 0 ? true : notesKnown ? false : null,
    agents: agentsOf(evidence),
    evidence,
  };
}

interface ReadNotes {
  parsed: Map<string, GitAiNote>;
  /** sha → why its note could not be read. */
  broken: Map<string, string>;
}

function readNotes(ctx: SignalContext): ReadNotes {
  const parsed = new Map<string, GitAiNote>();
  const broken = new Map<string, string>();
  if (!ctx.notes.evaluated) return { parsed, broken };
  for (const commit of ctx.commits) {
    const text = ctx.notes.bySha.get(commit.sha);
    if (text === undefined) continue;
    try {
      parsed.set(commit.sha, parseGitAiNote(text));
    } catch (err) {
      if (!(err instanceof GitAiNoteError)) throw err;
      broken.set(commit.sha, err.message);
    }
  }
  return { parsed, broken };
}

function noteEvidence(note: GitAiNote, sha: string): Evidence[] {
  const lineCount = [...note.lines.values()].reduce((n, set) => n + set.size, 0);
  if (lineCount === 0) return [];
  return note.tools.map((tool) => ({
    source: 'git-notes' as const,
    agent: tool,
    detail: `git-ai note (${note.schemaVersion ?? 'unknown schema'}): ${lineCount} AI line(s) in ${note.lines.size} file(s)`,
    confidence: 'high' as const,
    commit: sha,
    signal: 'git-ai-note',
  }));
}

/**
 * Share of the change's added lines that a git-ai note attributes to AI.
 * Notes number lines as of their own commit; matching them against the head
 * version's added lines is exact for the last commit touching a file and
 * approximate when later commits shifted lines. null when no commit has a note.
 */
export function aiLineShare(files: readonly ChangedFile[], notes: readonly GitAiNote[]): number | null {
  if (notes.length === 0) return null;
  let added = 0;
  let ai = 0;
  for (const file of files) {
    const attributed = notes.flatMap((note) => note.lines.get(file.path) ?? []);
    added += file.added_lines.length;
    ai += file.added_lines.filter((l) => attributed.some((ranges) => ranges.has(l.line))).length;
  }
  return added === 0 ? null : round(ai / added);
}

function sourceStatuses(ctx: SignalContext, brokenNotes: ReadonlyMap<string, string>): ProvenanceSourceStatus[] {
  const commitReason = ctx.change.truncated.commits ? 'the source listed only part of the commits' : null;
  const out: ProvenanceSourceStatus[] = COMMIT_SOURCES.map((source) => ({ source, evaluated: true, reason: commitReason }));
  const hasPullRequest = ctx.source !== 'git';
  for (const source of CHANGE_SOURCES) {
    out.push({
      source,
      evaluated: hasPullRequest,
      reason: hasPullRequest ? null : 'local change: there is no pull request author, label or description to read',
    });
  }
  out.push(notesStatus(ctx, brokenNotes));
  return out;
}

function notesStatus(ctx: SignalContext, broken: ReadonlyMap<string, string>): ProvenanceSourceStatus {
  if (!ctx.notes.evaluated) return { source: 'git-notes', evaluated: false, reason: ctx.notes.reason ?? 'git-ai notes (refs/notes/ai) were not read' };
  if (broken.size > 0) {
    const [sha, why] = [...broken.entries()][0]!;
    return {
      source: 'git-notes',
      evaluated: false,
      reason: `${broken.size} git-ai note(s) could not be parsed, first on ${sha.slice(0, 12)}: ${why}`,
    };
  }
  return { source: 'git-notes', evaluated: true, reason: ctx.notes.reason };
}

function caveat(sources: readonly ProvenanceSourceStatus[], truncated: boolean): string | null {
  const unread = sources.filter((s) => !s.evaluated).map((s) => s.source);
  const parts: string[] = [];
  if (unread.length > 0) parts.push(`not read: ${unread.join(', ')}`);
  if (truncated) parts.push('commit list truncated by the source');
  return parts.length > 0 ? parts.join('; ') : null;
}

function agentsOf(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.agent))].sort();
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
