/**
 * regex.globs_match: does the intersection of two "glob-style regular
 * expressions" hold a non-empty string? The syntax is OPA's
 * (yashtewari/glob-intersection): characters, `.`, sets `[a-z0-9_]`, each
 * optionally followed by `*` or `+`, and `\` escapes. This engine decides the
 * question exactly, on the product of the two expressions' automata.
 */
import type { Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

/** A set of characters: any character, or code-point ranges. */
type CharSet = { any: true } | { any: false; ranges: [number, number][] };
interface Token {
  chars: CharSet;
  repeat: boolean;
}

class GlobReader {
  private i = 0;
  private readonly runes: string[];

  constructor(private readonly text: string) {
    this.runes = [...text];
  }

  private fail(message: string): never {
    throw builtinError(`input:${this.text}, pos:${this.i}, ${message}: the input provided is invalid`);
  }

  /** The next rune and whether it was escaped, or undefined at the end. */
  private next(): { rune: string; escaped: boolean } | undefined {
    const rune = this.runes[this.i];
    if (rune === undefined) return undefined;
    if (rune !== '\\') {
      this.i++;
      return { rune, escaped: false };
    }
    const escaped = this.runes[this.i + 1];
    if (escaped === undefined) this.fail('input ends with a \\ (escape) character');
    this.i += 2;
    return { rune: escaped, escaped: true };
  }

  /** Tokens, with `x+` written as `x` then `x*` so that every token is plain or starred. */
  tokens(): Token[] {
    const out: Token[] = [];
    for (let r = this.next(); r; r = this.next()) {
      const chars = this.charsOf(r);
      const flag = this.runes[this.i];
      if (flag === '*' || flag === '+') this.i++;
      if (flag !== '*') out.push({ chars, repeat: false });
      if (flag === '*' || flag === '+') out.push({ chars, repeat: true });
    }
    return out;
  }

  private charsOf({ rune, escaped }: { rune: string; escaped: boolean }): CharSet {
    if (escaped) return single(rune);
    if (rune === '.') return { any: true };
    if (rune === '[') return this.set();
    if (rune === ']') this.fail("set-close ']' with no preceding '['");
    if (rune === '*' || rune === '+') this.fail(`flag '${rune}' must be preceded by a non-flag`);
    return single(rune);
  }

  private set(): CharSet {
    const ranges: [number, number][] = [];
    let previous: number | undefined;
    for (let r = this.next(); r; r = this.next()) {
      if (!r.escaped && r.rune === ']') return { any: false, ranges };
      if (!r.escaped && r.rune === '-') {
        if (previous === undefined) this.fail("range character '-' must be preceded by a Unicode character");
        const end = this.next();
        if (!end) this.fail("range character '-' must be followed by a Unicode character");
        if (!end.escaped && (end.rune === ']' || end.rune === '-')) this.fail("range character '-' cannot be followed by a special symbol");
        const hi = end.rune.codePointAt(0)!;
        if (hi < previous) this.fail(`range is out of order: '${end.rune}' comes before '${String.fromCodePoint(previous)}' in Unicode`);
        ranges.push([previous, hi]);
        previous = undefined;
        continue;
      }
      const code = r.rune.codePointAt(0)!;
      ranges.push([code, code]);
      previous = code;
    }
    return this.fail('found [ without matching ]');
  }
}

function single(rune: string): CharSet {
  const code = rune.codePointAt(0)!;
  return { any: false, ranges: [[code, code]] };
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a.any) return b.any || b.ranges.length > 0;
  if (b.any) return a.ranges.length > 0;
  return a.ranges.some(([lo, hi]) => b.ranges.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}

/** Breadth-first search over (position in a, position in b, consumed anything). */
function intersects(a: Token[], b: Token[]): boolean {
  const seen = new Set<string>();
  const queue: [number, number, boolean][] = [[0, 0, false]];
  const push = (i: number, j: number, consumed: boolean) => {
    const key = `${i},${j},${consumed}`;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push([i, j, consumed]);
    }
  };
  while (queue.length > 0) {
    const [i, j, consumed] = queue.shift()!;
    if (i === a.length && j === b.length && consumed) return true;
    // A starred token may match nothing.
    if (a[i]?.repeat) push(i + 1, j, consumed);
    if (b[j]?.repeat) push(i, j + 1, consumed);
    const x = a[i];
    const y = b[j];
    if (x && y && overlaps(x.chars, y.chars)) push(x.repeat ? i : i + 1, y.repeat ? j : j + 1, true);
  }
  return false;
}

function globsMatch(args: Value[]): boolean {
  const left = new GlobReader(stringArg(args, 0)).tokens();
  const right = new GlobReader(stringArg(args, 1)).tokens();
  return intersects(left, right);
}

export const globsMatchBuiltins: BuiltinDef[] = [fn('regex.globs_match', 2, globsMatch)];
