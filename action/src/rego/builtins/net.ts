/**
 * net.cidr_contains, net.cidr_intersects, net.cidr_is_valid, net.cidr_expand,
 * net.cidr_merge, net.cidr_contains_matches: IPv4 and IPv6 addresses as
 * BigInt, without DNS or any network access.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { ObjectValue, SetValue, type Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

interface Network {
  bits: 32 | 128;
  address: bigint;
  prefix: number;
}

function ipv4(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(part), 0n);
}

function ipv6(text: string): bigint {
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes its two hex groups.
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let body = text;
  if (embedded) {
    const v4 = ipv4(embedded[1]!);
    body = text.slice(0, -embedded[1]!.length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = body.split('::') as [string, string | undefined];
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => BigInt('0x' + g)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<bigint>(8 - left.length - right.length).fill(0n);
  return [...left, ...zeros, ...right].reduce((acc, g) => (acc << 16n) | g, 0n);
}

/** An address alone is a network of one host. */
function parseAddress(text: string): Network | undefined {
  if (isIPv4(text) && !/(^|\.)0\d/.test(text)) return { bits: 32, address: ipv4(text), prefix: 32 };
  if (isIPv6(text) && !text.includes('%')) return { bits: 128, address: ipv6(text), prefix: 128 };
  return undefined;
}

function parseCidr(text: string): Network | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const host = parseAddress(m[1]!);
  const prefix = Number(m[2]);
  if (!host || prefix > host.bits) return undefined;
  return { bits: host.bits, address: host.address & mask(host.bits, prefix), prefix };
}

function mask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function cidrArg(args: Value[], i: number): Network {
  const text = stringArg(args, i);
  const net = parseCidr(text);
  if (!net) throw builtinError(`invalid CIDR address: ${text}`);
  return net;
}

/** Go treats an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it maps. */
function unmapped(address: Network): Network {
  if (address.bits === 128 && address.address >> 32n === 0xffffn) return { bits: 32, address: address.address & 0xffffffffn, prefix: 32 };
  return address;
}

/** Operand 2 of cidr_contains may be a bare address or a CIDR. */
function cidrOrAddressArg(args: Value[], i: number): Network {
  const text = stringArg(args, i);
  const address = parseAddress(text);
  if (address) return unmapped(address);
  const net = parseCidr(text);
  if (!net) throw builtinError(`not a valid textual representation of an IP address or CIDR: ${text}`);
  return net;
}

function contains(outer: Network, inner: Network): boolean {
  return outer.bits === inner.bits && inner.prefix >= outer.prefix && (inner.address & mask(outer.bits, outer.prefix)) === outer.address;
}

function intersects(a: Network, b: Network): boolean {
  return contains(a, b) || contains(b, a);
}

/** Go's net.IP.String: dotted quad, or RFC 5952 (longest run of two or more zero groups as ::). */
function formatAddress(bits: 32 | 128, address: bigint): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - 16 * i)) & 0xffffn));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return '::ffff:' + formatAddress(32, address & 0xffffffffn);
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const formatNetwork = (n: Network): string => `${formatAddress(n.bits, n.address)}/${n.prefix}`;

const MAX_EXPANSION = 65536;

function expand(args: Value[]): SetValue {
  const net = cidrArg(args, 0);
  const size = 1n << BigInt(net.bits - net.prefix);
  if (size > BigInt(MAX_EXPANSION)) throw builtinError(`refusing to expand more than ${MAX_EXPANSION} addresses`);
  const out: string[] = [];
  for (let i = 0n; i < size; i++) out.push(formatAddress(net.bits, net.address + i));
  return new SetValue(out);
}

interface Range {
  bits: 32 | 128;
  first: bigint;
  last: bigint;
  /** The operand's own text, kept when the range merges with nothing. */
  text?: string;
}

/**
 * An element of net.cidr_merge: a CIDR, or an IPv4 address with Go's classful
 * default mask (as OPA: 10.0.0.1 is read as 10.0.0.1/8).
 */
