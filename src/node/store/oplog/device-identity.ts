// Which device this is: a name kept in the per-machine config folder (the app's own folder, or
// DIPTYCH_CONFIG_DIR for the app and the command line alike), never in the library folder, so that a
// library copied to or synced with another computer is written there under that computer's own name.
// A config folder copied to another machine (a home folder restored from a backup) is told by the host
// name it records, and that machine takes a name of its own.
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeFileAtomic } from '../atomic-file'

const FILE = 'device.json'

export async function deviceId(configDir: string): Promise<string> {
  const file = path.join(configDir, FILE)
  const host = os.hostname()
  const known = await fs
    .readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as { id?: unknown; host?: unknown })
    .catch(() => null)
  if (known && typeof known.id === 'string' && /^[0-9a-z]{6,32}$/.test(known.id) && known.host === host) return known.id
  const id = randomBytes(5).toString('hex')
  await fs.mkdir(configDir, { recursive: true })
  await writeFileAtomic(file, JSON.stringify({ id, host }))
  // Two processes naming a new machine at once: both keep the name written last. (Had one kept its own,
  // its changes would only sit under a device name no process writes again: merged all the same.)
  const written = await fs
    .readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as { id?: unknown })
    .catch(() => null)
  return typeof written?.id === 'string' ? written.id : id
}
