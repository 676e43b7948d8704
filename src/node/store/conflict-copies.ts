// The copies a sync tool leaves when two computers changed one file before either saw the other's:
// Syncthing's `library.sync-conflict-20260130-101530-ABCDEFG.json`, Dropbox's
// `library (Jane's conflicted copy 2026-01-30).json`, Nextcloud's `library (conflicted copy 2026-01-30 101530).json`.
// Each device writes only its own change log, so such copies should not arise; when one does (a folder
// copied to a second machine, a tool that syncs a log both ends wrote), it is never ignored: a copy
// identical to its original is removed (the same bytes arrived twice), a change log's copy goes to the
// store to be read (its operations are idempotent), anything else is told to the reader.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { StoreNotice } from '../../shared/api'
import { shownPath } from '../error-messages'

export type ConflictTool = 'Syncthing' | 'Dropbox'

export interface ConflictName {
  /** The name of the file it is a copy of, in the same folder. */
  original: string
  tool: ConflictTool
}

const SYNCTHING = /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]{7})?(\.[^.]*)?$/
// "(conflicted copy …)" with or without "<name>'s " before it, and an optional "(1)" inside.
const DROPBOX = /^(.+?) \((?:[^()]*?['’]s )?conflicted copy\b[^()]*(?:\(\d+\)[^()]*)?\)(\.[^.]*)?$/i

/** What a file name says: a sync tool's conflicted copy of `original`, or null for any other name. */
export function conflictName(name: string): ConflictName | null {
  const s = SYNCTHING.exec(name)
  if (s) return { original: s[1] + (s[2] ?? ''), tool: 'Syncthing' }
  const d = DROPBOX.exec(name)
  if (d) return { original: d[1] + (d[2] ?? ''), tool: 'Dropbox' }
  return null
}

export type ConflictKind = 'change-log' | 'library' | 'settings' | 'other'

export interface ConflictCopy extends ConflictName {
  /** Absolute path of the copy. */
  file: string
  /** Path of the original, relative to the library folder (`library.json`, `changes/laptop/3.jsonl`). */
  relative: string
  kind: ConflictKind
}

function kindOf(relative: string): ConflictKind {
  if (relative.endsWith('.jsonl')) return 'change-log'
  if (relative === 'library.json' || /^snapshots?\//.test(relative)) return 'library'
  if (relative === 'settings.json') return 'settings'
  return 'other'
}

/** Folders never searched: the backups (Diptych's own copies) and the sync tools' own folders. */
const SKIPPED = new Set(['backups', '.stfolder', '.stversions', '.dropbox.cache', '.sync'])

/** Every conflicted copy in the library folder (sub-folders included). */
export async function findConflictCopies(dir: string): Promise<ConflictCopy[]> {
  const found: ConflictCopy[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(file)
        continue
      }
      const named = entry.isFile() ? conflictName(entry.name) : null
      if (!named) continue
      const relative = path.relative(dir, path.join(folder, named.original)).split(path.sep).join('/')
      found.push({ ...named, file, relative, kind: kindOf(relative) })
    }
  }
  await walk(dir)
  return found
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fs.readFile(a).catch(() => null), fs.readFile(b).catch(() => null)])
  return x !== null && y !== null && x.equals(y)
}

/** The reader's sentence for a copy Diptych does not merge. */
export function conflictSentence(copy: ConflictCopy): string {
  const name = `“${shownPath(path.basename(copy.file))}”`
  const where = `in the library folder (${shownPath(path.dirname(copy.file))})`
  const twice = `${copy.tool} found ${shownPath(copy.relative)} changed on two computers at once`
  switch (copy.kind) {
    case 'library':
      return `${twice}: Diptych goes on with this computer’s library and left the other as ${name} ${where}. Nothing in that copy was merged; to use it instead, quit Diptych on every computer and put it in place of ${shownPath(copy.relative)}.`
    case 'settings':
      return `${twice}: Diptych goes on with this computer’s settings and left the other computer’s as ${name} ${where}; you may delete it.`
    case 'change-log':
      return `${twice}: the copy ${name} ${where} could not be read, so its changes are not in your library yet. Keep the file; a newer Diptych may read it.`
    default:
      return `${twice}: the other version was left as ${name} ${where}. Diptych does not read it; compare the two and keep the one you want.`
  }
}

export interface ConflictHandling {
  /** Reads a change log's copy into the library; false when it cannot (then the reader is told). */
  mergeChangeLog?: (copy: ConflictCopy) => Promise<boolean>
}

/**
 * Finds the conflicted copies in `dir` and deals with each one not dealt with before (`seen` remembers
 * them between calls): identical ones removed, change logs merged, the rest told through `notices`.
 * Returns the copies that were new.
 */
export async function resolveConflictCopies(
  dir: string,
  notices: StoreNotice[],
  seen: Set<string>,
  handling: ConflictHandling = {}
): Promise<ConflictCopy[]> {
  const fresh = (await findConflictCopies(dir)).filter((copy) => !seen.has(copy.file))
  for (const copy of fresh) {
    seen.add(copy.file)
    if (await sameBytes(copy.file, path.join(dir, copy.relative))) {
      await fs.rm(copy.file, { force: true })
      continue
    }
    if (copy.kind === 'change-log' && handling.mergeChangeLog && (await handling.mergeChangeLog(copy).catch(() => false))) continue
    const message = conflictSentence(copy)
    if (!notices.some((n) => n.message === message)) notices.push({ kind: 'conflicted-copy', message, movedTo: copy.file })
  }
  return fresh
}
