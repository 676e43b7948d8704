// The one rule about where Diptych connects while saving a page: only to addresses of the kind the page
// the reader asked for is on. The first address admitted fixes that kind; every later connection (a
// redirect, a picture, a DNS answer that changed) must be of the same kind. A page from the internet
// therefore cannot make Diptych reach this computer or the local network, while a page the reader runs
// on their own machine still loads its own pictures.
import { promises as dns, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { WEB_SENTENCES } from '../../error-messages'
import { addressKind, kindDescription, REACHABLE_KINDS, type AddressKind } from './address-kind'
import { networkCodeIn, WebError } from './web-error'

/** The kind of an address; `host` is the name it was looked up under (tests pretend a name is public). */
export type Classify = (address: string, host: string) => AddressKind
/** Every address a host name resolves to. */
export type Resolve = (host: string) => Promise<LookupAddress[]>

const systemResolve: Resolve = (host) => dns.lookup(host, { all: true, verbatim: true })

/** A URL's host as a resolver and the connection see it: IPv6 literals without their brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '')
}

const PAGE_WHERE: Partial<Record<AddressKind, string>> = {
  public: 'from the internet',
  loopback: 'on this computer',
  private: 'on a local network',
  'link-local': 'on a local network link'
}

export class AddressPolicy {
  private pageKind: AddressKind | undefined

  /** `kind`: the page's kind when it is known without a page (pictures of a saved file: the internet). */
  constructor(
    private readonly classify: Classify = (address) => addressKind(address),
    readonly resolve: Resolve = systemResolve,
    kind?: AddressKind
  ) {
    this.pageKind = kind
  }

  /** The kind of address the page is on, once its first address has been admitted. */
  get kind(): AddressKind | undefined {
    return this.pageKind
  }

  /** The addresses of `host` this policy lets Diptych connect to (never none: it throws instead). */
  admit(host: string, addresses: readonly LookupAddress[]): LookupAddress[] {
    const kinds = addresses.map((a) => this.classify(a.address, host))
    if (this.pageKind === undefined) {
      const first = kinds.find((k) => REACHABLE_KINDS.has(k))
      if (first === undefined)
        throw new WebError('refused-address', WEB_SENTENCES.unreachableAddress(host, kindDescription(kinds[0] ?? 'reserved')))
      this.pageKind = first
    }
    const allowed = addresses.filter((_, i) => kinds[i] === this.pageKind)
    if (allowed.length > 0) return allowed
    const where = kindDescription(kinds[0] ?? 'reserved')
    throw new WebError('refused-address', WEB_SENTENCES.refusedAddress(host, where, PAGE_WHERE[this.pageKind] ?? 'from elsewhere'))
  }

  /** Resolves a URL's host (an IP literal stands for itself) and admits its addresses; a name that does not resolve is explained. */
  async check(url: URL): Promise<LookupAddress[]> {
    const host = bareHost(url)
    const family = isIP(host)
    if (family) return this.admit(host, [{ address: host, family }])
    let addresses: LookupAddress[]
    try {
      addresses = await this.resolve(host)
    } catch (error) {
      throw lookupFailure(host, error)
    }
    return this.admit(host, addresses)
  }

  /**
   * A `lookup` for net.connect and tls.connect (through undici's `connect` option): every connection is
   * checked at the moment it is made, so a DNS answer that changes after `check` changes nothing.
   */
  readonly connectLookup = (
    host: string,
    options: { all?: boolean },
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void
  ): void => {
    this.resolve(host).then(
      (addresses) => {
        try {
          const allowed = this.admit(host, addresses)
          if (options?.all) callback(null, allowed)
          else callback(null, allowed[0].address, allowed[0].family)
        } catch (error) {
          callback(error as Error, '')
        }
      },
      (error: unknown) => callback(lookupFailure(host, error), '')
    )
  }
}

/** A name that did not resolve: no such site, or no network to ask. */
export function lookupFailure(host: string, error: unknown): WebError {
  const code = networkCodeIn(error)
  if (code === 'EAI_AGAIN' || code === 'ECONNREFUSED' || code === 'ENETUNREACH') return new WebError('offline', WEB_SENTENCES.offline(host))
  return new WebError('host-not-found', WEB_SENTENCES.hostNotFound(host))
}
