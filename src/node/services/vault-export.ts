// A Markdown export of the library repeated into the same folder (a notes vault): each article's note is
// found by the diptych:// link in its front matter, whatever it is called now and wherever it was moved;
// only Diptych's parts of it are rewritten (managed-region.ts); a note that would not change is not
// written, so that sync tools and git see nothing. Notes Diptych cannot safely rewrite are reported,
// never overwritten, and so are the notes of articles the library no longer has.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { FolderUpdateResult } from '../../shared/api'
import {
  INDEX_NOTE,
  libraryNotes,
  mergeManaged,
  noteName,
  renderManaged,
  type ExportArticle,
  type LinkResolver,
  type ManagedNote,
  type MarkdownExportOptions
} from '../../shared/export'
import { writeFilesAtomic } from '../store/atomic-file'
import { ExportTargetError, realPath, refuseInsideLibrary } from './export-target'
import { scanVault, type VaultNote, type VaultScan } from './vault-scan'

export type VaultReport = Omit<FolderUpdateResult, 'path' | 'failed'>

export interface VaultExport {
  /** The articles to export, their text read. */
  inputs: readonly ExportArticle[]
  options: MarkdownExportOptions
  links: LinkResolver
  /** Ids of every article the library still has (the trash left out): a note of another one is an article deleted. */
  liveIds: ReadonlySet<string>
  /** An article's title, from the library or its trash, for the report on deleted articles. */
  titleOf: (id: string) => string | undefined
}

const SKIP_REASONS: Record<string, string> = {
  'no-front-matter': 'its front matter is gone, so Diptych cannot tell its part from yours',
  'no-markers': 'it has no diptych:begin and diptych:end markers, so Diptych cannot tell its part from yours',
  'broken-markers': 'its diptych markers were changed'
}

/** Updates the notes in `target` (created if needed); the library folder is refused as everywhere. */
export async function updateVault(target: string, libraryDir: string, work: VaultExport): Promise<VaultReport> {
  const root = await realPath(target)
  await refuseInsideLibrary(target, root, { libraryDir, force: false })
  const there = await fs.stat(root).catch(() => null)
  if (there && !there.isDirectory()) {
    throw new ExportTargetError('is-file', `This export is a folder of notes, but ${target} is a file: give a folder.`)
  }
  await fs.mkdir(root, { recursive: true })
  const scan = await scanVault(root, libraryDir)
  const report: VaultReport = { created: [], updated: [], unchanged: 0, skipped: [], deleted: [] }
  for (const bad of scan.unreadable) report.skipped.push({ file: bad.path, reason: `${bad.reason}; left as it is` })

  const { existing, exported } = placeNotes(scan, work, report)
  const index = scan.indexes.length === 1 ? scan.indexes[0] : undefined
  if (scan.indexes.length > 1)
    for (const note of scan.indexes) report.skipped.push({ file: note.path, reason: 'it is one of several library indexes' })
  const notes = libraryNotes(exported, work.options, work.links, {
    existing: new Map([...existing].map(([id, note]) => [id, note.path])),
    taken: scan.taken,
    index: index?.path
  })
  const writes: { note: VaultNote | undefined; path: string; content: string }[] = []
  const plan = (found: VaultNote | undefined, notePath: string, note: ManagedNote) => {
    if (!found) return writes.push({ note: undefined, path: notePath, content: renderManaged(note) })
    const outcome = mergeManaged(found.text, note)
    if (outcome.kind === 'unchanged') report.unchanged++
    else if (outcome.kind === 'updated') writes.push({ note: found, path: notePath, content: outcome.content })
    else report.skipped.push({ file: found.path, reason: `${SKIP_REASONS[outcome.reason]} (${outcome.detail}); left as it is` })
  }
  for (const note of notes.articles) plan(existing.get(note.articleId), note.path, note.note)
  const olderIndex = !index && scan.olderExports.get(INDEX_NOTE)
  if (olderIndex) report.skipped.push({ file: olderIndex, reason: OLDER_EXPORT })
  else if (scan.indexes.length <= 1) plan(index, notes.index.path, notes.index.note)

  await writeNotes(root, libraryDir, writes, report)
  return report
}

const OLDER_EXPORT = 'it is from an export made before markers, so Diptych cannot tell its part from yours; left as it is'

/** Each article's note in the folder, if it has exactly one; the articles to export; the deleted articles' notes. */
function placeNotes(scan: VaultScan, work: VaultExport, report: VaultReport) {
  const existing = new Map<string, VaultNote>()
  const exported: ExportArticle[] = []
  for (const input of work.inputs) {
    const found = scan.byArticle.get(input.meta.id) ?? []
    if (found.length > 1) {
      for (const note of found) report.skipped.push({ file: note.path, reason: `it is one of ${found.length} notes of the same article` })
      continue
    }
    if (found.length === 1) existing.set(input.meta.id, found[0])
    else {
      const older = scan.olderExports.get(noteName(input.meta.title).toLowerCase())
      if (older) {
        report.skipped.push({ file: older, reason: OLDER_EXPORT })
        continue
      }
    }
    exported.push(input)
  }
  for (const [id, notes] of scan.byArticle) {
    if (work.liveIds.has(id)) continue
    for (const note of notes) report.deleted.push({ file: note.path, articleId: id, title: work.titleOf(id) })
  }
  return { existing, exported }
}

/**
 * Writes what changed, each note atomically. A note the reader changed since it was read (an editor
 * saving it right now) is not replaced: it is reported, and the next export takes it up.
 */
async function writeNotes(
  root: string,
  libraryDir: string,
  writes: { note: VaultNote | undefined; path: string; content: string }[],
  report: VaultReport
): Promise<void> {
  const library = await realPath(libraryDir)
  const ready: { file: string; data: string; mode?: number }[] = []
  for (const write of writes) {
    const file = write.note?.file ?? path.join(root, ...write.path.split('/'))
    await refuseInsideLibrary(file, file, { libraryDir, force: false }, library)
    const now = await fs.stat(file).catch(() => null)
    const moved = write.note ? !now || now.mtimeMs !== write.note.mtimeMs || now.size !== write.note.size : now !== null
    if (moved) {
      report.skipped.push({ file: write.path, reason: 'it changed while Diptych was exporting; left as it is, export again to update it' })
      continue
    }
    ready.push({ file, data: write.content, mode: now?.mode })
    ;(write.note ? report.updated : report.created).push(write.path)
  }
  await writeFilesAtomic(ready)
}
