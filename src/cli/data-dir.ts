// Which library folder a command works on, from the light entry of src/node: `diptych list` reads it
// without loading the store.
import { appFolder, resolveDataDir } from '../node/listing'

/** The app's own folder (data-dir.ts): the library's default place, as in the app. */
export const defaultDataDir = appFolder

/** --data-dir, else DIPTYCH_DATA_DIR, else the app's folder: the same order as the app (data-dir.ts). */
export function dataDirOf(option: unknown): string {
  return resolveDataDir(typeof option === 'string' ? ['--data-dir', option] : [], process.env, defaultDataDir())
}
