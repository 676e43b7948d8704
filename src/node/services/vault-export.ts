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
  libraryNotePlan,
  mergeManaged,
  noteName,
  renderManaged,
  type ExportArticle,
  type LinkResolver,
  type ManagedNote,
  type MarkdownExportOptions
} from '../../shared/export'
import { ExportTargetError, realPath, refuseInsideLibrary } from './export-target'
import { scanVault, type VaultNote, type VaultScan } from './vault-scan'
import { PhaseSum, timed, type PhaseClock } from './export-phases'
import { writeStaged, type StagedWrite } from './vault-write'

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
  /** Told how long scanning, rendering and writing took (the bench). */
  clock?: PhaseClock
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
  const scan = await timed(work.clock, 'scan', () => scanVault(root, libraryDir))
  const report: VaultReport = { created: [], updated: [], unchanged: 0, skipped: [], deleted: [] }
  for (const bad of scan.unreadable) report.skipped.push({ file: bad.path, reason: `${bad.reason}; left as it is` })

  const notes = await timed(work.clock, 'render', () => planNotes(scan, work, report))
  await writeNotes(root, libraryDir, notes, report, work.clock)
  return report
}

/** A note to render: merged into the one found in the folder, if any; or only a reason to leave it alone. */
interface NoteToWrite {
  found: VaultNote | undefined
  path: string
  render?: () => ManagedNote
  skip?: { file: string; reason: string }
}

/** The notes in the order they are reported, each to be rendered when its turn comes. */
function planNotes(scan: VaultScan, work: VaultExport, report: VaultReport): NoteToWrite[] {
  const { existing, exported } = placeNotes(scan, work, report)
  const index = scan.indexes.length === 1 ? scan.indexes[0] : undefined
  if (scan.indexes.length > 1)
    for (const note of scan.indexes) report.skipped.push({ file: note.path, reason: 'it is one of several library indexes' })
  const plan = libraryNotePlan(exported, work.options, work.links, {
    existing: new Map([...existing].map(([id, note]) => [id, note.path])),
    taken: scan.taken,
    index: index?.path
  })
  const notes: NoteToWrite[] = plan.articles.map((note) => ({ found: existing.get(note.articleId), path: note.path, render: note.render }))
  const olderIndex = !index && scan.olderExports.get(INDEX_NOTE)
  if (olderIndex) notes.push({ found: undefined, path: olderIndex, skip: { file: olderIndex, reason: OLDER_EXPORT } })
  else if (scan.indexes.length <= 1) notes.push({ found: index, path: plan.index.path, render: () => plan.index.note })
  return notes
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
 * Renders each note and writes what changed, each note atomically, rendering the next ones while the
 * disk writes. A note the reader changed since it was read (an editor saving it right now) is not
 * replaced: it is reported, and the next export takes it up. The report lists notes in plan order.
 */
async function writeNotes(root: string, libraryDir: string, notes: NoteToWrite[], report: VaultReport, clock?: PhaseClock): Promise<void> {
  const library = await realPath(libraryDir)
  const rendering = new PhaseSum(clock !== undefined)
  const skipped: ({ file: string; reason: string } | undefined)[] = notes.map((note) => note.skip)
  const changed: ({ file: string; reason: string } | undefined)[] = []
  const written: ('created' | 'updated' | undefined)[] = []
  const prepare = async (i: number): Promise<StagedWrite | undefined> => {
    const { found, path: notePath, render } = notes[i]
    if (!render) return undefined
    const content = rendering.add(() => {
      const note = render()
      if (!found) return renderManaged(note)
      const outcome = mergeManaged(found.text, note)
      if (outcome.kind === 'updated') return outcome.content
      if (outcome.kind === 'unchanged') report.unchanged++
      else skipped[i] = { file: found.path, reason: `${SKIP_REASONS[outcome.reason]} (${outcome.detail}); left as it is` }
      return undefined
    })
    if (content === undefined) return undefined
    const file = found?.file ?? path.join(root, ...notePath.split('/'))
    await refuseInsideLibrary(file, file, { libraryDir, force: false }, library)
    const now = await fs.stat(file).catch(() => null)
    const moved = found ? !now || now.mtimeMs !== found.mtimeMs || now.size !== found.size : now !== null
    if (moved) {
      changed[i] = { file: notePath, reason: 'it changed while Diptych was exporting; left as it is, export again to update it' }
      return undefined
    }
    written[i] = found ? 'updated' : 'created'
    return { file, data: content, mode: now?.mode }
  }
  const start = { wall: performance.now(), cpu: process.cpuUsage() }
  await writeStaged(notes.length, prepare)
  if (clock) rendering.tell(clock, 'render', 'write', start)
  for (const skip of [...skipped, ...changed]) if (skip) report.skipped.push(skip)
  notes.forEach((note, i) => written[i] && report[written[i]].push(note.path))
}
