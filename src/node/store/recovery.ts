// A damaged or missing library.json: the damage is moved aside (never overwritten), the newest good
// backup takes its place, and the reader is told what happened and where the damaged file went.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { StoreNotice } from '../../shared/api'
import { emptyLibrary, type Library } from '../../shared/model'
import { timeStamp, type Backups } from './backups'
import type { CorruptLibraryError } from './library-file'

/** The library to start from and what to tell the reader; null on a first run (nothing was ever here). */
export async function recoverLibrary(
  libraryFile: string,
  backups: Backups,
  damage: CorruptLibraryError | null
): Promise<{ library: Library; notice: StoreNotice } | null> {
  let movedTo: string | undefined
  if (damage) {
    movedTo = path.join(path.dirname(libraryFile), `library.corrupt-${timeStamp()}.json`)
    await fs.rename(libraryFile, movedTo)
  }
  const good = await backups.newestGood()
  if (!good && !damage) return null
  const what = damage ? `The library file was damaged (${damage.reason}).` : 'The library file was missing.'
  const where = movedTo ? ` The damaged file was moved to ${movedTo}.` : ''
  const notice: StoreNotice = good
    ? { kind: 'recovered-from-backup', message: `${what} Diptych restored the newest good backup (${good.name}).${where}`, movedTo }
    : { kind: 'recovered-empty', message: `${what} No good backup was found, so Diptych started an empty library.${where}`, movedTo }
  return { library: good ? good.library : emptyLibrary(), notice }
}
