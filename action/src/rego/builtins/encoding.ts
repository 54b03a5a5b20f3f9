/**
 * Encoding built-ins: base64.*, base64url.*, hex.*, urlquery.*. Decoders are
 * as strict as Go's (padding, alphabet), where Node's Buffer would silently
 * skip bad characters.
 */
import { ObjectValue, SetValue, toJSON, type Value } from '../value.js';
import { builtinError, fn, objectArg, operandError, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

const STD = /^[A-Za-z0-9+/]*$/;
const URL = /^[A-Za-z0-9_-]*$/;

/** Go's base64 decoding: the alphabet, then `=` padding to a multiple of 4 (or none, for the raw encodings). */
function decodeBase64(text: string, alphabet: RegExp, padded: boolean): string {
  const clean = text.replace(/[\r\n]/g, ''); // Go skips newlines
  const body = clean.replace(/={1,2}$/, '');
  const badAt = [...body].findIndex((ch) => !alphabet.test(ch));
  if (badAt >= 0) throw builtinError(`illegal base64 data at input byte ${badAt}`);
  const paddingOk = padded ? clean.length % 4 === 0 : body === clean && body.length % 4 !== 1;
  if (!paddingOk || body.length % 4 === 1) throw builtinError(`illegal base64 data at input byte ${body.length}`);
  return Buffer.from(body, alphabet === STD ? 'base64' : 'base64url').toString('utf8');
}

function isValidBase64(v: Value): boolean {
  if (typeof v !== 'string') return false;
  try {
    decodeBase64(v, STD, true);
    return true;
  } catch {
    return false;
  }
}

/** base64url.decode accepts unpadded input, padding it as RFC 7515 appendix C says (as OPA does). */
function decodeBase64Url(text: string): string {
  if (!text.endsWith('=') && text.length % 4 === 1) throw builtinError(`illegal base64url string: ${text}`);
  const padded = text.endsWith('=') ? text : text + '='.repeat((4 - (text.length % 4)) % 4);
  return decodeBase64(padded, URL, true);
}

function decodeHex(text: string): string {
  const bad = [...text].find((ch) => !/[0-9a-fA-F]/.test(ch));
  if (bad !== undefined) {
    throw builtinError(`encoding/hex: invalid byte: U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(bad).replace(/^"|"$/g, "'")}`);
  }
  if (text.length % 2 !== 0) throw builtinError('encoding/hex: odd length hex string');
  return Buffer.from(text, 'hex').toString('utf8');
}

/** Go's url.QueryEscape: unreserved characters kept, space as `+`, the rest %XX. */
function queryEscape(text: string): string {
  let out = '';
  for (const byte of utf8(text)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's url.QueryUnescape: `+` is a space; a bad escape is an error. */
function queryUnescape(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw builtinError(`invalid URL escape ${JSON.stringify(text.slice(i, i + 3))}`);
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      bytes.push(...utf8(ch === '+' ? ' ' : String.fromCodePoint(text.codePointAt(i)!)));
      i += String.fromCodePoint(text.codePointAt(i)!).length;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * urlquery.encode_object: values are strings, or arrays/sets of strings; a
 * non-string key is written as its JSON text; keys sorted as Go's Values.Encode.
 */
function encodeObject(args: Value[]): string {
  const entries = [...objectArg(args, 0)].map(([k, v]) => [typeof k === 'string' ? k : JSON.stringify(toJSON(k)), v] as const);
  entries.sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const pairs: string[] = [];
  for (const [key, value] of entries) {
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : value instanceof SetValue ? value.sorted() : null;
    if (values === null || values.some((v) => typeof v !== 'string')) {
      throw operandError(1, 'values must be string, array[string], or set[string]');
    }
    for (const v of values) pairs.push(`${queryEscape(key)}=${queryEscape(v as string)}`);
  }
  return pairs.join('&');
}

/** urlquery.decode_object: Go's url.ParseQuery, every key mapping to an array of values. */
function decodeObject(args: Value[]): ObjectValue {
  const grouped = new Map<string, string[]>();
  for (const part of stringArg(args, 0).split('&')) {
    if (part === '') continue;
    if (part.includes(';')) throw builtinError('invalid semicolon separator in query');
    const eq = part.indexOf('=');
    const key = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : queryUnescape(part.slice(eq + 1));
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return new ObjectValue([...grouped]);
}

const str1 = (name: string, f: (s: string) => Value): BuiltinDef => fn(name, 1, (args) => f(stringArg(args, 0)));

export const encodingBuiltins: BuiltinDef[] = [
  str1('base64.encode', (s) => utf8(s).toString('base64')),
  str1('base64.decode', (s) => decodeBase64(s, STD, true)),
  fn('base64.is_valid', 1, ([v]) => isValidBase64(v as Value)),
  str1('base64url.encode', (s) => utf8(s).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')),
  str1('base64url.encode_no_pad', (s) => utf8(s).toString('base64url')),
  str1('base64url.decode', decodeBase64Url),
  str1('hex.encode', (s) => utf8(s).toString('hex')),
  str1('hex.decode', decodeHex),
  str1('urlquery.encode', queryEscape),
  str1('urlquery.decode', queryUnescape),
  fn('urlquery.encode_object', 1, encodeObject),
  fn('urlquery.decode_object', 1, decodeObject),
];
