/**
 * Text forms of Rego values: OPA's term syntax (`{"a": 1}`, `{1, 2}`,
 * `set()`), and Go's fmt.Sprintf as OPA's `sprintf` applies it. OPA hands Go
 * an int, a *big.Int or a float64 for a number, the raw text for a string,
 * and the term syntax (as a string) for everything else — so
 * `sprintf("%d", ["5"])` is `%!d(string=5)` and `sprintf("%.2f", [5])` is
 * `%!f(int=5)`, exactly as in OPA.
 */
import { ObjectValue, SetValue, type Value } from '../value.js';

/** OPA's term syntax for a value, with sets and object keys in canonical order. */
export function regoString(v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(regoString).join(', ') + ']';
  if (v instanceof SetValue) return v.size === 0 ? 'set()' : '{' + v.sorted().map(regoString).join(', ') + '}';
  return '{' + (v as ObjectValue).sortedEntries().map(([k, val]) => `${regoString(k)}: ${regoString(val)}`).join(', ') + '}';
}

/** The Go operand OPA passes to fmt.Sprintf for one Rego value. */
type GoArg = { kind: 'int'; value: bigint; big: boolean } | { kind: 'float'; value: number } | { kind: 'string'; value: string };

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

function toGoArg(v: Value): GoArg {
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'number') {
    // Doubles cannot tell 1e30 from 1000000000000000000000000000000; up to 1e21 treat integers as integers.
    if (Number.isInteger(v) && Math.abs(v) < 1e21) {
      const value = BigInt(v);
      return { kind: 'int', value, big: value > INT64_MAX || value < INT64_MIN };
    }
    return { kind: 'float', value: v };
  }
  return { kind: 'string', value: regoString(v) };
}

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  sharp: boolean;
  width?: number;
  precision?: number;
  verb: string;
}

const MAX_WIDTH = 1_000_000;

/** Flags, width, precision and the verb: any character, so that Go's `%!` style errors come out for odd verbs too. */
const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d*))?([\s\S])/y;

/** Go's fmt.Sprintf over Rego operands, for the verbs and flags policies use. */
export function goSprintf(format: string, values: Value[]): string {
  const args = values.map(toGoArg);
  let out = '';
  let next = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    SPEC.lastIndex = pct;
    const m = SPEC.exec(format);
    if (!m) {
      // A lone % (with flags) at the very end.
      out += '%!(NOVERB)';
      break;
    }
    i = SPEC.lastIndex;
    const flags = m[1] ?? '';
    const spec: Spec = {
      minus: flags.includes('-'),
      plus: flags.includes('+'),
      space: flags.includes(' '),
      zero: flags.includes('0'),
      sharp: flags.includes('#'),
      width: m[2] === undefined ? undefined : Number(m[2]),
      precision: m[3] === undefined ? undefined : Number(m[3] || '0'),
      verb: m[4]!,
    };
    if (spec.verb === '%') {
      out += '%';
      continue;
    }
    // Go refuses widths and precisions above 1e6 rather than allocating them.
    if ((spec.width ?? 0) > MAX_WIDTH || (spec.precision ?? 0) > MAX_WIDTH) {
      out += (spec.width ?? 0) > MAX_WIDTH ? '%!(BADWIDTH)' : '%!(BADPREC)';
      next++;
      continue;
    }
    const arg = args[next++];
    out += arg === undefined ? `%!${spec.verb}(MISSING)` : formatOne(spec, arg);
  }
  if (next < args.length) out += '%!(EXTRA ' + args.slice(next).map((a) => `${goTypeName(a)}=${plainText(a)}`).join(', ') + ')';
  return out;
}

function goTypeName(a: GoArg): string {
  if (a.kind === 'int') return a.big ? '*big.Int' : 'int';
  return a.kind === 'float' ? 'float64' : 'string';
}

function plainText(a: GoArg): string {
  if (a.kind === 'float') return formatFloatG(a.value, undefined);
  return a.kind === 'int' ? a.value.toString() : a.value;
}

function badVerb(spec: Spec, a: GoArg): string {
  return `%!${spec.verb}(${goTypeName(a)}=${plainText(a)})`;
}

