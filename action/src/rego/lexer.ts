/**
 * Rego lexer. Produces a flat token list; newlines are not tokens but every
 * token records whether a line break preceded it, because Rego separates body
 * literals by newlines outside brackets and the parser needs to know.
 */
import { RegoError } from './errors.js';

export type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier name, punctuation text, decoded string, or number source text. */
  text: string;
  row: number;
  col: number;
  /** A line break (or the start of input) came between the previous token and this one. */
  nl: boolean;
  /** The string was a raw (backtick) string. */
  raw?: boolean;
}

export interface Comment {
  text: string;
  row: number;
  col: number;
}

export interface LexResult {
  tokens: Token[];
  comments: Comment[];
}

const PUNCT2 = new Set([':=', '==', '!=', '<=', '>=']);
const PUNCT1 = new Set(['{', '}', '[', ']', '(', ')', '.', ',', ';', ':', '=', '<', '>', '+', '-', '*', '/', '%', '&', '|']);

export function lex(source: string, file: string): LexResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  let i = 0;
  let row = 1;
  let lineStart = 0;
  let nl = true;
  const fail = (msg: string, r = row, c = i - lineStart + 1): never => {
    throw new RegoError('rego_parse_error', msg, { file, row: r, col: c });
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\n') {
      i++;
      row++;
      lineStart = i;
      nl = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (ch === '#') {
      let j = i;
      while (j < source.length && source[j] !== '\n') j++;
      comments.push({ text: source.slice(i + 1, j), row, col });
      i = j;
      continue;
    }
    const push = (kind: TokenKind, text: string, raw?: boolean): void => {
      tokens.push({ kind, text, row, col, nl, ...(raw ? { raw } : {}) });
      nl = false;
    };
    if (isIdentStart(ch)) {
      let j = i + 1;
      while (j < source.length && isIdentPart(source[j]!)) j++;
      push('ident', source.slice(i, j));
      i = j;
      continue;
    }
    if (isDigit(ch)) {
      const j = scanNumber(source, i);
      if (j < 0) fail('invalid number');
      push('number', source.slice(i, j));
      i = j;
      continue;
    }
    if (ch === '"') {
      const [text, end] = scanString(source, i, () => fail('non-terminated string'));
      push('string', text);
      i = end;
      continue;
    }
    if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end < 0) fail('non-terminated raw string');
      const text = source.slice(i + 1, end);
      push('string', text, true);
      for (let k = i; k < end; k++) {
        if (source[k] === '\n') {
          row++;
          lineStart = k + 1;
        }
      }
      i = end + 1;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (PUNCT2.has(two)) {
      push('punct', two);
      i += 2;
      continue;
    }
    if (PUNCT1.has(ch)) {
      push('punct', ch);
      i++;
      continue;
    }
    fail(`illegal token ${JSON.stringify(ch)}`);
  }
  tokens.push({ kind: 'eof', text: '', row, col: i - lineStart + 1, nl: true });
  return { tokens, comments };
}

function isIdentStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
}

function isIdentPart(ch: string): boolean {
  return isIdentStart(ch) || isDigit(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** End index of a JSON-style number starting at i, or -1. */
function scanNumber(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s[j]!)) j++;
  if (s[j] === '.' && isDigit(s[j + 1] ?? '')) {
    j++;
    while (j < s.length && isDigit(s[j]!)) j++;
  }
  if (s[j] === 'e' || s[j] === 'E') {
    let k = j + 1;
    if (s[k] === '+' || s[k] === '-') k++;
    if (!isDigit(s[k] ?? '')) return -1;
    while (k < s.length && isDigit(s[k]!)) k++;
    j = k;
  }
  if (j < s.length && isIdentStart(s[j]!)) return -1;
  return j;
}

/** Decodes a double-quoted string with JSON escapes; returns [text, end index]. */
function scanString(s: string, i: number, fail: () => never): [string, number] {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') {
    if (s[j] === '\n') fail();
    if (s[j] === '\\') j++;
    j++;
  }
  if (j >= s.length) fail();
  try {
    return [JSON.parse(s.slice(i, j + 1)) as string, j + 1];
  } catch {
    throw new RegoError('rego_parse_error', `invalid string escape in ${s.slice(i, j + 1)}`);
  }
}
