import { isIPv4, isIPv6 } from 'node:net';

/**
 * What per-network-address limits count: an IPv4 address as it is, an IPv6 address by its /64.
 * One IPv6 subscriber is routinely given a whole /64 (2^64 addresses), so counting each address
 * alone would let one client step around any per-address limit. An IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`, as a dual-stack socket reports an IPv4 client) is that IPv4 address.
 * Anything that is not an address (`unknown`) is returned unchanged.
 */
export function addressBucket(ip: string): string {
  if (isIPv4(ip)) return ip;
  // A zone (`fe80::1%eth0`) names the local interface, not another network.
  const address = ip.split('%')[0];
  if (!isIPv6(address)) return ip;
  const groups = expandIpv6(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` filled in, a dotted IPv4 tail split). */
function expandIpv6(address: string): number[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (part: string | undefined): number[] =>
    part === undefined || part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
