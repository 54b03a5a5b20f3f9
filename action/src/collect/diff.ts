/**
 * Unified-diff parsing shared by every source: GitHub's per-file `patch`
 * strings (hunks only) and `git diff` output (headers + hunks, many files).
 * Hunk line counts decide where a hunk ends, so a removed line that reads
 * `--- x` or an added line `+++ y` is never mistaken for a header.
 */
import type { AddedLine } from '../input/types.js';

export interface ParsedPatch {
  added_lines: AddedLine[];
  additions: number;
  deletions: number;
  /** git said "Binary files … differ" or carried a binary patch. */
  binary: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parse one file's diff: a GitHub `patch`, or one `diff --git` section. */
export function parsePatch(patch: string): ParsedPatch {
  const result: ParsedPatch = { added_lines: [], additions: 0, deletions: 0, binary: false };
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (oldLeft > 0 || newLeft > 0) {
      const marker = line[0];
      if (marker === '+') {
        result.added_lines.push({ line: newLine, text: line.slice(1) });
        result.additions++;
        newLine++;
        newLeft--;
      } else if (marker === '-') {
        result.deletions++;
        oldLeft--;
      } else if (marker === '\\') {
        // "\ No newline at end of file" belongs to the line before it.
      } else {
        // Context line; some tools strip the lone space of an empty context line.
        newLine++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) {
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      newLine = Number(hunk[3]);
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      result.binary = true;
    }
  }
  return result;
}

/**
 * Split multi-file `git diff` output into one section per file, in output
 * order. Every content line inside a hunk starts with ' ', '+', '-' or '\',
 * so a line starting with "diff --git " is always a file header.
 */
export function splitGitDiff(text: string): string[] {
  const sections: string[] = [];
  let start = -1;
  let pos = 0;
  while (pos <= text.length) {
    const isHeader = text.startsWith('diff --git ', pos);
    if (isHeader) {
      if (start >= 0) sections.push(text.slice(start, pos));
      start = pos;
    }
    const next = text.indexOf('\n', pos);
    if (next < 0) break;
    pos = next + 1;
  }
  if (start >= 0) sections.push(text.slice(start));
  return sections;
}

/** The hunks of a `git diff` section without its headers: the shape of GitHub's `patch`. */
export function hunksOnly(section: string): string {
  const first = section.startsWith('@@') ? 0 : section.indexOf('\n@@');
  if (first < 0) return '';
  const hunks = section.slice(first === 0 ? 0 : first + 1);
  return hunks.endsWith('\n') ? hunks.slice(0, -1) : hunks;
}
