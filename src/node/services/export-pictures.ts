// The pictures of a Markdown export, copied into `assets/` beside it so that `![alt](assets/<name>)`
// shows them wherever the export goes. Same rules as the export's own files: never inside the library
// folder, written atomically, and a file of that name already there is kept when it is the same
// picture (its name is its SHA-256) and never replaced when it is another file: the export is refused
// before anything is written.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../store/atomic-file'
import type { AssetStore } from '../store/assets'
import { ExportTargetError, realPath, refuseInsideLibrary } from './export-target'

export interface PictureCopy {
  from: string
  to: string
}

const sameBytes = async (file: string, name: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex') === name.slice(0, name.indexOf('.'))

/** The copies to make into `<folder>/assets/`; throws ExportTargetError when one would replace another file. */
export async function planPictureCopies(
  names: readonly string[],
  assets: AssetStore,
  folder: string,
  libraryDir: string
): Promise<PictureCopy[]> {
  if (names.length === 0) return []
  const into = path.join(await realPath(folder), 'assets')
  await refuseInsideLibrary(path.join(folder, 'assets'), into, { libraryDir, force: false })
  const plan: PictureCopy[] = []
  for (const name of names) {
    const from = assets.path(name)
    const to = path.join(into, name)
    if (!from) continue
    const there = await fs.lstat(to).catch(() => null)
    if (there?.isFile() && (await sameBytes(to, name))) continue
    if (there) {
      throw new ExportTargetError(
        'foreign-file',
        `${path.join(folder, 'assets')} holds “${name}”, which is not the picture of that name; move it or export somewhere else.`
      )
    }
    plan.push({ from, to })
  }
  return plan
}

/** Makes the copies; a picture missing from the library is left out (its link in the export shows nothing). */
export async function copyPictures(plan: readonly PictureCopy[]): Promise<number> {
  let copied = 0
  for (const { from, to } of plan) {
    const bytes = await fs.readFile(from).catch(() => null)
    if (!bytes) continue
    await fs.mkdir(path.dirname(to), { recursive: true })
    await writeFileAtomic(to, bytes)
    copied++
  }
  return copied
}
