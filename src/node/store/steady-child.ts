// A child process for the backup and lock tests (backups.test.ts, paused-writer.test.ts). Not part of
// the app. Lines go to stdout with a synchronous write, so that none is lost when the test stops it.
//
//   open DIR                           opens the Store on DIR, makes one change, prints A, exits.
//   steady DIR NAME STALE_MS RENEW_MS  opens the Store with those lock times on a large library
//                                      (so that a snapshot write holds the lock long enough to be
//                                      paused inside it; one follows every change), prints R, then adds
//                                      highlights one by one, printing
//                                      A <id> once each is on disk (F <message> if one failed), until a
//                                      line arrives on stdin; then closes the Store and prints
//                                      E <ids acknowledged, as JSON>.
import { writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { runAsProgram } from '../test-support/child-main'
import { highlight } from '../test-support/library-fixtures'
import { Store } from './store'

const say = (line: string) => writeSync(1, line + '\n')

async function open(dir: string): Promise<void> {
  const store = await Store.open(dir)
  await store.update((lib) => void (lib.settings.positions.opened = (lib.settings.positions.opened ?? 0) + 1))
  await store.close()
  say('A')
}

async function steady(dir: string, name: string, staleMs: number, renewMs: number): Promise<void> {
  const store = await Store.open(dir, {
    lockStaleMs: staleMs,
    lockRenewMs: renewMs,
    lockTimeoutMs: 60_000,
    backupOnOpen: false,
    compactAfterBytes: 1
  })
  // About 8 MB: reading, writing and syncing it keeps the lock held for a while.
  const filler = 'x'.repeat(4_000)
  await store.update((lib) => {
    for (let i = 0; i < 2_000; i++) lib.highlights.push(highlight(`${name}-filler-${i}`, filler))
  })
  let stop = false
  createInterface({ input: process.stdin }).once('line', () => {
    stop = true
  })
  say('R')
  const acknowledged: string[] = []
  for (let i = 0; !stop; i++) {
    const id = `${name}-${i}`
    try {
      await store.update((lib) => void lib.highlights.push(highlight(id)))
      acknowledged.push(id)
      await store.compact().catch(() => undefined)
      say(`A ${id}`)
    } catch (error) {
      say(`F ${(error as Error).message}`)
    }
  }
  await store.close()
  say(`E ${JSON.stringify(acknowledged)}`)
}

runAsProgram(import.meta.url, 'steady-child (open DIR | steady DIR NAME STALE_MS RENEW_MS)', ([mode, dir, ...rest]) =>
  mode === 'open' ? open(dir) : mode === 'steady' ? steady(dir, rest[0], Number(rest[1]), Number(rest[2])) : null
)