function formatOne(spec: Spec, a: GoArg): string {
  switch (a.kind) {
    case 'int':
      return formatInt(spec, a);
    case 'float':
      return formatFloat(spec, a);
    case 'string':
      return formatString(spec, a);
  }
}

/** Width padding as Go applies it: spaces left (or right with `-`), zeros after the sign with `0`. */
function pad(spec: Spec, body: string, zeroPaddable: boolean): string {
  const width = spec.width ?? 0;
  const length = [...body].length;
  if (length >= width) return body;
  const fill = width - length;
  if (spec.minus) return body + ' '.repeat(fill);
  if (spec.zero && zeroPaddable) {
    const sign = /^[+\- ]/.test(body) ? body[0]! : '';
    return sign + '0'.repeat(fill) + body.slice(sign.length);
  }
  return ' '.repeat(fill) + body;
}

function signed(spec: Spec, negative: boolean, digits: string): string {
  if (negative) return '-' + digits;
  if (spec.plus) return '+' + digits;
  return spec.space ? ' ' + digits : digits;
}

const INT_BASES: Record<string, { base: number; prefix: string }> = {
  d: { base: 10, prefix: '' },
  v: { base: 10, prefix: '' },
  b: { base: 2, prefix: '0b' },
  o: { base: 8, prefix: '0' },
  O: { base: 8, prefix: '0o' },
  x: { base: 16, prefix: '0x' },
  X: { base: 16, prefix: '0X' },
};

/** Go prints U+FFFD for an integer that is not a Unicode code point. */
function runeOf(n: bigint): string {
  const valid = n >= 0n && n <= 0x10ffffn && !(n >= 0xd800n && n <= 0xdfffn);
  return valid ? String.fromCodePoint(Number(n)) : '\ufffd';
}

function formatInt(spec: Spec, a: { value: bigint; big: boolean }): string {
  const abs = a.value < 0n ? -a.value : a.value;
  if (spec.verb === 's' && a.big) return pad(spec, a.value.toString(), false);
  if (spec.verb === 'c' && !a.big) return pad(spec, runeOf(a.value), false);
  if (spec.verb === 'q' && !a.big) return pad(spec, goQuote(runeOf(a.value), "'"), false);
  const base = INT_BASES[spec.verb];
  if (!base) return badVerb(spec, { kind: 'int', ...a });
  let digits = abs.toString(base.base);
  if (spec.verb === 'X') digits = digits.toUpperCase();
  if (spec.precision !== undefined) digits = digits.padStart(spec.precision, '0');
  if (spec.verb === 'O' || (spec.sharp && base.prefix && spec.verb !== 'd' && spec.verb !== 'v')) digits = base.prefix + digits;
  return pad(spec, signed(spec, a.value < 0n, digits), spec.precision === undefined);
}

function formatFloat(spec: Spec, a: { value: number }): string {
  const n = a.value;
  const abs = Math.abs(n);
  let digits: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
      digits = formatFloatG(abs, spec.precision);
      break;
    case 'G':
      digits = formatFloatG(abs, spec.precision).toUpperCase();
      break;
    case 'e':
      digits = formatFloatE(abs, spec.precision ?? 6);
      break;
    case 'E':
      digits = formatFloatE(abs, spec.precision ?? 6).toUpperCase();
      break;
    case 'f':
    case 'F':
      digits = formatFloatF(abs, spec.precision ?? 6);
      break;
    default:
      return badVerb(spec, { kind: 'float', value: n });
  }
  return pad(spec, signed(spec, n < 0 || Object.is(n, -0), digits), true);
}

