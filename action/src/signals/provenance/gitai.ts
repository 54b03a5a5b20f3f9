/**
 * git-ai authorship logs (Git AI Standard v3.0.0, notes under refs/notes/ai):
 *
 *   src/main.rs                       ← a file path (quoted when it has spaces)
 *     abcd1234abcd1234 1-10,15-20     ← two spaces, session hash, line ranges
 *   ---
 *   { "schema_version": "authorship/3.0.0", "prompts": { "<hash>": { "agent_id": { "tool": "cursor", … } } } }
 *
 * Line numbers refer to the file as of the commit the note is attached to.
 * https://github.com/git-ai-project/git-ai/blob/main/specs/git_ai_standard_v3.0.0.md
 */

export interface GitAiNote {
  /** AI-authored lines per file path, as sorted, merged, inclusive [start, end] ranges. */
  lines: Map<string, LineRanges>;
  /** Tools named by the sessions that authored at least one line (e.g. "cursor", "claude"). */
  tools: string[];
  schemaVersion: string | null;
}

export class GitAiNoteError extends Error {}

/**
 * Ranges, not expanded line sets: a note is repository content, and a range
 * like `1-99999999` must not turn into a hundred million numbers.
 */
export class LineRanges {
  private merged: Array<[number, number]> | null = null;
  private readonly pending: Array<[number, number]> = [];

  add(start: number, end: number): void {
    this.pending.push([start, end]);
    this.merged = null;
  }

  has(line: number): boolean {
    const ranges = this.ranges();
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = ranges[mid]!;
      if (line < start) hi = mid - 1;
      else if (line > end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Number of distinct lines. */
  get size(): number {
    return this.ranges().reduce((n, [start, end]) => n + end - start + 1, 0);
  }

  ranges(): ReadonlyArray<readonly [number, number]> {
    if (this.merged) return this.merged;
    const sorted = [...this.pending].sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of sorted) {
      const last = merged.at(-1);
      if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    this.merged = merged;
    return merged;
  }
}

const DIVIDER = '---';
const ENTRY = /^ {2}([0-9a-f]{7,64}) (\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)$/i;

export function parseGitAiNote(text: string): GitAiNote {
  const rows = text.replace(/\r\n/g, '\n').split('\n');
  const divider = rows.indexOf(DIVIDER);
  if (divider === -1) throw new GitAiNoteError('no "---" line between the attestation and the metadata section');
  const { lines, hashes } = parseAttestations(rows.slice(0, divider));
  const meta = parseMetadata(rows.slice(divider + 1).join('\n'));
  const tools = new Set<string>();
  for (const hash of hashes) tools.add(toolOf(meta.prompts, hash));
  return { lines, tools: [...tools].sort(), schemaVersion: meta.schemaVersion };
}

function parseAttestations(rows: string[]): { lines: Map<string, LineRanges>; hashes: Set<string> } {
  const lines = new Map<string, LineRanges>();
  const hashes = new Set<string>();
  let current: LineRanges | null = null;
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    if (!row.startsWith(' ')) {
      const path = row.startsWith('"') && row.endsWith('"') ? row.slice(1, -1) : row;
      current = lines.get(path) ?? new LineRanges();
      lines.set(path, current);
      return;
    }
    const m = ENTRY.exec(row);
    if (!m || current === null) throw new GitAiNoteError(`attestation line ${i + 1} is not "  <hash> <ranges>" under a file path: ${JSON.stringify(row.slice(0, 80))}`);
    hashes.add(m[1]!.toLowerCase());
    for (const part of m[2]!.split(',')) addRange(current, part, i + 1);
  });
  return { lines, hashes };
}

function addRange(into: LineRanges, part: string, row: number): void {
  const [startText, endText] = part.split('-');
  const start = Number(startText);
  const end = endText === undefined ? start : Number(endText);
  if (start < 1 || end < start || !Number.isSafeInteger(end)) throw new GitAiNoteError(`attestation line ${row}: bad line range "${part}"`);
  into.add(start, end);
}

interface NoteMetadata {
  schemaVersion: string | null;
  prompts: Record<string, unknown>;
}

function parseMetadata(text: string): NoteMetadata {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new GitAiNoteError(`metadata section is not JSON: ${(err as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null) throw new GitAiNoteError('metadata section is not a JSON object');
  const record = doc as Record<string, unknown>;
  const prompts = typeof record.prompts === 'object' && record.prompts !== null ? (record.prompts as Record<string, unknown>) : {};
  return { schemaVersion: typeof record.schema_version === 'string' ? record.schema_version : null, prompts };
}

function toolOf(prompts: Record<string, unknown>, hash: string): string {
  const prompt = prompts[hash] as { agent_id?: { tool?: unknown } } | undefined;
  const tool = prompt?.agent_id?.tool;
  return typeof tool === 'string' && tool.trim() !== '' ? tool.trim().toLowerCase() : 'unknown';
}