function mergeElement(v: Value): Range {
  if (typeof v !== 'string') throw builtinError('element must be string');
  const address = parseAddress(v);
  if (address?.bits === 128) throw builtinError('IPv6 invalid: needs prefix length');
  const network = address
    ? { ...address, prefix: address.address < 0x80000000n ? 8 : address.address < 0xc0000000n ? 16 : address.address < 0xe0000000n ? 24 : 32 }
    : parseCidr(v);
  if (!network) throw builtinError(`invalid CIDR address: ${v}`);
  const first = network.address & mask(network.bits, network.prefix);
  const last = first | ((1n << BigInt(network.bits - network.prefix)) - 1n);
  return { bits: network.bits, first, last, text: address ? `${v}/${network.prefix}` : formatNetwork(network) };
}

/** The fewest CIDR blocks covering first..last exactly. */
function rangeToCidrs(bits: 32 | 128, first: bigint, last: bigint): string[] {
  const out: string[] = [];
  let start = first;
  while (start <= last) {
    let size = bits;
    while (size > 0) {
      const block = 1n << BigInt(bits - size + 1);
      if (start % block !== 0n || start + block - 1n > last) break;
      size--;
    }
    out.push(formatNetwork({ bits, address: start, prefix: size }));
    start += 1n << BigInt(bits - size);
  }
  return out;
}

/** Merges overlapping and adjacent ranges of one address family. */
function mergeFamily(ranges: Range[]): string[] {
  const sorted = [...ranges].sort((a, b) => (a.last === b.last ? Number(a.first - b.first) : a.last < b.last ? -1 : 1));
  const merged: Range[] = [];
  for (const r of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && r.first - 1n <= previous.last) {
      merged[merged.length - 1] = { bits: r.bits, first: r.first < previous.first ? r.first : previous.first, last: r.last > previous.last ? r.last : previous.last };
    } else {
      merged.push(r);
    }
  }
  return merged.flatMap((r) => (r.text !== undefined ? [r.text] : rangeToCidrs(r.bits, r.first, r.last)));
}

function merge([addresses]: Value[]): SetValue {
  if (!Array.isArray(addresses) && !(addresses instanceof SetValue)) throw builtinError('operand must be an array');
  const ranges = [...addresses].map(mergeElement);
  return new SetValue([...mergeFamily(ranges.filter((r) => r.bits === 32)), ...mergeFamily(ranges.filter((r) => r.bits === 128))]);
}

/** The (cidr, index) pairs of a cidr_contains_matches operand. */
function matchTerms(operand: Value, position: number): [string, Value][] {
  const cidrOf = (v: Value): string => {
    if (typeof v === 'string') return v;
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'string') return v[0];
    throw builtinError(`operand ${position}: element must be string or non-empty array`);
  };
  if (typeof operand === 'string') return [[operand, operand]];
  if (Array.isArray(operand)) return operand.map((v, i) => [cidrOf(v), i]);
  if (operand instanceof SetValue) return operand.sorted().map((v) => [cidrOf(v), v]);
  if (operand instanceof ObjectValue) return operand.sortedEntries().map(([k, v]) => [cidrOf(v), k]);
  return [];
}

function containsMatches(args: Value[]): SetValue {
  const pairs: Value[] = [];
  for (const [outer, outerIndex] of matchTerms(args[0] as Value, 1)) {
    for (const [inner, innerIndex] of matchTerms(args[1] as Value, 2)) {
      if (contains(cidrArg([outer], 0), cidrOrAddressArg([inner], 0))) pairs.push([outerIndex, innerIndex]);
    }
  }
  return new SetValue(pairs);
}

export const netBuiltins: BuiltinDef[] = [
  fn('net.cidr_contains', 2, (args) => contains(cidrArg(args, 0), cidrOrAddressArg(args, 1))),
  fn('net.cidr_expand', 1, expand),
  fn('net.cidr_merge', 1, merge),
  fn('net.cidr_contains_matches', 2, containsMatches),
  fn('net.cidr_intersects', 2, (args) => intersects(cidrArg(args, 0), cidrArg(args, 1))),
  fn('net.cidr_is_valid', 1, ([v]) => typeof v === 'string' && parseCidr(v) !== undefined),
];
