import { classifyAddress, parseAllowList, refusalFor } from './address-policy.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
  ])('refuses %s as %s', (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it.each([
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['::ffff:a9fe:a9fe', 'cloud metadata'],
  ])('judges the IPv4-mapped IPv6 address %s as the IPv4 address it carries (%s)', (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it.each(['2002:a00:1::1', '2001:0:a00:1::1', '64:ff9b::a00:1'])(
    'refuses IPv6 ranges that tunnel an IPv4 address (%s)',
    (address) => {
      expect(classifyAddress(address)).not.toBeNull();
    },
  );

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(classifyAddress('example.org')).toBe('not an IP address');
  });
});

describe('the allow list', () => {
  const list = parseAllowList(' 127.0.0.1 , intranet.example , 10.20.0.0/16, [::1] ');

  it('lets a listed address, a listed range and a listed host name through', () => {
    expect(refusalFor(list, 'localhost', '127.0.0.1')).toBeNull();
    expect(refusalFor(list, 'anything', '10.20.3.4')).toBeNull();
    expect(refusalFor(list, 'anything', '::1')).toBeNull();
    expect(refusalFor(list, 'INTRANET.example.', '192.168.0.9')).toBeNull();
  });

  it('still refuses everything else', () => {
    expect(refusalFor(list, 'localhost', '127.0.0.2')).toBe('loopback');
    expect(refusalFor(list, 'anything', '10.21.0.1')).toBe('private');
    expect(refusalFor(list, 'evil.example', '169.254.169.254')).toBe('cloud metadata');
    expect(refusalFor(parseAllowList(undefined), 'localhost', '127.0.0.1')).toBe('loopback');
  });

  it('refuses an entry that is not a host, an address or a range', () => {
    expect(() => parseAllowList('http://x/')).toThrow(/CLAIMLINE_FETCH_ALLOW_HOSTS/);
  });
});
