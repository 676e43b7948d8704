// Crash consistency: a process writing the library is killed with SIGKILL at random moments, again and
// again (while appending to its log, compacting its snapshot, backing up), and every time the folder must
// hold exactly what it acknowledged or what it was writing: the library a fresh opening reads is the last
// acknowledged one or the next one, article bodies are complete, backups valid, and the next process
// opens the folder without any recovery.
//
// SIGKILL tests a crash of the process, not a power cut: what the kernel already has is kept either way.
// The fsyncs in atomic-file.ts are what cover the power cut; no test here can cut the power.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleBodySchema } from '../schemas'
import { bundleChild, LineChild, type BundledChild } from '../test-support/child-process'
import { useTempDirs } from '../test-support/temp-dir'
import { bodyIsComplete, digest, libraryDigest } from './crash-child'
import { libraryOnDisk } from './library-on-disk'
import { parseLibrary } from './library-file'

const KILLS = 200
/** Independent folders killed in parallel, to keep the test short on two cores. */
const LANES = 2

const tempDir = useTempDirs()
let child: BundledChild

beforeAll(async () => {
  child = await bundleChild(path.join(import.meta.dirname, 'crash-child.ts'), { inline: true })
})
afterAll(() => child?.dispose())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Version {
  step: number
  digest: string
}

interface LaneStats {
  kills: number
  acknowledged: number
  /** Kills after which the disk held the write in flight (it reached the rename). */
  landedInFlight: number
  /** Kills after which the disk held the last acknowledged state while a write was in flight. */
  cutInFlight: number
  killedBeforeOpen: number
  bodyWritesInFlight: number
  leftoverTempFiles: number
}

