// What a request asks the page itself to do. In the browser mode the server cannot reach the reader's
// clipboard; the page can, so text to copy travels back with the answer to the request that copied it.
import { AsyncLocalStorage } from 'node:async_hooks'

export interface PageEffects {
  /** Text the page writes to the clipboard. */
  clipboard?: string
}

const current = new AsyncLocalStorage<PageEffects>()

/** Runs one request, collecting the effects the platform records while it runs. */
export async function withPageEffects<T>(run: () => Promise<T>): Promise<{ result: T; effects: PageEffects }> {
  const effects: PageEffects = {}
  const result = await current.run(effects, run)
  return { result, effects }
}

/** Asks the page of the current request to copy `text`; false outside a request. */
export function copyOnPage(text: string): boolean {
  const effects = current.getStore()
  if (!effects) return false
  effects.clipboard = text
  return true
}
