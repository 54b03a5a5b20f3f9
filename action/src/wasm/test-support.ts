/**
 * Test support (imported by *.test.ts only): builds real .tar.gz bundles
 * byte by byte — so tests can also build hostile ones (traversal, links,
 * duplicates) that a tar tool would refuse to write — and signs bundles the
 * way `opa sign` does.
 */
import { createHmac, sign, type KeyObject } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileHash, SIGNATURES_FILE, type SignatureAlgorithm } from './signatures.js';

export interface TarEntry {
  path: string;
  content?: string | Uint8Array;
  /** ustar type flag: '0' file (default), '2' symlink, '5' directory. */
  type?: '0' | '2' | '5';
  linkTarget?: string;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(entry: TarEntry, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(entry.path, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(0, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(entry.type ?? '0', 156, 'ascii');
  if (entry.linkTarget) block.write(entry.linkTarget, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let checksum = 0;
  for (const byte of block) checksum += byte;
  block.write(octal(checksum, 7) + ' ', 148, 'ascii');
  return block;
}

/** A gzipped ustar archive of `entries`, in order. */
export function tarGz(entries: TarEntry[]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = entry.type === undefined || entry.type === '0' ? Buffer.from(entry.content ?? '') : Buffer.alloc(0);
    blocks.push(header(entry, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return new Uint8Array(gzipSync(Buffer.concat(blocks)));
}

export function filesOf(tree: Record<string, string | Uint8Array>): Map<string, Uint8Array> {
  return new Map(Object.entries(tree).map(([p, c]) => [p, typeof c === 'string' ? new Uint8Array(Buffer.from(c)) : c]));
}

export function entriesOf(tree: Record<string, string | Uint8Array>): TarEntry[] {
  return Object.entries(tree).map(([path, content]) => ({ path, content }));
}

export async function tempDir(prefix = 'paved-wasm-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeTree(root: string, tree: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

export interface SigningKey {
  alg: SignatureAlgorithm;
  /** Private KeyObject (RS256/ES256) or the shared secret (HS256). */
  key: KeyObject | string;
  kid?: string;
}

/** A compact JWT over `payload`, signed as JWS specifies (ES256 as raw r||s). */
export function signJwt(payload: unknown, signer: SigningKey): string {
  const headerPart = Buffer.from(JSON.stringify({ alg: signer.alg, ...(signer.kid ? { kid: signer.kid } : {}) })).toString('base64url');
  const payloadPart = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const input = Buffer.from(`${headerPart}.${payloadPart}`);
  let signature: Buffer;
  if (signer.alg === 'HS256') signature = createHmac('sha256', signer.key as string).update(input).digest();
  else if (signer.alg === 'ES256') signature = sign('sha256', input, { key: signer.key as KeyObject, dsaEncoding: 'ieee-p1363' });
  else signature = sign('sha256', input, signer.key as KeyObject);
  return `${headerPart}.${payloadPart}.${signature.toString('base64url')}`;
}

/** The `.signatures.json` text `opa sign` would write for these files (SHA-256, canonical JSON for structured files). */
export function signaturesFor(tree: Record<string, string | Uint8Array>, signer: SigningKey, claims: Record<string, unknown> = {}): string {
  const files = [...filesOf(tree)].map(([name, bytes]) => ({ name, hash: fileHash(name, bytes, 'SHA-256'), algorithm: 'SHA-256' }));
  return JSON.stringify({ signatures: [signJwt({ files, ...claims }, signer)] });
}

export { SIGNATURES_FILE };
