/**
 * Commit-message trailers by git's own rules (trailer.c in git 2.39+), so a
 * GitHub-sourced commit yields exactly what `git interpret-trailers --parse`
 * would print for it. The trailer block is the last paragraph after the
 * subject; it counts when every non-continuation line is a trailer, or when
 * it holds a git-generated trailer (Signed-off-by, cherry-pick note) and
 * trailers are at least a quarter of its lines. Comment lines ('#') and
 * everything from a `---` patch divider on are ignored, as git does.
 */
import type { Trailer } from '../input/types.js';

const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];

/** Position of the separator ':' after a token of letters, digits and '-', or -1. */
function separatorIndex(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ':') return i;
    if (!whitespaceFound && /[A-Za-z0-9-]/.test(c)) continue;
    if (i > 0 && (c === ' ' || c === '\t')) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

const isBlank = (line: string) => line.trim() === '';
const isComment = (line: string) => line.startsWith('#');
const startsWithSpace = (line: string) => line[0] === ' ' || line[0] === '\t';

/** The message lines git considers: no patch part after a `---` divider. */
function messageLines(message: string): string[] {
  const lines = message.replace(/\r\n/g, '\n').split('\n');
  const divider = lines.findIndex((line) => line === '---' || line.startsWith('--- ') || line.startsWith('---\t'));
  return divider < 0 ? lines : lines.slice(0, divider);
}

/** Index of the first line of the trailer block, or -1 when the message has none. */
function trailerBlockStart(lines: string[]): number {
  const endOfTitle = lines.findIndex((line) => !isComment(line) && isBlank(line));
  if (endOfTitle < 0) return -1;
  let onlySpaces = true;
  let recognisedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuation = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i]!;
    if (isComment(line)) {
      nonTrailerLines += possibleContinuation;
      possibleContinuation = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuation;
      if (recognisedPrefix && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return -1;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
      trailerLines++;
      possibleContinuation = 0;
      recognisedPrefix = true;
    } else if (separatorIndex(line) >= 1 && !startsWithSpace(line)) {
      trailerLines++;
      possibleContinuation = 0;
    } else if (startsWithSpace(line)) {
      possibleContinuation++;
    } else {
      nonTrailerLines += 1 + possibleContinuation;
      possibleContinuation = 0;
    }
  }
  return -1;
}

/**
 * Trailers of a commit message, in order, continuation lines unfolded with
 * one space (as `%(trailers:unfold)` prints them). Lines in the block that
 * are not `key: value` (a cherry-pick note, free text) are skipped.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = messageLines(message);
  const start = trailerBlockStart(lines);
  if (start < 0) return [];
  const trailers: Trailer[] = [];
  let current: Trailer | null = null;
  for (const line of lines.slice(start)) {
    if (isComment(line) || isBlank(line)) {
      current = null; // git folds a continuation only into the line right before it
      continue;
    }
    if (startsWithSpace(line)) {
      if (current) current.value = `${current.value} ${line.trim()}`.trim();
      continue;
    }
    const sep = separatorIndex(line);
    current = sep >= 1 ? { key: line.slice(0, sep).trim(), value: line.slice(sep + 1).trim() } : null;
    if (current) trailers.push(current);
  }
  return trailers;
}
