/**
 * glob.match with the semantics of gobwas/glob, which OPA uses: `*` is any
 * run of non-delimiter characters, `**` any run at all, `?` one
 * non-delimiter character, `[abc]` `[a-z]` `[!abc]` one character from (or
 * not from) a list, `{a,b}` alternatives, `\` escapes. Delimiters: `null`
 * means none, `[]` means the default `["."]`.
 */
import { typeName, type Value } from '../value.js';
import { builtinError, cached, fn, operandError, operandTypeError, stringArg } from './args.js';
import type { BuiltinContext, BuiltinDef } from './types.js';

const META = new Set([...'*?\\[]{}']);

/** Escapes a code point for use inside a JS character class or as a literal (u flag). */
function regexLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? '\\' + ch : ch;
}

class GlobCompiler {
  private i = 0;
  private readonly chars: string[];
  private readonly anyChar: string;

  constructor(pattern: string, delimiters: string[]) {
    this.chars = [...pattern];
    this.anyChar = delimiters.length === 0 ? '[\\s\\S]' : `[^${delimiters.map(regexLiteral).join('')}]`;
  }

  compile(): RegExp {
    const source = this.sequence(false);
    try {
      return new RegExp(`^(?:${source})$`, 'u');
    } catch (e) {
      // e.g. a reversed range [z-a]
      throw builtinError(`invalid glob pattern: ${(e as Error).message}`);
    }
  }

  /** Parses until the end, or (inside braces) until an unnested `,` or `}`. */
  private sequence(inBraces: boolean): string {
    let out = '';
    while (this.i < this.chars.length) {
      const ch = this.chars[this.i]!;
      if (inBraces && (ch === ',' || ch === '}')) return out;
      this.i++;
      if (ch === '\\') out += this.escaped();
      else if (ch === '*') out += this.star();
      else if (ch === '?') out += this.anyChar;
      else if (ch === '[') out += this.charList();
      else if (ch === '{') out += this.alternatives();
      else out += regexLiteral(ch);
    }
    return out;
  }

  private escaped(): string {
    const next = this.chars[this.i++];
    if (next === undefined) throw builtinError('glob pattern ends with an escape character');
    return regexLiteral(next);
  }

  private star(): string {
    if (this.chars[this.i] !== '*') return `${this.anyChar}*`;
    this.i++;
    return '[\\s\\S]*';
  }

  /** gobwas reads `[` `!`? then either one `lo-hi` range or a list of characters, then `]`. */
  private charList(): string {
    let negate = false;
    if (this.chars[this.i] === '!') {
      negate = true;
      this.i++;
    }
    let body: string;
    if (this.chars[this.i + 1] === '-' && this.chars[this.i] !== undefined) {
      const lo = this.chars[this.i]!;
      const hi = this.chars[this.i + 2];
      if (hi === undefined) throw builtinError('unexpected end of input');
      body = `${regexLiteral(lo)}-${regexLiteral(hi)}`;
      this.i += 3;
    } else {
      body = '';
      while (this.i < this.chars.length && this.chars[this.i] !== ']') {
        let ch = this.chars[this.i++]!;
        if (ch === '\\' && this.i < this.chars.length) ch = this.chars[this.i++]!;
        body += regexLiteral(ch);
      }
      if (body === '') throw builtinError('glob pattern has an empty character list []');
    }
    const close = this.chars[this.i++];
    if (close === undefined) throw builtinError('unexpected end of input');
    if (close !== ']') throw builtinError('expected close range character');
    return `[${negate ? '^' : ''}${body}]`;
  }

  private alternatives(): string {
    const options: string[] = [];
    for (;;) {
      options.push(this.sequence(true));
      const ch = this.chars[this.i++];
      if (ch === undefined) throw builtinError('glob pattern has an unclosed alternatives list {');
      if (ch === '}') return `(?:${options.join('|')})`;
    }
  }
}

/** Operand 2: null → no delimiters, [] → ["."], else an array of single characters. */
function delimitersArg(args: Value[]): string[] {
  const v = args[1] as Value;
  if (v === null) return [];
  if (!Array.isArray(v)) throw operandTypeError(2, v, 'array', 'null');
  const out: string[] = [];
  for (const d of v) {
    if (typeof d !== 'string') throw operandError(2, `must be array of strings but got array containing ${typeName(d)}`);
    if ([...d].length !== 1) throw operandError(2, 'must be array of runes but got array containing string');
    out.push(d);
  }
  return out.length === 0 ? ['.'] : out;
}

function globMatch(args: Value[], ctx: BuiltinContext): boolean {
  const pattern = stringArg(args, 0);
  const delimiters = delimitersArg(args);
  const text = stringArg(args, 2);
  // Delimiters are single characters, so joining them cannot collide.
  const key = `glob:${delimiters.join('')}\u0000${pattern}`;
  const re = cached(ctx.cache, key, () => new GlobCompiler(pattern, delimiters).compile());
  return re.test(text);
}

function quoteMeta(args: Value[]): string {
  return [...stringArg(args, 0)].map((ch) => (META.has(ch) ? '\\' + ch : ch)).join('');
}

export const globBuiltins: BuiltinDef[] = [fn('glob.match', 3, globMatch), fn('glob.quote_meta', 1, quoteMeta)];
