import { describe, expect, it } from '@jest/globals';
import { addressBucket } from './network-address.js';

describe('addressBucket', () => {
  it.each([
    // IPv4: each address on its own.
    ['192.0.2.1', '192.0.2.1'],
    ['10.1.0.255', '10.1.0.255'],
    // IPv4-mapped IPv6 is the IPv4 address, however it is written.
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:192.0.2.1', '192.0.2.1'],
    ['::ffff:c000:201', '192.0.2.1'],
    ['0:0:0:0:0:ffff:192.0.2.1', '192.0.2.1'],
    // IPv6: the /64, whichever of its addresses and however written.
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8::2', '2001:db8:0:0::/64'],
    ['2001:0DB8:0000:0000:ffff:ffff:ffff:fffe', '2001:db8:0:0::/64'],
    ['2001:db8:0:1::1', '2001:db8:0:1::/64'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    // Not an address: left alone, so it still names one bucket.
    ['unknown', 'unknown'],
    ['', ''],
    ['2001:db8::1::2', '2001:db8::1::2'],
  ])('%s → %s', (ip, bucket) => {
    expect(addressBucket(ip)).toBe(bucket);
  });

  it('keeps neighbouring /64s and IPv4 addresses apart', () => {
    expect(addressBucket('2001:db8:0:1::1')).not.toBe(addressBucket('2001:db8:0:2::1'));
    expect(addressBucket('192.0.2.1')).not.toBe(addressBucket('192.0.2.2'));
  });
});
