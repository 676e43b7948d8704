// Retiring change logs: a log can go once nobody can need it again. The rule (docs/merge-rules.md):
// - the log is one of this device's own: a device deletes only files it wrote, so that a sync tool never
//   sees one computer delete a file another is still changing;
// - its session ended (the process that wrote it closed the store and left `<session>.closed`): nothing
//   will be appended to it any more. A session killed before it closed keeps its logs;
// - EVERY device known to the folder (each with a folder under `changes/` or a snapshot) has a readable
//   snapshot that includes the whole log. A device that has been offline for months still holds the
//   snapshot it wrote before leaving: unless that snapshot includes the log, the log stays, whatever the
//   others include. A device without a snapshot yet keeps every log.
// Snapshots keep what they include of a retired log (`covered`), so the log is not looked for again.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { CHANGES, listLogs } from './change-log'
import { readHeader, SNAPSHOTS, type SnapshotHeader } from './snapshot-file'

const DEVICE = /^[0-9a-z]+$/
/** A log's session: `<device>/<session>.jsonl`, or `<device>/<session>-<part>.jsonl` after a failed append. */
const SESSION_OF_LOG = /^([0-9a-z]+)\/([0-9a-z]+-[0-9a-f]{8})(?:-\d+)?\.jsonl$/

export const closedMarker = (deviceDir: string, session: string): string => path.join(deviceDir, `${session}.closed`)

/** The logs the rule lets go, given every log (with its size), the sessions that ended, and each known device's snapshot header. */
export function retirable(
  logs: ReadonlyMap<string, number>,
  device: string,
  current: string,
  closed: ReadonlySet<string>,
  snapshots: ReadonlyMap<string, SnapshotHeader | null>
): string[] {
  const headers = [...snapshots.values()]
  if (headers.length === 0 || headers.some((h) => h === null)) return []
  return [...logs]
    .filter(([name, size]) => {
      const m = SESSION_OF_LOG.exec(name)
      if (!m || m[1] !== device || name === current || !closed.has(m[2])) return false
      return headers.every((h) => (h!.covered[name] ?? -1) >= size)
    })
    .map(([name]) => name)
}

/** Deletes this device's logs that every device's snapshot includes; returns their names. */
export async function retireLogs(dir: string, device: string, current: string): Promise<string[]> {
  const changesDir = path.join(dir, CHANGES)
  const snapshotsDir = path.join(dir, SNAPSHOTS)
  const devices = new Set((await fs.readdir(changesDir).catch(() => [] as string[])).filter((d) => DEVICE.test(d)))
  for (const name of await fs.readdir(snapshotsDir).catch(() => [] as string[])) {
    const m = /^([0-9a-z]+)\.json$/.exec(name)
    if (m) devices.add(m[1])
  }
  const snapshots = new Map<string, SnapshotHeader | null>()
  for (const d of devices) snapshots.set(d, await readHeader(path.join(snapshotsDir, `${d}.json`)))
  const deviceDir = path.join(changesDir, device)
  const own = await fs.readdir(deviceDir).catch(() => [] as string[])
  const closed = new Set(own.filter((n) => n.endsWith('.closed')).map((n) => n.slice(0, -'.closed'.length)))
  const gone = retirable(await listLogs(changesDir), device, current, closed, snapshots)
  for (const name of gone) await fs.rm(path.join(changesDir, name), { force: true })
  // A session whose logs are all gone needs its marker no more.
  const left = new Set((await fs.readdir(deviceDir).catch(() => [] as string[])).map((n) => SESSION_OF_LOG.exec(`${device}/${n}`)?.[2]))
  for (const session of closed) if (!left.has(session)) await fs.rm(closedMarker(deviceDir, session), { force: true })
  return gone
}
