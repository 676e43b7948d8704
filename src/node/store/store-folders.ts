// The folders a store opens: made if missing, cleared of what a killed process left half written, and
// of article bodies that no article names any more.
import { promises as fs } from 'node:fs'
import type { Library } from '../../shared/model'
import type { ArticleBodies } from './article-bodies'
import { removeStaleTempFiles } from './atomic-file'
import { libraryHasOtherDevices } from './oplog/pending-changes'

/** Makes the bodies' and this device's log folders; removes temporary files left by a process killed mid-write. */
export async function prepareFolders(articlesDir: string, deviceDir: string, others: string[]): Promise<void> {
  await fs.mkdir(articlesDir, { recursive: true })
  await fs.mkdir(deviceDir, { recursive: true })
  // The snapshot's, the lock's, the bodies' and the backups'.
  for (const folder of [...others, deviceDir]) await removeStaleTempFiles(folder)
}

const articleIds = (library: Library) => new Set(library.articles.map((a) => a.id))

/** Whether bodies no article names are to be looked for: never while other devices share the folder (theirs may be on the way). */
export async function needsOrphanSweep(changesDir: string, device: string, bodies: ArticleBodies, library: Library): Promise<boolean> {
  if (await libraryHasOtherDevices(changesDir, device)) return false
  return (await bodies.orphans(articleIds(library))).length > 0
}

export async function removeOrphans(bodies: ArticleBodies, library: Library): Promise<void> {
  for (const file of await bodies.orphans(articleIds(library))) await fs.rm(file, { force: true })
}
