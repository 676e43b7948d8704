// The real app without Electron, in a child process, for tests that must run it as another user or in
// another mount namespace (write-failure.test.ts). Opens the library in DIR (seeding the bundled
// articles from RESOURCES/articles), prints {"ready":true}, then answers every stdin line
// {"n":1,"channel":"getLibrary","req":null} with {"n":1,"result":<Result>} through `dispatch`.
import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createHandlers, dispatch, openApp } from '..'
import type { Platform } from '../platform'

const say = (value: unknown) => writeSync(1, JSON.stringify(value) + '\n')

const platform: Platform = {
  showOpenDialog: async () => null,
  showSaveDialog: async () => null,
  writeClipboard: () => undefined,
  openExternal: async () => undefined
}

async function main(): Promise<void> {
  const [dataDir, resourcesDir] = process.argv.slice(2)
  const app = await openApp({ dataDir, resourcesDir, platform, store: { lockTimeoutMs: 2_000 } })
  const handlers = createHandlers(app)
  say({ ready: true })
  // One request at a time, in order, as the tests send them.
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) {
    const { n, channel, req } = JSON.parse(line) as { n: number; channel: string; req: unknown }
    say({ n, result: await dispatch(handlers, channel, req) })
  }
  await app.store.close()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
