// Changes to highlights are applied in the order they began to arrive. The page sends a highlight's
// creation before any change to it, but each request may travel on a connection of its own: as the page
// goes, it sends its last note at once (keepalive), and that note may be read whole while the creation,
// sent earlier, is still arriving. Read first, the note would find no highlight and be refused, and the
// page is no longer there to send it again. So such a change, once read, waits until every change that
// began to arrive before it has been handed to its handler, which applies it in memory at once (see
// Store.update): a wait of the time it takes to read the earlier ones, not to write them.
import type { Channel } from '../../shared/api'

/** The channels that change highlights, their tags and links: small requests, where order matters. */
const ORDERED: ReadonlySet<Channel> = new Set<Channel>([
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'renameTag',
  'deleteTag',
  'restoreTags',
  'createLink',
  'deleteLink'
])

export interface Turn {
  /** Starts `work` once every earlier turn has started its own (or left); the next may start as soon as `work` has. */
  run<T>(work: () => Promise<T>): Promise<T>
  /** Gives the turn up without work: the request could not be read. */
  leave(): void
}

const FREE: Turn = { run: (work) => work(), leave: () => undefined }

export function arrivalOrder() {
  let last: Promise<void> = Promise.resolve()

  /** A place in line, taken when a request's head has arrived; a channel that needs no order gets one that never waits. */
  function take(channel: string): Turn {
    if (!ORDERED.has(channel as Channel)) return FREE
    const before = last
    let release!: () => void
    last = new Promise<void>((resolve) => (release = resolve))
    return {
      run: async (work) => {
        await before
        try {
          // Started: its change is applied by the time `work` first waits.
          return work()
        } finally {
          release()
        }
      },
      leave: () => void before.then(release)
    }
  }

  return { take }
}
