import { describe, expect, it } from 'vitest';
import { call } from './testkit.js';

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
