// Where diptych:// links come in, whatever the door: the command line of a cold start, a second
// instance's command line (Windows, Linux), macOS's open-url event (which can fire before the app is
// ready), the harness's openUrl. Platform-free: the Electron shell (src/main/deep-link-events.ts) and
// the test harness feed it. Every link is read by parseDeepLink before anything else sees it; the page
// gets a link that passed, written again by formatDeepLink, or a sentence saying why it was refused.
import { formatDeepLink, LINK_SCHEME, parseDeepLink, type DeepLink } from './deep-link'

/** The message main sends the page with each link (see src/preload). */
export const LINK_CHANNEL = 'diptych:link'

/** What the page is handed: a link to open, or why one was not. */
export type LinkArrival = { uri: string; link: DeepLink } | { refused: string }

const PREFIX = `${LINK_SCHEME}:`

/** The arguments of a command line that are diptych: links; the program, the app's path and Chromium's switches are not. */
export function linksInArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.slice(0, PREFIX.length).toLowerCase() === PREFIX)
}

/** Reads one link as it arrived from outside. */
export function arrivalOf(raw: string): LinkArrival {
  const parsed = parseDeepLink(raw.trim())
  if (!parsed.ok) return { refused: `Diptych cannot open this link: ${parsed.error}.` }
  return { uri: formatDeepLink(parsed.value), link: parsed.value }
}

/**
 * Checks again, on the page's side of the bridge (the preload, the harness's bridge), what main handed
 * over: only a link that parses, written as main writes it, or a refusal of bounded length, reaches the page.
 */
export function acceptArrival(value: unknown): LinkArrival | null {
  if (typeof value !== 'object' || value === null) return null
  const { uri, refused } = value as { uri?: unknown; refused?: unknown }
  if (typeof refused === 'string') return { refused: refused.slice(0, 300) }
  if (typeof uri !== 'string') return null
  const parsed = parseDeepLink(uri)
  // Main hands over links as formatDeepLink wrote them; anything else did not come through it.
  return parsed.ok && formatDeepLink(parsed.value) === uri ? { uri, link: parsed.value } : null
}

const keyOf = (a: LinkArrival) => ('uri' in a ? a.uri : a.refused)

/**
 * Holds links until the page can take them, in order, each once: a link that comes twice while the
 * app starts (macOS's open-url and the command line for one click) is one link. Once the page listens,
 * a link opened again is handed again: opening it again shows the passage again, which is harmless.
 */
export class LinkInbox {
  private readonly waiting: LinkArrival[] = []
  private open = false

  constructor(private readonly deliver: (arrival: LinkArrival) => void) {}

  /** A command line (the cold start's own, or a second instance's); the number of links it carried. */
  receiveArgv(argv: readonly string[]): number {
    const links = linksInArgv(argv)
    for (const link of links) this.receive(link)
    return links.length
  }

  /** One link (macOS's open-url, the harness). */
  receive(raw: string): void {
    const arrival = arrivalOf(raw)
    if (this.open) this.deliver(arrival)
    else if (!this.waiting.some((a) => keyOf(a) === keyOf(arrival))) this.waiting.push(arrival)
  }

  /** The page has loaded and listens: what waited goes now. */
  pageReady(): void {
    this.open = true
    for (const arrival of this.waiting.splice(0)) this.deliver(arrival)
  }

  /** The page went (a reload, the window closed): links wait for the next one. */
  pageGone(): void {
    this.open = false
  }
}

/** The page's end of the bridge (the preload, the harness's bridge): what main sends before the page listens waits for it. */
export function pageLinkEnd(): { take(value: unknown): void; onLink(run: (arrival: LinkArrival) => void): void } {
  const waiting: LinkArrival[] = []
  let listener: ((arrival: LinkArrival) => void) | null = null
  return {
    take(value) {
      const arrival = acceptArrival(value)
      if (arrival && listener) listener(arrival)
      else if (arrival) waiting.push(arrival)
    },
    onLink(run) {
      listener = run
      for (const arrival of waiting.splice(0)) run(arrival)
    }
  }
}
