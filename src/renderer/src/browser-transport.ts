// The browser mode: no preload gives the page `window.api`, so the page makes it itself, over HTTP
// POST to the server that served it (same origin; the session cookie goes along). The same createApi
// and the same channel table as in Electron: no second API.
import { createApi, EVENT_PREFIX, type ApiError, type Channel, type Result, type Subscribe } from '../../shared/api'

interface Answer {
  result?: Result<unknown, ApiError>
  /** Text the server asks the page to copy (the server cannot reach the clipboard). */
  clipboard?: string
}

const KEEPALIVE_LIMIT = 60_000

const unreachable = (message: string): Result<unknown, ApiError> => ({ ok: false, error: { kind: 'io', message } })

async function invoke(channel: Channel, req: unknown): Promise<unknown> {
  let response: Response
  try {
    const body = JSON.stringify(req)
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'same-origin',
      // A change sent as the page closes still reaches the server (the browser caps such bodies at 64 KB).
      keepalive: body.length < KEEPALIVE_LIMIT
    })
  } catch {
    return unreachable('Diptych’s server is not answering: is `diptych serve` still running?')
  }
  if (response.status === 401)
    return unreachable('This page is no longer signed in to Diptych’s server: open the address it printed again.')
  const answer = (await response.json().catch(() => ({}))) as Answer
  if (!answer.result) return unreachable(`Diptych’s server answered with an error (${response.status}).`)
  if (answer.result.ok && answer.clipboard !== undefined) {
    try {
      await navigator.clipboard.writeText(answer.clipboard)
    } catch {
      return { ok: false, error: { kind: 'io', message: 'The browser did not allow copying to the clipboard.' } }
    }
  }
  return answer.result
}

/** The server's events (server-sent, `/events`, same origin): one stream for the page, opened on the first listener. */
let events: EventSource | null = null
const subscribe: Subscribe = (event, run) => {
  events ??= new EventSource('/events')
  events.addEventListener(EVENT_PREFIX + event, () => run())
  // The stream came back after a break (the server restarted, the laptop slept): what was missed is read again.
  let opened = events.readyState === EventSource.OPEN
  events.addEventListener('open', () => {
    if (opened) run()
    opened = true
  })
}

/** Whether the page runs in the browser mode: no preload has given it the API. */
export const browserMode = typeof window !== 'undefined' && !('api' in window)

/** Gives the page its API over HTTP when nothing else has. */
export function installBrowserTransport(): void {
  if (!browserMode) return
  Object.defineProperty(window, 'api', { value: createApi(invoke, subscribe), writable: false, configurable: false })
}
