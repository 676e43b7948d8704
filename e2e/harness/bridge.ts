// Injected into the page in Chromium mode: the same createApi as the preload, over a Playwright binding
// that calls the real handler table in the test process.
import { createApi } from '../../src/shared/api'

declare global {
  interface Window {
    __diptychInvoke: (channel: string, req: unknown) => Promise<unknown>
  }
}

Object.defineProperty(window, 'api', {
  value: createApi((channel, req) => window.__diptychInvoke(channel, req)),
  writable: false,
  configurable: false
})
