/**
 * Regular-expression built-ins with RE2 syntax (see re2.ts for the
 * translation to JS). Match enumeration follows Go's regexp: successive
 * non-overlapping matches, ignoring an empty match that abuts the previous one.
 */
import type { Value } from '../value.js';
import { builtinError, cached, fn, integerArg, stringArg } from './args.js';
import { RegexSyntaxError, translateRe2 } from './re2.js';
import type { BuiltinContext, BuiltinDef } from './types.js';

/** Compiles once per query; a bad pattern is an eval_builtin_error as in OPA. */
function compileRegex(pattern: string, ctx: BuiltinContext): RegExp {
  const compiled = cached(ctx.cache, 'regex:' + pattern, () => {
    try {
      const { source, flags } = translateRe2(pattern);
      return new RegExp(source, flags + 'g');
    } catch (e) {
      return e instanceof RegexSyntaxError ? e : new RegexSyntaxError((e as Error).message);
    }
  });
  if (compiled instanceof Error) throw builtinError(`error parsing regexp: ${compiled.message}`);
  return compiled;
}

/** Every match as Go's FindAll(…, n) delivers them (n < 0: all). */
function findAll(re: RegExp, text: string, n: number): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while ((n < 0 || matches.length < n) && pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === m.index) {
      // Go ignores an empty match right after the previous match, then moves on one code point.
      if (m.index === prevEnd) accept = false;
      pos = m.index + (m.index < text.length ? String.fromCodePoint(text.codePointAt(m.index)!).length : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) matches.push(m);
  }
  return matches;
}

function matchArgs(args: Value[], ctx: BuiltinContext): [RegExp, string] {
  return [compileRegex(stringArg(args, 0), ctx), stringArg(args, 1)];
}

function matches(args: Value[], ctx: BuiltinContext): boolean {
  const [re, text] = matchArgs(args, ctx);
  re.lastIndex = 0;
  return re.test(text);
}

function isValid([pattern]: Value[], ctx: BuiltinContext): boolean {
  if (typeof pattern !== 'string') return false;
  try {
    compileRegex(pattern, ctx);
    return true;
  } catch {
    return false;
  }
}

/** Go's Regexp.Split(s, -1). */
function split(args: Value[], ctx: BuiltinContext): string[] {
  const [re, text] = matchArgs(args, ctx);
  if (args[0] !== '' && text === '') return [''];
  const parts: string[] = [];
  let begin = 0;
  let end = 0;
  for (const m of findAll(re, text, -1)) {
    end = m.index;
    if (m.index + m[0].length !== 0) parts.push(text.slice(begin, end));
    begin = m.index + m[0].length;
  }
  if (end !== text.length) parts.push(text.slice(begin));
  return parts;
}

function findN(args: Value[], ctx: BuiltinContext): string[] {
  const [re, text] = matchArgs(args, ctx);
  return findAll(re, text, integerArg(args, 2)).map((m) => m[0]);
}

function findAllSubmatch(args: Value[], ctx: BuiltinContext): string[][] {
  const [re, text] = matchArgs(args, ctx);
  return findAll(re, text, integerArg(args, 2)).map((m) => [...m].map((g) => g ?? ''));
}

/**
 * Go's Regexp.Expand template: `$1`, `${1}`, `$name`, `${name}`, `$$`. A name is
 * the longest run of letters, digits and `_`, so `$1x` names group "1x" (empty).
 */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (whole, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = (braced ?? bare)!;
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}

/** regex.replace(s, pattern, value): Go's ReplaceAllString. */
function replace(args: Value[], ctx: BuiltinContext): string {
  const text = stringArg(args, 0);
  const re = compileRegex(stringArg(args, 1), ctx);
  const template = stringArg(args, 2);
  let out = '';
  let last = 0;
  for (const m of findAll(re, text, -1)) {
    out += text.slice(last, m.index) + expand(template, m);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** Spans [start, end) of the top-level delimited sections of a template; nested delimiters stay inside. */
function delimitedSpans(template: string, open: string, close: string): [number, number][] {
  const spans: [number, number][] = [];
  let level = 0;
  let start = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === open && ++level === 1) start = i;
    else if (template[i] === close && --level === 0) spans.push([start, i + 1]);
    if (level < 0) break;
  }
  if (level !== 0) throw builtinError(`unbalanced braces in ${JSON.stringify(template)}`);
  return spans;
}

const quoteMeta = (text: string): string => text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

/** regex.template_match: literal text with regular expressions between the delimiters, matched whole. */
function templateMatch(args: Value[], ctx: BuiltinContext): boolean {
  const template = stringArg(args, 0);
  const text = stringArg(args, 1);
  const open = stringArg(args, 2);
  const close = stringArg(args, 3);
  if (open.length !== 1) throw builtinError(`start delimiter has to be exactly one character long but is ${open.length} long`);
  if (close.length !== 1) throw builtinError(`end delimiter has to be exactly one character long but is ${close.length} long`);
  let pattern = '^';
  let end = 0;
  for (const [from, to] of delimitedSpans(template, open, close)) {
    const inner = template.slice(from + 1, to - 1);
    compileRegex(`^${inner}$`, ctx); // each section must be a valid expression on its own
    pattern += `${quoteMeta(template.slice(end, from))}(${inner})`;
    end = to;
  }
  const re = compileRegex(`${pattern}${quoteMeta(template.slice(end))}$`, ctx);
  re.lastIndex = 0;
  return re.test(text);
}

export const regexBuiltins: BuiltinDef[] = [
  fn('regex.match', 2, matches),
  fn('regex.is_valid', 1, isValid),
  fn('regex.split', 2, split),
  fn('regex.find_n', 3, findN),
  fn('regex.find_all_string_submatch_n', 3, findAllSubmatch),
  fn('regex.replace', 3, replace),
  fn('regex.template_match', 4, templateMatch),
];
