import { describe, expect, it } from 'vitest'
import { addressKind } from './address-kind'

describe('addressKind', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2606:2800:220:1:248:1893:25c8:1946', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.254', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['localhost', 'reserved']
  ])('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind)
  })

  it('judges an IPv4 address written as IPv6 by its IPv4 address', () => {
    expect(addressKind('::ffff:127.0.0.1')).toBe('loopback')
    expect(addressKind('::ffff:7f00:1')).toBe('loopback')
    expect(addressKind('[::ffff:169.254.169.254]')).toBe('link-local')
    expect(addressKind('::ffff:10.0.0.1')).toBe('private')
    expect(addressKind('::ffff:8.8.8.8')).toBe('public')
    expect(addressKind('64:ff9b::192.168.0.1')).toBe('private')
  })

  it('does not count the edges of a range in it', () => {
    expect(addressKind('172.32.0.1')).toBe('public')
    expect(addressKind('100.128.0.1')).toBe('public')
    expect(addressKind('11.0.0.1')).toBe('public')
  })
})
