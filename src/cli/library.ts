// The library the commands work on: the same folder, Store and services as the app (openApp), so that a
// write from the command line goes through the same lock and replay as one from the app.
import path from 'node:path'
import { AppError, isSystemError, openApp, SENTENCES, type AppContext, type ParseLimits, type Platform } from '../node'
import { CliError } from './command'
import { dataDirOf } from './data-dir'
import type { Output } from './output'
import { packageRoot } from './package-root'

export { dataDirOf, defaultDataDir } from './data-dir'

/** The package's resources folder (see packageRoot: the bundle loads commands from out/cli/chunks). */
export const resourcesDir = (): string => path.join(packageRoot(), 'resources')

/**
 * The parser worker scripts/build-cli.mjs builds beside the bundle: the command line parses in it, with
 * the app's time and memory bounds, never in its own process.
 */
export const parserWorker = (): string => path.join(packageRoot(), 'out', 'cli', 'parse-worker.mjs')

/** The command line has no windows: a service that asks for a dialog or the clipboard is a bug here. */
const noDesktop = (): never => {
  throw new AppError('internal', 'The command line cannot show dialogs or use the clipboard.')
}
const platform: Platform = {
  showOpenDialog: async () => noDesktop(),
  showSaveDialog: async () => noDesktop(),
  writeClipboard: () => noDesktop(),
  openExternal: async () => noDesktop()
}

/** Opens the library (seeding the bundled articles into a brand-new folder), runs `work`, then closes it. */
export async function withLibrary<T>(
  dataDirOption: unknown,
  out: Output,
  work: (app: AppContext) => Promise<T>,
  options: { parserLimits?: ParseLimits } = {}
): Promise<T> {
  const dataDir = dataDirOf(dataDirOption)
  const app = await openApp({
    dataDir,
    resourcesDir: resourcesDir(),
    platform,
    store: { backupOnOpen: false, keepsUnsavedChanges: false },
    parserWorker: parserWorker(),
    parserRequired: true,
    parserLimits: options.parserLimits
  }).catch((error: unknown) => {
    throw cannotOpen(dataDir, error)
  })
  // A damaged library restored from a backup: the reader must hear of it here as in the app.
  for (const notice of app.store.notices) out.note(`Note: ${notice.message}`)
  try {
    return await work(app)
  } finally {
    await app.store.close()
  }
}

/** A folder that cannot hold a library says why in a sentence; errors the Store explains pass through. */
function cannotOpen(dataDir: string, error: unknown): unknown {
  return isSystemError(error) ? new CliError(SENTENCES.folderNotOpened(dataDir, error)) : error
}
