import ipaddr from 'ipaddr.js';

/** Why an address may not be fetched, or null when it is a public unicast address. */
export type AddressRefusal =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'multicast'
  | 'unspecified'
  | 'cloud metadata'
  | 'reserved'
  | 'not an IP address';

/**
 * Cloud metadata endpoints that are not already covered by a private or link-local range
 * (169.254.169.254 is link-local, fd00:ec2::254 unique-local, 100.100.100.200 carrier-grade NAT).
 * Listed so the reason given names what the address is.
 */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200']);

const REASON_BY_RANGE: Record<string, AddressRefusal> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'multicast',
  unspecified: 'unspecified',
};

/**
 * Classifies an IP address for outbound fetching. Only ipaddr.js's `unicast` range (public, globally
 * routed) passes: everything else — including the IPv6 ranges that embed an IPv4 address (6to4,
 * Teredo, NAT64) whose target we would have to decode and re-check — is refused. An IPv4-mapped IPv6
 * address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
 */
export function classifyAddress(address: string): AddressRefusal | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (METADATA_ADDRESSES.has(parsed.toNormalizedString()) || METADATA_ADDRESSES.has(parsed.toString())) {
    return 'cloud metadata';
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  return REASON_BY_RANGE[range] ?? 'reserved';
}

/** `CLAIMLINE_FETCH_ALLOW_HOSTS`: host names (exact, case-insensitive) and IP addresses or CIDR ranges. */
export type AllowList = { hosts: Set<string>; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

export function parseAllowList(value: string | undefined): AllowList {
  const list: AllowList = { hosts: new Set(), ranges: [] };
  for (const raw of (value ?? '').split(',')) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, '');
    if (!entry) continue;
    if (ipaddr.isValidCIDR(entry)) list.ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      list.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/.test(entry)) list.hosts.add(entry.replace(/\.$/, ''));
    else
      throw new Error(`CLAIMLINE_FETCH_ALLOW_HOSTS: "${raw.trim()}" is neither a host name, an IP address nor a CIDR`);
  }
  return list;
}

export const isHostAllowed = (list: AllowList, hostname: string): boolean =>
  list.hosts.has(hostname.toLowerCase().replace(/\.$/, ''));

export function isAddressAllowed(list: AllowList, address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return list.ranges.some(([range, bits]) => parsed.kind() === range.kind() && parsed.match(range, bits));
}

/**
 * The one decision: may this host, resolved to this address, be connected to? Null when it may,
 * else the reason. A listed host name is trusted whatever it resolves to; otherwise the address must
 * be public or inside a listed range.
 */
export function refusalFor(list: AllowList, hostname: string, address: string): AddressRefusal | null {
  if (isHostAllowed(list, hostname) || isAddressAllowed(list, address)) return null;
  return classifyAddress(address);
}
