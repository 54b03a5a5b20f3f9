/**
 * net.cidr_contains, net.cidr_intersects, net.cidr_is_valid: IPv4 and IPv6
 * addresses as BigInt, without DNS or any network access.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Value } from '../value.js';
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

export const netBuiltins: BuiltinDef[] = [
  fn('net.cidr_contains', 2, (args) => contains(cidrArg(args, 0), cidrOrAddressArg(args, 1))),
  fn('net.cidr_intersects', 2, (args) => intersects(cidrArg(args, 0), cidrArg(args, 1))),
  fn('net.cidr_is_valid', 1, ([v]) => typeof v === 'string' && parseCidr(v) !== undefined),
];
