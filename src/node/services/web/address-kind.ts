// What kind of network an IP address belongs to. A page the reader asks for decides the one kind of
// address Diptych may connect to while saving it (see address-policy.ts), so that a page from the
// internet cannot make Diptych reach this computer or the local network.
import { BlockList, isIPv4, isIPv6 } from 'node:net'

/** `unspecified`, `multicast` and `reserved` addresses are never connected to. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved'

const RANGES: [AddressKind, string, number, 'ipv4' | 'ipv6'][] = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  // Carrier-grade NAT: the provider's network, not the internet.
  ['private', '100.64.0.0', 10, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  // Future use and the broadcast address; protocol assignments; benchmarking networks.
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['private', 'fc00::', 7, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6']
]

const LISTS = new Map<AddressKind, BlockList>()
for (const [kind, network, prefix, family] of RANGES) {
  const list = LISTS.get(kind) ?? new BlockList()
  list.addSubnet(network, prefix, family)
  LISTS.set(kind, list)
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:a.b.c.d, or NAT64 64:ff9b::a.b.c.d), if any. */
function embeddedIPv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:0:)?([0-9a-f.:]+)$/i.exec(address)
  if (!match) return undefined
  const tail = match[1]
  if (isIPv4(tail)) return tail
  // The same address written in hex: ::ffff:7f00:1.
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail)
  if (!hex) return undefined
  const high = parseInt(hex[1], 16)
  const low = parseInt(hex[2], 16)
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

/** The kind of an IP address; anything that is not one (a host name, garbage) is `reserved`. */
export function addressKind(address: string): AddressKind {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const v4 = isIPv4(bare) ? bare : isIPv6(bare) ? embeddedIPv4(bare) : undefined
  const family = v4 ? 'ipv4' : isIPv6(bare) ? 'ipv6' : undefined
  if (!family) return 'reserved'
  for (const [kind, list] of LISTS) if (list.check(v4 ?? bare, family)) return kind
  return 'public'
}

/** Kinds a page can be on: the others are never connected to, whatever the page. */
export const REACHABLE_KINDS: ReadonlySet<AddressKind> = new Set(['public', 'loopback', 'private', 'link-local'])

/** How the reader is told about an address of a kind: "on this computer", "on the local network"… */
export function kindDescription(kind: AddressKind): string {
  switch (kind) {
    case 'public':
      return 'on the internet'
    case 'loopback':
      return 'on this computer'
    case 'private':
      return 'on a local network'
    case 'link-local':
      return 'on a local network link'
    default:
      return 'that is not the address of a web site'
  }
}
