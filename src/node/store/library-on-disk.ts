// The library as a fresh opening would read it from the folder (snapshot and logs), without opening a
// Store: for checks that what was acknowledged is on disk (the crash and concurrency tests) and for
// readers that only look.
import path from 'node:path'
import { SCHEMA_VERSION, type Library } from '../../shared/model'
import { resolveConfigDir } from '../data-dir'
import { Backups } from './backups'
import { deviceId } from './oplog/device-identity'
import { loadLibrary } from './oplog/library-loader'

export async function libraryOnDisk(dir: string, configDir = resolveConfigDir()): Promise<Library> {
  const loaded = await loadLibrary(dir, await deviceId(configDir), new Backups(path.join(dir, 'backups'), 10))
  return loaded.state.library(SCHEMA_VERSION, loaded.revision)
}
