/**
 * Canonical JSON and its digest, for the decision record: two documents that
 * differ only in key order get the same input digest. The text is written
 * piece by piece into a sink, so the digest of a 3,000-file input is hashed
 * in chunks instead of building a key-sorted copy of the whole document and
 * one multi-megabyte string first (both would only be garbage afterwards).
 */
import { createHash } from 'node:crypto';

/** Pieces of text joined and handed to the hash at a time. */
const CHUNK_PIECES = 8192;
/** Characters that JSON.stringify escapes in a string (lone surrogates included). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON text with object keys sorted at every depth; undefined members are dropped as JSON.stringify does. */
export function canonicalJSON(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (text) => parts.push(text));
  return parts.join('');
}

/** sha256 (hex) of canonicalJSON(value), without holding the text. */
export function canonicalDigest(value: unknown): string {
  const hash = createHash('sha256');
  const pieces: string[] = [];
  writeCanonical(value, (text) => {
    if (pieces.push(text) < CHUNK_PIECES) return;
    hash.update(pieces.join(''), 'utf8');
    pieces.length = 0;
  });
  return hash.update(pieces.join(''), 'utf8').digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON.stringify's rules for what JSON cannot hold: in an array undefined,
 * functions and symbols become null; in an object such members are dropped;
 * non-finite numbers are null.
 */
function writeCanonical(value: unknown, write: (text: string) => void): void {
  if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',');
      if (isJsonMember(value[i])) writeCanonical(value[i], write);
      else write('null');
    }
    write(']');
    return;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    write('{');
    let first = true;
    for (const key of sortedKeys(record)) {
      if (!isJsonMember(record[key])) continue;
      if (!first) write(',');
      first = false;
      writeString(key, write);
      write(':');
      writeCanonical(record[key], write);
    }
    write('}');
    return;
  }
  if (typeof value === 'string') writeString(value, write);
  else write(JSON.stringify(value) ?? 'null');
}

/** Insertion sort below this many keys: Array#sort allocates a work array per call, which at 40,000 small objects was most of the digest's garbage. */
const INSERTION_SORT_MAX = 32;

/** Object.keys in code-unit order, as Array#sort orders strings. */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

/** A string as JSON.stringify writes it; most need no escaping and are passed on as they are, not copied. */
function writeString(text: string, write: (text: string) => void): void {
  if (NEEDS_ESCAPE.test(text)) {
    write(JSON.stringify(text));
    return;
  }
  write('"');
  write(text);
  write('"');
}

function isJsonMember(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
