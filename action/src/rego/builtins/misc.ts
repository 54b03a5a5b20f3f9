/**
 * uuid.rfc4122 and rand.intn: random, but stable within one query (the same
 * operands give the same answer, as OPA caches them per query); uuid.parse
 * (the fields OPA decodes, undefined for text that is no UUID); opa.runtime
 * (an empty object: the gate exposes no environment or configuration to
 * policies); trace (tracing is not collected, so it is a no-op that succeeds).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { keyOf, ObjectValue, type Value } from '../value.js';
import { cached, fn, integerArg, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

function uuid(args: Value[], ctx: { cache: Map<string, unknown> }): string {
  const seed = stringArg(args, 0);
  return cached(ctx.cache, 'uuid.rfc4122:' + keyOf(seed), () => randomUUID());
}

/** The 16 bytes of a UUID in any form google/uuid accepts: plain, braced, urn:uuid: or 32 hex digits. */
function uuidBytes(text: string): Buffer | undefined {
  const m = /^(?:urn:uuid:|\{(?=.{36}\}$))?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i.exec(text);
  const hex = m ? m.slice(1, 6).join('') : /^[0-9a-f]{32}$/i.test(text) ? text : undefined;
  if (hex === undefined || (text.startsWith('{') !== text.endsWith('}'))) return undefined;
  return Buffer.from(hex, 'hex');
}

const VARIANTS = (b: number): string => ((b & 0xc0) === 0x80 ? 'RFC4122' : (b & 0xe0) === 0xc0 ? 'Microsoft' : (b & 0xe0) === 0xe0 ? 'Future' : 'Reserved');
const DOMAINS = ['Person', 'Group', 'Org'];
/** 100-ns intervals from the Gregorian reform (1582-10-15) to the Unix epoch. */
const GREGORIAN_OFFSET = 122192928000000000n;

function macVariables(first: number): string {
  if ((first & 0b11) === 0b11) return 'local:multicast';
  if (first & 0b01) return 'global:multicast';
  return first & 0b10 ? 'local:unicast' : 'global:unicast';
}

/** uuid.parse: version and variant, plus time, node and clock sequence for versions 1 and 2 (and id, domain for 2). */
function parseUuid(args: Value[]): Value | undefined {
  const bytes = uuidBytes(stringArg(args, 0));
  if (!bytes) return undefined;
  const version = bytes[6]! >> 4;
  const fields: [string, Value][] = [
    ['version', version],
    ['variant', VARIANTS(bytes[8]!)],
  ];
  if (version === 1 || version === 2) {
    const timestamp = BigInt(bytes.readUInt32BE(0)) | (BigInt(bytes.readUInt16BE(4)) << 32n) | (BigInt(bytes.readUInt16BE(6) & 0xfff) << 48n);
    fields.push(['time', Number((timestamp - GREGORIAN_OFFSET) * 100n)]);
    fields.push(['nodeid', `${macVariables(bytes[10]!)}:${bytes.subarray(10).toString('hex')}`]);
    fields.push(['clocksequence', ((bytes[8]! & 0x3f) << 8) | bytes[9]!]);
    if (version === 2) {
      fields.push(['id', bytes.readUInt32BE(0)]);
      fields.push(['domain', DOMAINS[bytes[9]!] ?? `Domain${bytes[9]}`]);
    }
  }
  return new ObjectValue(fields);
}

/** rand.intn(str, n): an integer in [0, |n|), 0 when n is 0. */
function intn(args: Value[], ctx: { cache: Map<string, unknown> }): number {
  const seed = stringArg(args, 0);
  const n = Math.abs(integerArg(args, 1));
  if (n === 0) return 0;
  return cached(ctx.cache, `rand.intn:${keyOf(seed)}:${n}`, () => (n > 2 ** 48 - 1 ? Math.floor(Math.random() * n) : randomInt(n)));
}

/** trace(note): checked like OPA's, then ignored — the gate collects no evaluation traces. */
function traceNote(args: Value[]): boolean {
  stringArg(args, 0);
  return true;
}

export const miscBuiltins: BuiltinDef[] = [
  fn('uuid.rfc4122', 1, uuid, { nondeterministic: true }),
  fn('uuid.parse', 1, parseUuid),
  fn('rand.intn', 2, intn, { nondeterministic: true }),
  fn('opa.runtime', 0, () => new ObjectValue()),
  fn('trace', 1, traceNote),
];
