/** Digests and HMACs of UTF-8 strings, hex-encoded, with node:crypto. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Value } from '../value.js';
import { fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

const digest = (name: string, algorithm: string): BuiltinDef =>
  fn(name, 1, (args) => createHash(algorithm).update(stringArg(args, 0), 'utf8').digest('hex'));

const hmac = (name: string, algorithm: string): BuiltinDef =>
  fn(name, 2, (args) => createHmac(algorithm, Buffer.from(stringArg(args, 1), 'utf8')).update(stringArg(args, 0), 'utf8').digest('hex'));

/** Constant-time comparison, so a policy comparing MACs does not leak timing. */
function hmacEqual(args: Value[]): boolean {
  const a = Buffer.from(stringArg(args, 0), 'utf8');
  const b = Buffer.from(stringArg(args, 1), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export const cryptoBuiltins: BuiltinDef[] = [
  digest('crypto.md5', 'md5'),
  digest('crypto.sha1', 'sha1'),
  digest('crypto.sha256', 'sha256'),
  hmac('crypto.hmac.md5', 'md5'),
  hmac('crypto.hmac.sha1', 'sha1'),
  hmac('crypto.hmac.sha256', 'sha256'),
  hmac('crypto.hmac.sha512', 'sha512'),
  fn('crypto.hmac.equal', 2, hmacEqual),
];
