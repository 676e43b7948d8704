// Two Syncthing instances on this computer, sharing one folder each, for the sync tests: the engine a
// reader runs between a laptop and a desktop, run here with nothing reaching out. Each instance has its
// own temporary home; its GUI/REST API and its sync port listen on 127.0.0.1 only (random free ports);
// global and local discovery, relays, NAT traversal, STUN, usage and crash reporting and upgrades are
// off; the two devices know each other by explicit addresses. Each runs in its own process group under
// `setpriv --pdeathsig KILL`, so that it dies with the test process even when that one is killed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promises as fs, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const SYNCTHING = process.env.DIPTYCH_SYNCTHING ?? '/usr/bin/syncthing'
export const FOLDER_ID = 'diptych-library'

/** Whether Syncthing can run here (the sync tests skip with a reason otherwise). */
export function syncthingAvailable(): boolean {
  return spawnSync(SYNCTHING, ['--version'], { stdio: 'ignore' }).status === 0
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

interface Device {
  name: string
  home: string
  folder: string
  id: string
  guiPort: number
  syncPort: number
  apiKey: string
  proc?: ChildProcess
  log: string
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** The whole config.xml of one device: everything not named here keeps Syncthing's default. */
function configXml(self: Device, other: Device, rescanDelayS: number): string {
  const device = (d: Device) =>
    `<device id="${d.id}" name="${d.name}" compression="metadata"><address>tcp://127.0.0.1:${d.syncPort}</address><autoAcceptFolders>false</autoAcceptFolders></device>`
  return `<configuration version="36">
  <folder id="${FOLDER_ID}" label="Diptych" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="${rescanDelayS}">
    <filesystemType>basic</filesystemType>
    <device id="${self.id}"></device>
    <device id="${other.id}"></device>
    <markerName>.stfolder</markerName>
  </folder>
  ${device(self)}
  ${device(other)}
  <gui enabled="true" tls="false" debugging="false"><address>127.0.0.1:${self.guiPort}</address><apikey>${self.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.syncPort}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <stunServer></stunServer>
    <announceLANAddresses>false</announceLANAddresses>
    <startBrowser>false</startBrowser>
    <urAccepted>-1</urAccepted>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
`
}

export interface SyncedFolders {
  /** The shared folder of device A and of device B. */
  a: string
  b: string
  /** Resolves once both devices are connected to each other. */
  connected(timeoutMs?: number): Promise<void>
  /** Scans both folders now and resolves once both sides hold the same files and need nothing. */
  waitInSync(timeoutMs?: number): Promise<void>
  /** The addresses each Syncthing process listens on (TCP and UDP, from /proc), e.g. `127.0.0.1:22000`. */
  listening(): Promise<string[]>
  /** The REST API of one device (for a test that needs more). */
  rest<T = unknown>(side: 'a' | 'b', route: string, method?: 'GET' | 'POST'): Promise<T>
  stop(): Promise<void>
}

export interface SyncthingOptions {
  /** Seconds Syncthing's file watcher gathers changes before scanning (its minimum is 1). */
  rescanDelayS?: number
  /** Folders to share instead of new empty ones (e.g. two devices' library folders). */
  folders?: { a: string; b: string }
  /** Patterns of files each side keeps to itself (written to `.stignore`, which Syncthing does not sync). */
  ignores?: readonly string[]
}

/** Starts two Syncthing instances sharing one folder each; `stop` kills them and removes their homes. */
export async function startSyncedFolders(options: SyncthingOptions = {}): Promise<SyncedFolders> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'diptych-syncthing-'))
  const make = async (name: string, folder: string | undefined): Promise<Device> => {
    const home = path.join(root, `home-${name}`)
    const generated = spawnSync(SYNCTHING, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], {
      encoding: 'utf8'
    })
    const id = /Device ID:\s*([A-Z0-9-]+)/.exec(generated.stdout + generated.stderr)?.[1]
    if (!id) throw new Error(`syncthing generate gave no device id: ${generated.stderr}`)
    const shared = folder ?? path.join(root, `folder-${name}`)
    // The marker tells Syncthing the folder is there on purpose (not an unmounted disk).
    mkdirSync(path.join(shared, '.stfolder'), { recursive: true })
    if (options.ignores) writeFileSync(path.join(shared, '.stignore'), options.ignores.join('\n') + '\n')
    return {
      name,
      home,
      folder: shared,
      id,
      guiPort: await freePort(),
      syncPort: await freePort(),
      apiKey: randomBytes(16).toString('hex'),
      log: ''
    }
  }
  const devices = [await make('a', options.folders?.a), await make('b', options.folders?.b)]
  const [a, b] = devices
  const delay = Math.max(1, Math.round(options.rescanDelayS ?? 1))
  writeFileSync(path.join(a.home, 'config.xml'), configXml(a, b, delay))
  writeFileSync(path.join(b.home, 'config.xml'), configXml(b, a, delay))

  const killAll = () => {
    for (const d of devices) if (d.proc?.pid && d.proc.exitCode === null) process.kill(-d.proc.pid, 'SIGKILL')
  }
  process.once('exit', killAll)
  for (const d of devices) {
    const args = ['--pdeathsig', 'KILL', '--', SYNCTHING, 'serve', `--home=${d.home}`, '--no-browser', '--no-restart', '--no-upgrade']
    args.push(`--gui-address=127.0.0.1:${d.guiPort}`, `--gui-apikey=${d.apiKey}`, '--logflags=0')
    d.proc = spawn('setpriv', args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1', STMONITORED: '1', HOME: d.home }
    })
    const keep = (chunk: Buffer) => void (d.log = (d.log + chunk.toString('utf8')).slice(-20_000))
    d.proc.stdout!.on('data', keep)
    d.proc.stderr!.on('data', keep)
  }
  const side = (s: 'a' | 'b') => (s === 'a' ? a : b)

  async function rest<T>(s: 'a' | 'b', route: string, method: 'GET' | 'POST' = 'GET'): Promise<T> {
    const d = side(s)
    const response = await fetch(`http://127.0.0.1:${d.guiPort}${route}`, { method, headers: { 'X-API-Key': d.apiKey } })
    if (!response.ok) throw new Error(`${d.name} ${route}: ${response.status} ${await response.text()}`)
    const text = await response.text()
    return (text ? JSON.parse(text) : null) as T
  }

  async function until(what: string, timeoutMs: number, test: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (await test().catch(() => false)) return
      for (const d of devices) {
        if (d.proc?.exitCode !== null) throw new Error(`syncthing ${d.name} exited (${d.proc?.exitCode}): ${d.log.slice(-2_000)}`)
      }
      if (Date.now() > deadline)
        throw new Error(`Syncthing: ${what} did not happen within ${timeoutMs} ms.\n${a.log.slice(-1_500)}\n${b.log.slice(-1_500)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  async function connected(timeoutMs = 30_000): Promise<void> {
    await until('the two devices connecting', timeoutMs, async () => {
      const seen = await Promise.all(
        (['a', 'b'] as const).map(async (s) => {
          const c = await rest<{ connections: Record<string, { connected: boolean }> }>(s, '/rest/system/connections')
          return c.connections[side(s === 'a' ? 'b' : 'a').id]?.connected === true
        })
      )
      return seen.every(Boolean)
    })
  }

  interface FolderStatus {
    state: string
    needTotalItems: number
    globalFiles: number
    globalBytes: number
    globalDeleted: number
    localFiles: number
    localBytes: number
    localDeleted: number
  }

  async function waitInSync(timeoutMs = 30_000): Promise<void> {
    await connected(timeoutMs)
    // A scan now rather than the watcher's delay; the answer comes once the scan is done.
    await Promise.all((['a', 'b'] as const).map((s) => rest(s, `/rest/db/scan?folder=${FOLDER_ID}`, 'POST')))
    await until('the two folders agreeing', timeoutMs, async () => {
      const statuses = await Promise.all((['a', 'b'] as const).map((s) => rest<FolderStatus>(s, `/rest/db/status?folder=${FOLDER_ID}`)))
      const completions = await Promise.all(
        (['a', 'b'] as const).map((s) =>
          rest<{ completion: number; needItems: number }>(
            s,
            `/rest/db/completion?folder=${FOLDER_ID}&device=${side(s === 'a' ? 'b' : 'a').id}`
          )
        )
      )
      const key = (st: FolderStatus) => `${st.globalFiles}/${st.globalBytes}/${st.globalDeleted}`
      return (
        statuses.every(
          (st) => st.state === 'idle' && st.needTotalItems === 0 && key(st) === `${st.localFiles}/${st.localBytes}/${st.localDeleted}`
        ) &&
        key(statuses[0]) === key(statuses[1]) &&
        completions.every((c) => c.completion === 100 && c.needItems === 0)
      )
    })
  }

  async function listening(): Promise<string[]> {
    const found: string[] = []
    for (const d of devices) {
      const pid = d.proc?.pid
      if (!pid) continue
      found.push(...(await listeningSockets(pid)))
    }
    return found
  }

  async function stop(): Promise<void> {
    process.removeListener('exit', killAll)
    killAll()
    await Promise.all(
      devices.map((d) => (d.proc && d.proc.exitCode === null ? new Promise((resolve) => d.proc!.once('close', resolve)) : null))
    )
    rmSync(root, { recursive: true, force: true })
  }

  return { a: a.folder, b: b.folder, connected, waitInSync, listening, rest, stop }
}

/** The local addresses a process listens on (TCP in LISTEN state, bound UDP), read from /proc. */
async function listeningSockets(pid: number): Promise<string[]> {
  const inodes = new Set<string>()
  for (const fd of await fs.readdir(`/proc/${pid}/fd`).catch(() => [])) {
    const target = await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
    if (inode) inodes.add(inode)
  }
  const found: string[] = []
  for (const table of ['tcp', 'tcp6', 'udp', 'udp6']) {
    const text = await fs.readFile(`/proc/${pid}/net/${table}`, 'utf8').catch(() => '')
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols.length < 10 || !inodes.has(cols[9])) continue
      // TCP: only listening sockets (state 0A); UDP: every bound socket.
      if (table.startsWith('tcp') && cols[3] !== '0A') continue
      found.push(`${table.startsWith('tcp') ? 'tcp' : 'udp'} ${hexAddress(cols[1])}`)
    }
  }
  return found
}

/** `0100007F:1F90` → `127.0.0.1:8080`; IPv6 in /proc's four little-endian words. */
function hexAddress(hex: string): string {
  const [addr, port] = hex.split(':')
  const p = parseInt(port, 16)
  if (addr.length === 8) return `${[3, 2, 1, 0].map((i) => parseInt(addr.slice(i * 2, i * 2 + 2), 16)).join('.')}:${p}`
  const words = addr.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''))
  const groups = words
    .join('')
    .match(/.{4}/g)!
    .map((g) => g.replace(/^0+(?=.)/, ''))
  return `[${groups.join(':')}]:${p}`
}