async function runLane(lane: number, kills: number): Promise<LaneStats> {
  const dir = tempDir()
  const stats: LaneStats = {
    kills: 0,
    acknowledged: 0,
    landedInFlight: 0,
    cutInFlight: 0,
    killedBeforeOpen: 0,
    bodyWritesInFlight: 0,
    leftoverTempFiles: 0
  }
  // What the folder must hold, as the children told it.
  let acked: Version | null = null
  let inFlight: Version | null = null
  const bodies = new Map<string, { acked?: string; inFlight?: string }>()
  let opened: { digest: string; notices: number } | null = null
  const protocolErrors: string[] = []

  const onLine = (line: string) => {
    const [tag, a, b] = line.split(' ')
    if (tag === 'O') opened = { digest: a, notices: Number(b) }
    else if (tag === 'W') inFlight = { step: Number(a), digest: b }
    else if (tag === 'A') {
      if (!inFlight || inFlight.step !== Number(a) || inFlight.digest !== b) protocolErrors.push(`ack without its write: ${line}`)
      acked = { step: Number(a), digest: b }
      inFlight = null
      stats.acknowledged++
    } else if (tag === 'b') bodies.set(a, { ...bodies.get(a), inFlight: b })
    else if (tag === 'B') bodies.set(a, { acked: b })
    else if (tag !== 'L') protocolErrors.push(line)
  }

  // The next process is started while the current one runs, and waits (loaded) for its turn.
  const live = new Set<LineChild>()
  const startChild = (seed: number) => {
    const proc = new LineChild(process.execPath, [child.file, 'crash', dir, String(seed)], {}, onLine)
    live.add(proc)
    void proc.closed.then(() => live.delete(proc))
    const loaded = proc.waitFor((l) => l === 'L', 'the child to load')
    loaded.catch(() => undefined) // a spare killed after a failure is no second failure
    return { proc, loaded }
  }
  let next = startChild(lane * 100_000)
  try {
    await killAndCheck()
  } finally {
    // A failed check leaves no process behind.
    for (const proc of live) proc.proc.kill('SIGKILL')
  }
  return stats

  async function killAndCheck(): Promise<void> {
    for (let round = 0; stats.kills < kills; round++) {
      const seed = lane * 100_000 + round
      const where = `lane ${lane}, round ${round} (seed ${seed})`
      opened = null
      const expectedOpen: string | null = acked ? (acked as Version).digest : null
      const { proc, loaded } = next
      await loaded
      next = startChild(seed + 1)
      proc.send('go')
      if (Math.random() < 0.15) {
        // Now and then while opening: reading, the temp-file sweep, the opening backup.
        await sleep(Math.random() * 30)
      } else {
        await proc.waitFor((l) => l.startsWith('O '), `the store to open (${where})`)
        await sleep(Math.random() * 40)
      }
      const exit = await proc.kill()
      expect(exit.signal, `${where}: the child ended by itself: ${proc.stderr}`).toBe('SIGKILL')
      expect(protocolErrors, where).toEqual([])
      stats.kills++

      const seenOpen = opened as { digest: string; notices: number } | null
      if (seenOpen) {
        // The previous kill left a folder that opens as it is: no recovery, no notice.
        expect(seenOpen.notices, `${where}: the store recovered on opening: ${proc.stderr}`).toBe(0)
        if (expectedOpen !== null) expect(seenOpen.digest, `${where}: opened something else than what was on disk`).toBe(expectedOpen)
      } else stats.killedBeforeOpen++

      // The library a fresh opening reads: the last acknowledged state or the one being written.
      // Before anything was acknowledged, the disk holds what the first process opened.
      const state = (acked as Version | null) ?? (seenOpen ? { step: 0, digest: seenOpen.digest } : null)
      const writing = inFlight as Version | null
      const onDisk = libraryDigest(await libraryOnDisk(dir))
      const ok = [state, writing].some((v) => v && v.digest === onDisk) || (state === null && writing === null)
      expect(ok, `${where}: disk holds ${onDisk}; acknowledged ${JSON.stringify(state)}, in flight ${JSON.stringify(writing)}`).toBe(true)
      if (writing && onDisk === writing.digest) stats.landedInFlight++
      else if (writing) stats.cutInFlight++
      acked = { step: 0, digest: onDisk }
      inFlight = null

      // Article bodies: every file present is complete; every acknowledged one is there as acknowledged.
      const articlesDir = path.join(dir, 'articles')
      const names = existsSync(articlesDir) ? readdirSync(articlesDir) : []
      for (const name of names.filter((n) => !n.startsWith('.'))) {
        const text = readFileSync(path.join(articlesDir, name), 'utf8')
        const parsed = articleBodySchema.safeParse(JSON.parse(text))
        if (!parsed.success) throw new Error(`${where}: ${name} is not an article body`)
        const body = parsed.data
        expect(`${body.id}.json`, where).toBe(name)
        expect(bodyIsComplete(body), `${where}: ${name} is incomplete`).toBe(true)
        const known = bodies.get(body.id)
        expect([known?.acked, known?.inFlight], `${where}: ${name} holds a version nobody wrote`).toContain(digest(text))
      }
      for (const [id, known] of bodies) {
        if (known.inFlight) stats.bodyWritesInFlight++
        if (known.acked) expect(names, `${where}: acknowledged body ${id} is missing`).toContain(`${id}.json`)
        const name = `${id}.json`
        if (names.includes(name)) bodies.set(id, { acked: digest(readFileSync(path.join(articlesDir, name), 'utf8')) })
        else bodies.delete(id)
      }

      // Backups: each one is a valid library (they are checked before they join the set, and written atomically).
      const backupsDir = path.join(dir, 'backups')
      for (const name of existsSync(backupsDir) ? readdirSync(backupsDir) : []) {
        if (name.startsWith('.')) continue
        expect(() => parseLibrary(readFileSync(path.join(backupsDir, name), 'utf8'), name), `${where}: backup ${name}`).not.toThrow()
      }

      // A lock left by the killed writer must name it, so that the next writer can see that it is dead.
      const changes = path.join(dir, 'changes')
      const deviceDirs = existsSync(changes) ? readdirSync(changes).map((d) => path.join(changes, d)) : []
      for (const lock of deviceDirs.map((d) => path.join(d, 'snapshot.lock')).filter(existsSync)) {
        expect(readFileSync(lock, 'utf8'), `${where}: a lock file that names no process`).toMatch(/^\d+ /)
      }

      stats.leftoverTempFiles = [dir, articlesDir, backupsDir, path.join(dir, 'snapshots'), ...deviceDirs]
        .flatMap((d) => (existsSync(d) ? readdirSync(d) : []))
        .filter((n) => n.endsWith('.tmp')).length
    }

    // And the folder still works: one more start writes and acknowledges.
    const last = next.proc
    const before = stats.acknowledged
    await next.loaded
    last.send('go')
    await last.waitFor((l) => l.startsWith('A '), 'a write after the last kill')
    await last.kill()
    expect(stats.acknowledged).toBeGreaterThan(before)
  }
}

describe('crash consistency', () => {
  it(`survives ${KILLS} kills at random moments without losing or tearing anything`, { timeout: 300_000 }, async () => {
    const perLane = Math.ceil(KILLS / LANES)
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, perLane)))
    const total = lanes.reduce(
      (sum, s) => {
        for (const key of Object.keys(sum) as (keyof LaneStats)[]) sum[key] += s[key]
        return sum
      },
      { kills: 0, acknowledged: 0, landedInFlight: 0, cutInFlight: 0, killedBeforeOpen: 0, bodyWritesInFlight: 0, leftoverTempFiles: 0 }
    )
    console.log(
      `crash test: ${total.kills} kills survived; ${total.acknowledged} library writes acknowledged; ` +
        `killed with a library write in flight ${total.landedInFlight + total.cutInFlight} times ` +
        `(${total.landedInFlight} had reached the disk, ${total.cutInFlight} had not); ` +
        `${total.bodyWritesInFlight} body writes in flight; ${total.killedBeforeOpen} kills during start-up; ` +
        `${total.leftoverTempFiles} temporary files left behind (removed when older than a minute)`
    )
    expect(total.kills).toBeGreaterThanOrEqual(KILLS)
  })
})
