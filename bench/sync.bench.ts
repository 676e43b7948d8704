// How long a change takes to reach the other computer's open window through Syncthing, here on one
// computer: two Syncthing instances on loopback (src/node/test-support/syncthing.ts, file watcher delay
// 1 s, its minimum), a store on each folder, the library watcher on the receiving side. Printed, not judged.
import { Store } from '../src/node/store/store'
import { LibraryWatcher } from '../src/node/store/library-watcher'
import { startSyncedFolders, syncthingAvailable } from '../src/node/test-support/syncthing'
import { highlight } from '../src/node/test-support/library-fixtures'
import { percentile, printRow } from './report'

const ROUNDS = 8

if (!syncthingAvailable()) {
  console.log('Syncthing is not installed (Debian: apt install syncthing): nothing measured.')
  process.exit(0)
}
let started = Date.now()
const synced = await startSyncedFolders({ ignores: ['library.lock', '.*.tmp', 'backups'] })
await synced.connected()
printRow('two Syncthing instances started and connected', `${Date.now() - started} ms`)
try {
  const sender = await Store.open(synced.a, { backupOnOpen: false })
  await sender.update((lib) => void (lib.settings.seeded = true))
  await synced.waitInSync()
  const receiver = await Store.open(synced.b, { backupOnOpen: false })
  const watcher = await LibraryWatcher.start(receiver)
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const seen = new Promise<void>((resolve) => {
      const stop = watcher.onChanged(() => {
        if (!receiver.data.highlights.some((h) => h.id === `h${i}`)) return
        stop()
        resolve()
      })
    })
    started = Date.now()
    await sender.update((lib) => void lib.highlights.push(highlight(`h${i}`, `note ${i}`)))
    await seen
    times.push(Date.now() - started)
    // Syncthing's watcher gathers changes for a second: rounds a second apart, as a reader's changes are.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
  }
  printRow(`a highlight from one window to the other's library (${ROUNDS} rounds), median`, `${percentile(times, 50)} ms`)
  printRow('  slowest', `${Math.max(...times)} ms`)
  started = Date.now()
  await sender.update((lib) => void lib.highlights.push(highlight('h-scan', 'asked for')))
  await synced.waitInSync()
  await receiver.refreshFromDisk()
  const arrived = receiver.data.highlights.some((h) => h.id === 'h-scan')
  printRow('the same with a scan asked for at once (no watcher delay)', `${Date.now() - started} ms${arrived ? '' : ' (did not arrive)'}`)
  watcher.close()
  await sender.close()
  await receiver.close()
} finally {
  await synced.stop()
}
