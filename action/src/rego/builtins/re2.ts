/**
 * Translation of RE2 syntax (Go's regexp, which OPA uses) into an equivalent
 * JavaScript RegExp with the `u` flag. Constructs RE2 rejects (back-references,
 * look-around) are rejected here too, so regex.is_valid agrees with OPA;
 * constructs that differ in meaning are rewritten (`.` matches `\r`, `\s` is
 * ASCII, `\z`, `(?P<name>…)`, POSIX classes, `\Q…\E`). Remaining
 * differences are listed in docs/builtins.md.
 */

export class RegexSyntaxError extends Error {}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7f',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** RE2's \s is ASCII only and, unlike JS, excludes \v. */
const SPACE = '\\t\\n\\f\\r ';

/** Escapes JS accepts after `\` under the `u` flag as a literal character. */
const JS_SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(' '),
);

export interface TranslatedRegex {
  source: string;
  flags: string;
}

const literal = (ch: string): string => (JS_SYNTAX.has(ch) || ch === '-' ? '\\' + ch : ch);

function hexEscape(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

/** Turns an RE2 pattern into a JS source and flags, or throws RegexSyntaxError in RE2's words. */
export function translateRe2(pattern: string): TranslatedRegex {
  let flags = 'u';
  let rest = pattern;
  // Leading flag groups such as (?i) or (?is) apply to the whole pattern; JS has no inline form.
  for (let m = /^\(\?([imsU]+)\)/.exec(rest); m; m = /^\(\?([imsU]+)\)/.exec(rest)) {
    for (const f of m[1]!) {
      if (f === 'U') throw new RegexSyntaxError('ungreedy flag (?U) is not supported by this engine');
      if (!flags.includes(f)) flags += f;
    }
    rest = rest.slice(m[0].length);
  }
  return { source: new Translator(rest, flags.includes('s')).run(), flags };
}

class Translator {
  private i = 0;
  private out = '';
  private inClass = false;

  constructor(
    private readonly src: string,
    private readonly dotAll: boolean,
  ) {}

  run(): string {
    while (this.i < this.src.length) this.step();
    if (this.inClass) throw new RegexSyntaxError(`missing closing ]: \`${this.src}\``);
    return this.out;
  }

  private step(): void {
    const ch = this.src[this.i]!;
    if (ch === '\\') return this.escape();
    if (this.inClass) return this.classChar(ch);
    if (ch === '[') return this.openClass();
    if (ch === '(') return this.group();
    if (ch === '.') {
      // RE2's `.` excludes only \n; JS's also excludes \r, \u2028 and \u2029.
      this.out += this.dotAll ? '[\\s\\S]' : '[^\\n]';
      this.i++;
      return;
    }
    if (ch === '{' || ch === '}') return this.brace();
    if (ch === ']') {
      // A lone `]` is a literal in RE2 and an error under JS's `u` flag.
      this.out += '\\]';
      this.i++;
      return;
    }
    this.out += ch;
    this.i++;
  }

  /** `{n}`, `{n,}`, `{n,m}` repeat (at most 1000, as RE2); any other brace is a literal in RE2 but an error under JS's `u` flag. */
  private brace(): void {
    const repeat = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
    if (repeat) {
      if (Number(repeat[1]) > 1000 || Number(repeat[3] || 0) > 1000) throw new RegexSyntaxError(`invalid repeat count: \`${repeat[0]}\``);
      this.out += repeat[0];
      this.i += repeat[0].length;
      return;
    }
    this.out += '\\' + this.src[this.i];
    this.i++;
  }

  private openClass(): void {
    this.inClass = true;
    this.out += '[';
    this.i++;
    if (this.src[this.i] === '^') {
      this.out += '^';
      this.i++;
    }
    // A `]` first in a class is a literal in RE2.
    if (this.src[this.i] === ']') {
      this.out += '\\]';
      this.i++;
    }
  }

  private classChar(ch: string): void {
    if (ch === ']') {
      this.inClass = false;
      this.out += ']';
      this.i++;
      return;
    }
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.i));
    if (posix) {
      const range = POSIX_CLASSES[posix[2]!];
      if (!range) throw new RegexSyntaxError(`invalid character class range: \`${posix[0]}\``);
      if (posix[1]) throw new RegexSyntaxError(`negated POSIX class ${posix[0]} is not supported by this engine`);
      this.out += range;
      this.i += posix[0].length;
      return;
    }
    this.out += ch === '[' ? '\\[' : ch;
    this.i++;
  }

  private group(): void {
    const ahead = this.src.slice(this.i, this.i + 4);
    if (/^\(\?(=|!|<=|<!)/.test(ahead)) throw new RegexSyntaxError(`invalid or unsupported Perl syntax: \`${ahead.slice(0, 3)}\``);
    const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(this.src.slice(this.i));
    if (named) {
      this.out += `(?<${named[1]}>`;
      this.i += named[0].length;
      return;
    }
    if (ahead.startsWith('(?:')) {
      this.out += '(?:';
      this.i += 3;
      return;
    }
    if (ahead.startsWith('(?')) throw new RegexSyntaxError(`inline flags inside a pattern are not supported by this engine: \`${ahead}\``);
    this.out += '(';
    this.i++;
  }

  private escape(): void {
    const next = this.src[this.i + 1];
    if (next === undefined) throw new RegexSyntaxError('trailing backslash at end of expression: ``');
    this.i += 2;
    switch (next) {
      case 'z':
        if (this.inClass) throw new RegexSyntaxError('invalid escape sequence: `\\z`');
        this.out += '(?![\\s\\S])';
        return;
      case 'A':
        if (this.inClass) throw new RegexSyntaxError('invalid escape sequence: `\\A`');
        this.out += '(?<![\\s\\S])';
        return;
      case 's':
        this.out += this.inClass ? SPACE : `[${SPACE}]`;
        return;
      case 'S':
        if (this.inClass) throw new RegexSyntaxError('\\S inside a character class is not supported by this engine');
        this.out += `[^${SPACE}]`;
        return;
      case 'Q':
        return this.quoted();
      case 'x':
        return this.hex();
      case 'p':
      case 'P':
        return this.unicodeClass(next);
      case 'C':
        throw new RegexSyntaxError('invalid escape sequence: `\\C`');
    }
    if ('dDwWbBtnrfv'.includes(next)) {
      if (this.inClass && (next === 'b' || next === 'B')) throw new RegexSyntaxError(`invalid escape sequence: \`\\${next}\``);
      this.out += '\\' + next;
      return;
    }
    if (next === 'a') {
      this.out += '\\x07';
      return;
    }
    if (next === '0' || /[0-7]/.test(next)) return this.octal(next);
    if (/[!-/:-@[-`{-~]/.test(next)) {
      // RE2 lets any punctuation be escaped; the `u` flag accepts only some escapes, and `\-` only in a class.
      this.out += JS_SYNTAX.has(next) || (next === '-' && this.inClass) ? '\\' + next : next;
      return;
    }
    throw new RegexSyntaxError(`invalid escape sequence: \`\\${next}\``);
  }

  /** RE2: \0 and \1…\7 followed by another octal digit start an octal escape (three digits at most); a lone \1…\7 would be a back-reference, which is an error. */
  private octal(first: string): void {
    if (first !== '0' && !/^[0-7]/.test(this.src.slice(this.i))) throw new RegexSyntaxError(`invalid escape sequence: \`\\${first}\``);
    const digits = /^[0-7]{0,2}/.exec(this.src.slice(this.i))![0];
    this.i += digits.length;
    this.out += hexEscape(parseInt(first + digits, 8));
  }

  private hex(): void {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i));
    const plain = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
    const m = braced ?? plain;
    if (!m) throw new RegexSyntaxError('invalid escape sequence: `\\x`');
    const code = parseInt(braced ? braced[1]! : plain![0], 16);
    if (code > 0x10ffff) throw new RegexSyntaxError(`invalid escape sequence: \`\\x${m[0]}\``);
    this.i += m[0].length;
    this.out += hexEscape(code);
  }

  private unicodeClass(kind: 'p' | 'P'): void {
    const m = /^(?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(this.src.slice(this.i));
    if (!m) throw new RegexSyntaxError(`invalid character class range: \`\\${kind}\``);
    this.i += m[0].length;
    const negate = (kind === 'P') !== (m[1] === '^');
    const name = m[2] ?? m[3]!;
    const property = GENERAL_CATEGORIES.has(name) ? name : name === 'Any' ? 'Any' : `Script=${name}`;
    this.out += `\\${negate ? 'P' : 'p'}{${property}}`;
  }

  private quoted(): void {
    const end = this.src.indexOf('\\E', this.i);
    const text = end < 0 ? this.src.slice(this.i) : this.src.slice(this.i, end);
    this.i = end < 0 ? this.src.length : end + 2;
    this.out += [...text].map(literal).join('');
  }
}
