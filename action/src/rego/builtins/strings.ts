/**
 * String built-ins. Positions and lengths count Unicode code points (Go
 * runes), never UTF-16 units, so `indexof("μx", "x")` is 1 as in OPA.
 */
import { type ObjectValue, typeName, type Value } from '../value.js';
import { arrayArg, arrayOrSetArg, builtinError, fn, integerArg, objectArg, operandError, stringArg, stringsArg } from './args.js';
import { goSprintf } from './format.js';
import type { BuiltinDef } from './types.js';

const runes = (s: string): string[] => [...s];

/** Code-point index of `needle` in `haystack` from code-point `from`, or -1. */
function runeIndexOf(haystack: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** OPA refuses an empty search string rather than answering 0. */
function needleArg(args: Value[]): string[] {
  const needle = runes(stringArg(args, 1));
  if (needle.length === 0) throw builtinError('empty search character');
  return needle;
}

function indexOfAll(args: Value[]): number[] {
  const haystack = runes(stringArg(args, 0));
  const needle = needleArg(args);
  const found: number[] = [];
  for (let i = runeIndexOf(haystack, needle, 0); i >= 0; i = runeIndexOf(haystack, needle, i + 1)) found.push(i);
  return found;
}

function concat(args: Value[]): string {
  const delimiter = stringArg(args, 0);
  const parts = arrayOrSetArg(args, 1, ['set', 'array']);
  const kind = typeName(args[1] as Value);
  for (const p of parts) {
    if (typeof p !== 'string') throw operandError(2, `must be ${kind} of strings but got ${kind} containing ${typeName(p)}`);
  }
  return parts.join(delimiter);
}

/** Go's strings.Split: an empty separator splits into code points; an empty text with it gives []. */
function goSplit(text: string, separator: string): string[] {
  return separator === '' ? runes(text) : text.split(separator);
}

function splitN(args: Value[]): string[] {
  const parts = goSplit(stringArg(args, 0), stringArg(args, 1));
  const n = integerArg(args, 2);
  if (n >= 0) return parts.slice(0, n);
  return parts.slice(Math.max(0, parts.length + n));
}

/** Go's strings.Replace with n = -1: an empty `old` inserts `new` around every code point. */
function replaceAll(args: Value[]): string {
  const text = stringArg(args, 0);
  const old = stringArg(args, 1);
  const replacement = stringArg(args, 2);
  if (old === '') return replacement + runes(text).join(replacement) + (text === '' ? '' : replacement);
  return text.split(old).join(replacement);
}

/** strings.replace_n: Go's strings.NewReplacer with the pairs in key order — leftmost match, first pattern wins. */
function replaceN(args: Value[]): string {
  const patterns = objectArg(args, 0);
  const text = stringArg(args, 1);
  const pairs = stringPairs(patterns);
  let out = '';
  let i = 0;
  while (i <= text.length) {
    const hit = pairs.find(([old]) => old !== '' && text.startsWith(old, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const empty = pairs.find(([old]) => old === '');
    if (empty) out += empty[1];
    if (i === text.length) break;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    out += ch;
    i += ch.length;
  }
  return out;
}

function stringPairs(patterns: ObjectValue): [string, string][] {
  return patterns.sortedEntries().map(([k, v]) => {
    if (typeof k !== 'string') throw operandError(1, 'non-string key found in pattern object');
    if (typeof v !== 'string') throw operandError(1, 'non-string value found in pattern object');
    return [k, v];
  });
}

function substring(args: Value[]): string {
  const text = runes(stringArg(args, 0));
  const start = integerArg(args, 1);
  const length = integerArg(args, 2);
  if (start < 0) throw builtinError('negative offset');
  if (start >= text.length) return '';
  return text.slice(start, length < 0 ? undefined : start + length).join('');
}

/** Go's unicode.IsSpace (note: U+0085 is a space and U+FEFF is not, unlike JS's trim). */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function trimLeftSet(text: string, cutset: string): string {
  const cut = new Set(runes(cutset));
  const chars = runes(text);
  let start = 0;
  while (start < chars.length && cut.has(chars[start]!)) start++;
  return chars.slice(start).join('');
}

function trimRightSet(text: string, cutset: string): string {
  const cut = new Set(runes(cutset));
  const chars = runes(text);
  let end = chars.length;
  while (end > 0 && cut.has(chars[end - 1]!)) end--;
  return chars.slice(0, end).join('');
}

/** Go's simple case mapping: a code point whose full mapping is several (ß → SS) keeps itself. */
function mapCase(text: string, map: (ch: string) => string): string {
  return runes(text)
    .map((ch) => {
      const mapped = map(ch);
      return runes(mapped).length === 1 ? mapped : ch;
    })
    .join('');
}

/** Go's strings.Count: non-overlapping; an empty substring counts code points + 1. */
function countOccurrences(args: Value[]): number {
  const text = stringArg(args, 0);
  const sub = stringArg(args, 1);
  if (sub === '') return runes(text).length + 1;
  return text.split(sub).length - 1;
}

function anyMatch(args: Value[], test: (s: string, affix: string) => boolean): boolean {
  const candidates = stringsArg(args, 0);
  const affixes = stringsArg(args, 1);
  return candidates.some((s) => affixes.some((a) => test(s, a)));
}

function sprintf(args: Value[]): string {
  const format = stringArg(args, 0);
  return goSprintf(format, arrayArg(args, 1));
}

const str1 = (name: string, f: (s: string) => Value): BuiltinDef => fn(name, 1, (args) => f(stringArg(args, 0)));
const str2 = (name: string, f: (a: string, b: string) => Value): BuiltinDef =>
  fn(name, 2, (args) => f(stringArg(args, 0), stringArg(args, 1)));

export const stringBuiltins: BuiltinDef[] = [
  fn('concat', 2, concat),
  str2('contains', (s, sub) => s.includes(sub)),
  str2('startswith', (s, prefix) => s.startsWith(prefix)),
  str2('endswith', (s, suffix) => s.endsWith(suffix)),
  fn('indexof', 2, (args) => runeIndexOf(runes(stringArg(args, 0)), needleArg(args), 0)),
  fn('indexof_n', 2, indexOfAll),
  str1('lower', (s) => mapCase(s, (c) => c.toLowerCase())),
  str1('upper', (s) => mapCase(s, (c) => c.toUpperCase())),
  fn('replace', 3, replaceAll),
  str2('split', goSplit),
  fn('strings.split_n', 3, splitN),
  fn('sprintf', 2, sprintf),
  fn('substring', 3, substring),
  str2('trim', (s, cut) => trimRightSet(trimLeftSet(s, cut), cut)),
  str2('trim_left', trimLeftSet),
  str2('trim_right', trimRightSet),
  str2('trim_prefix', (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  str2('trim_suffix', (s, suffix) => (suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s)),
  str1('trim_space', (s) => trimRightSet(trimLeftSet(s, GO_SPACE), GO_SPACE)),
  fn('strings.replace_n', 2, replaceN),
  str1('strings.reverse', (s) => runes(s).reverse().join('')),
  fn('strings.count', 2, countOccurrences),
  fn('strings.any_prefix_match', 2, (args) => anyMatch(args, (s, p) => s.startsWith(p))),
  fn('strings.any_suffix_match', 2, (args) => anyMatch(args, (s, p) => s.endsWith(p))),
];