/** Go's %e: d.ddde±dd with `precision` digits after the point, rounded half to even. */
function formatFloatE(abs: number, precision: number): string {
  const { digits, exponent } = significantDigits(abs, precision + 1);
  const mantissa = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mantissa}e${exponentText(exponent)}`;
}

/** Go writes at least two exponent digits: e+06, e-07. */
function exponentText(exponent: number): string {
  return (exponent < 0 ? '-' : '+') + String(Math.abs(exponent)).padStart(2, '0');
}

/**
 * The first `count` significant digits of a double, rounded half to even from
 * its exact value, and the decimal exponent of the first one. With `count`
 * undefined, the shortest digits that read back as the same double (JS and Go
 * agree on those).
 */
function significantDigits(abs: number, count: number | undefined): { digits: string; exponent: number } {
  if (abs === 0) return { digits: '0'.repeat(count ?? 1), exponent: 0 };
  if (count === undefined) {
    const [mantissa, exp] = abs.toExponential().split('e') as [string, string];
    return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
  }
  const exact = exactDecimal(abs);
  const text = exact.digits.toString();
  const exponent = text.length - 1 - exact.scale;
  if (text.length <= count) return { digits: text.padEnd(count, '0'), exponent };
  const kept = BigInt(text.slice(0, count));
  const rest = text.slice(count);
  const half = '5'.padEnd(rest.length, '0');
  const rounded = rest > half || (rest === half && kept % 2n === 1n) ? kept + 1n : kept;
  const roundedText = rounded.toString();
  // 999… rounding up gains a digit: drop it and move the exponent.
  return roundedText.length > count ? { digits: roundedText.slice(0, count), exponent: exponent + 1 } : { digits: roundedText, exponent };
}

/** A finite non-negative double as exactly digits / 10^scale (every double is a finite decimal). */
function exactDecimal(abs: number): { digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = biased === 0 ? -1074 : biased - 1075;
  if (exponent >= 0) return { digits: mantissa << BigInt(exponent), scale: 0 };
  return { digits: mantissa * 5n ** BigInt(-exponent), scale: -exponent };
}

/** Go's %f: the exact decimal value rounded half to even at `precision` places. */
function formatFloatF(abs: number, precision: number): string {
  const { digits, scale } = exactDecimal(abs);
  let scaled: bigint;
  if (precision >= scale) {
    scaled = digits * 10n ** BigInt(precision - scale);
  } else {
    const divisor = 10n ** BigInt(scale - precision);
    const quotient = digits / divisor;
    const twiceRemainder = (digits % divisor) * 2n;
    const roundUp = twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n);
    scaled = roundUp ? quotient + 1n : quotient;
  }
  const text = scaled.toString().padStart(precision + 1, '0');
  return precision === 0 ? text : `${text.slice(0, -precision)}.${text.slice(-precision)}`;
}

/**
 * Go's %g / %v: the shortest digits that round-trip (or `precision`
 * significant digits), in exponent form when the exponent is < -4 or
 * >= the precision (6 for the shortest form), trailing zeros removed.
 */
function formatFloatG(abs: number, precision: number | undefined): string {
  if (abs === 0) return '0';
  const significant = precision === 0 ? 1 : precision;
  const { digits, exponent } = significantDigits(abs, significant);
  const trimmed = digits.replace(/0+$/, '') || '0';
  if (exponent < -4 || exponent >= (significant ?? 6)) {
    const mantissa = trimmed.length > 1 ? `${trimmed[0]}.${trimmed.slice(1)}` : trimmed;
    return `${mantissa}e${exponentText(exponent)}`;
  }
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${trimmed}`;
  const whole = trimmed.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = trimmed.slice(exponent + 1);
  return fraction ? `${whole}.${fraction}` : whole;
}

function formatString(spec: Spec, a: { value: string }): string {
  let text = a.value;
  switch (spec.verb) {
    case 's':
    case 'v':
      if (spec.precision !== undefined) text = [...text].slice(0, spec.precision).join('');
      return pad(spec, text, false);
    case 'q':
      return pad(spec, goQuote(text, '"'), false);
    case 'x':
    case 'X': {
      const hex = Buffer.from(text, 'utf8').toString('hex');
      return pad(spec, spec.verb === 'X' ? hex.toUpperCase() : hex, false);
    }
    default:
      return badVerb(spec, { kind: 'string', value: text });
  }
}

const GO_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
};

/** strconv.Quote: printable characters as they are, the rest escaped as Go does. */
function goQuote(text: string, quote: '"' | "'"): string {
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === quote) out += '\\' + ch;
    else if (GO_ESCAPES[ch]) out += GO_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (!isPrintable(ch)) out += code > 0xffff ? '\\U' + code.toString(16).padStart(8, '0') : '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}
