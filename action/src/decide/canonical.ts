/**
 * Canonical JSON and its digest, for the decision record: two documents that
 * differ only in key order get the same input digest. The text is written
 * piece by piece into a sink, so the digest of a 3,000-file input is hashed
 * in chunks instead of building a key-sorted copy of the whole document and
 * one multi-megabyte string first (both would only be garbage afterwards).
 */
import { createHash } from 'node:crypto';

/** Text handed to the hash at a time. */
const CHUNK_CHARS = 64 * 1024;

/** JSON text with object keys sorted at every depth; undefined members are dropped as JSON.stringify does. */
export function canonicalJSON(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (text) => parts.push(text));
  return parts.join('');
}

/** sha256 (hex) of canonicalJSON(value), without holding the text. */
export function canonicalDigest(value: unknown): string {
  const hash = createHash('sha256');
  let pending = '';
  writeCanonical(value, (text) => {
    pending += text;
    if (pending.length >= CHUNK_CHARS) {
      hash.update(pending, 'utf8');
      pending = '';
    }
  });
  return hash.update(pending, 'utf8').digest('hex');
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
    for (const key of Object.keys(record).sort()) {
      if (!isJsonMember(record[key])) continue;
      write(first ? JSON.stringify(key) + ':' : ',' + JSON.stringify(key) + ':');
      first = false;
      writeCanonical(record[key], write);
    }
    write('}');
    return;
  }
  write(JSON.stringify(value) ?? 'null');
}

function isJsonMember(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
