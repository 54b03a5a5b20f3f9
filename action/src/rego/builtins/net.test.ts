import { describe, expect, it } from 'vitest';
import { SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('net.cidr_contains', () => {
  it('contains addresses and narrower networks', () => {
    expect(call('net.cidr_contains', ['10.0.0.0/8', '10.1.0.0/24'])).toBe(true);
    expect(call('net.cidr_contains', ['10.0.0.0/8', '10.255.255.255'])).toBe(true);
    expect(call('net.cidr_contains', ['10.0.0.0/8', '11.0.0.1'])).toBe(false);
    expect(call('net.cidr_contains', ['10.0.0.0/24', '10.0.0.0/8'])).toBe(false);
    expect(call('net.cidr_contains', ['10.1.2.3/8', '10.9.9.9'])).toBe(true);
  });

  it('handles IPv6, including compressed and embedded IPv4 forms', () => {
    expect(call('net.cidr_contains', ['2001:db8::/32', '2001:db8:1::1'])).toBe(true);
    expect(call('net.cidr_contains', ['2001:db8::/32', '2001:db9::1'])).toBe(false);
    expect(call('net.cidr_contains', ['2001:db8::/32', '2001:db8::/48'])).toBe(true);
    expect(call('net.cidr_contains', ['::/0', '10.0.0.1'])).toBe(false);
    // As in Go, an IPv4-mapped address is the IPv4 address, never inside an IPv6 network.
    expect(call('net.cidr_contains', ['10.0.0.0/8', '::ffff:10.0.0.1'])).toBe(true);
    expect(call('net.cidr_contains', ['::ffff:0:0/96', '::ffff:10.0.0.1'])).toBe(false);
  });

  it('rejects invalid networks and addresses', () => {
    for (const bad of ['10.0.0.0', '10.0.0.0/33', '10.0.0/8', '010.0.0.0/8', 'host/8']) {
      expect(() => call('net.cidr_contains', [bad, '10.0.0.1']), bad).toThrow(`invalid CIDR address: ${bad}`);
    }
    expect(() => call('net.cidr_contains', ['10.0.0.0/8', 'example.com'])).toThrow(
      expect.objectContaining({ code: 'eval_builtin_error', message: 'not a valid textual representation of an IP address or CIDR: example.com' }),
    );
  });
});

describe('net.cidr_intersects and net.cidr_is_valid', () => {
  it('detects overlap either way', () => {
    expect(call('net.cidr_intersects', ['10.0.0.0/8', '10.1.0.0/16'])).toBe(true);
    expect(call('net.cidr_intersects', ['10.1.0.0/16', '10.0.0.0/8'])).toBe(true);
    expect(call('net.cidr_intersects', ['10.0.0.0/16', '10.1.0.0/16'])).toBe(false);
  });

  it('validates CIDR text', () => {
    expect(call('net.cidr_is_valid', ['192.168.0.0/16'])).toBe(true);
    expect(call('net.cidr_is_valid', ['fe80::/10'])).toBe(true);
    expect(call('net.cidr_is_valid', ['192.168.0.0'])).toBe(false);
    expect(call('net.cidr_is_valid', [42])).toBe(false);
  });
});

describe('net.cidr_expand', () => {
  it('lists every address of a network', () => {
    expect(toJSON(call('net.cidr_expand', ['192.168.0.0/30'])!)).toEqual(['192.168.0.0', '192.168.0.1', '192.168.0.2', '192.168.0.3']);
    expect(toJSON(call('net.cidr_expand', ['10.1.2.3/32'])!)).toEqual(['10.1.2.3']);
    expect(toJSON(call('net.cidr_expand', ['2001:db8::/127'])!)).toEqual(['2001:db8::', '2001:db8::1']);
  });

  it('refuses networks too large to list', () => {
    expect(() => call('net.cidr_expand', ['10.0.0.0/8'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('net.cidr_merge', () => {
  it('merges adjacent and contained networks into the fewest blocks', () => {
    expect(toJSON(call('net.cidr_merge', [j(['192.0.128.0/24', '192.0.129.0/24'])])!)).toEqual(['192.0.128.0/23']);
    expect(toJSON(call('net.cidr_merge', [j(['10.0.0.0/8', '10.1.0.0/16', '11.0.0.0/8'])])!)).toEqual(['10.0.0.0/7']);
    expect(toJSON(call('net.cidr_merge', [j(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24'])])!)).toEqual(['10.0.0.0/23', '10.0.2.0/24']);
    expect(toJSON(call('net.cidr_merge', [new SetValue(['2001:db8::/33', '2001:db8:8000::/33'])])!)).toEqual(['2001:db8::/32']);
  });

  it('keeps an unmerged network as written, and reads a bare IPv4 address with its classful mask as OPA does', () => {
    expect(toJSON(call('net.cidr_merge', [j(['10.9.9.9/8', '192.168.1.1'])])!)).toEqual(['10.0.0.0/8', '192.168.1.1/24']);
  });

  it('rejects bad elements', () => {
    expect(() => call('net.cidr_merge', [j(['::1'])])).toThrow('IPv6 invalid: needs prefix length');
    expect(() => call('net.cidr_merge', [j([1])])).toThrow('element must be string');
    expect(() => call('net.cidr_merge', ['10.0.0.0/8'])).toThrow('operand must be an array');
  });
});

describe('net.cidr_contains_matches', () => {
  it('pairs the indexes of containing networks and contained addresses', () => {
    const out = call('net.cidr_contains_matches', [j(['10.0.0.0/8', '192.168.0.0/16']), j({ a: '10.1.1.1', b: ['192.168.3.4', 'label'], c: '8.8.8.8' })]);
    expect(toJSON(out!)).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(toJSON(call('net.cidr_contains_matches', ['10.0.0.0/8', new SetValue(['10.0.0.1', '11.0.0.1'])])!)).toEqual([['10.0.0.0/8', '10.0.0.1']]);
  });

  it('rejects elements that name no network', () => {
    expect(() => call('net.cidr_contains_matches', [j([[]]), '10.0.0.1'])).toThrow('operand 1: element must be string or non-empty array');
  });
});
