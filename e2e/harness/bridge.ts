// Injected into the page in Chromium mode: the same createApi as the preload, over a Playwright binding
// that calls the real handler table in the test process.
import { createApi } from '../../src/shared/api'

declare global {
  interface Window {
    /** The answer as JSON text (see chromium-app.ts). */
    __diptychInvoke: (channel: string, req: unknown) => Promise<string>
  }
}

Object.defineProperty(window, 'api', {
  value: createApi(async (channel, req) => JSON.parse(await window.__diptychInvoke(channel, req)) as unknown),
  writable: false,
  configurable: false
})
