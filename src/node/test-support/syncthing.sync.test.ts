// The Syncthing harness itself: two instances on loopback only, a file written on one side appears on
// the other. Run by `npm run test:sync` (Syncthing must be installed: Debian's `syncthing`).
import { existsSync, promises as fs } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSyncedFolders, syncthingAvailable, type SyncedFolders } from './syncthing'

describe.skipIf(!syncthingAvailable())('two Syncthing instances on this computer', () => {
  let synced: SyncedFolders
  beforeAll(async () => {
    const started = Date.now()
    synced = await startSyncedFolders()
    await synced.connected()
    console.log(`syncthing: both devices up and connected in ${Date.now() - started} ms`)
  }, 60_000)
  afterAll(() => synced?.stop())

  it('listen on 127.0.0.1 only', async () => {
    const addresses = await synced.listening()
    expect(addresses.length).toBeGreaterThan(0)
    expect(addresses.filter((a) => !/^(tcp|udp) 127\.0\.0\.1:\d+$/.test(a))).toEqual([])
  })

  it('carry a file written on side A to side B, and one written on B back to A', async () => {
    const text = JSON.stringify({ note: 'written on A', at: new Date().toISOString() }) + '\n'
    let started = Date.now()
    await fs.mkdir(path.join(synced.a, 'changes', 'device-a'), { recursive: true })
    await fs.writeFile(path.join(synced.a, 'changes', 'device-a', '1.jsonl'), text)
    await synced.waitInSync()
    console.log(`syncthing: one file from A to B in ${Date.now() - started} ms (scan asked for at once)`)
    expect(await fs.readFile(path.join(synced.b, 'changes', 'device-a', '1.jsonl'), 'utf8')).toBe(text)

    // Left to Syncthing's own file watcher this time (no scan asked for): what a reader gets.
    started = Date.now()
    await fs.writeFile(path.join(synced.b, 'from-b.txt'), 'written on B')
    const target = path.join(synced.a, 'from-b.txt')
    while (!existsSync(target)) await new Promise((resolve) => setTimeout(resolve, 50))
    console.log(`syncthing: one file from B to A through the file watcher in ${Date.now() - started} ms`)
    expect(await fs.readFile(target, 'utf8')).toBe('written on B')
  }, 60_000)
})
