// What a folder (a notes vault) holds for a repeated export: which notes are Diptych's, found by the
// diptych:// link in their front matter wherever they are and whatever they are called now.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { parseDeepLink } from '../../shared/deep-link'
import { frontMatterValue, INDEX_MARK } from '../../shared/export'
import { realPath } from './export-target'

export interface VaultNote {
  /** Path in the folder, with `/`. */
  path: string
  /** Its full path on disk (links resolved up to the folder). */
  file: string
  text: string
  mtimeMs: number
  size: number
}

export interface VaultScan {
  /** Diptych's article notes by article id (more than one when the reader copied a note). */
  byArticle: Map<string, VaultNote[]>
  /** Notes marked as Diptych's library index. */
  indexes: VaultNote[]
  /** Every note's name without `.md`, lower case: a new note takes none of them. */
  taken: string[]
  /** Notes of an export made before markers (an `exported:` key, no `diptych:` key), by lower-case name, at the top. */
  olderExports: Map<string, string>
  /** Files that could not be read as text, with why. */
  unreadable: { path: string; reason: string }[]
}

const decoder = new TextDecoder('utf-8', { fatal: true })
/** Files read at once: enough to keep the disk busy, few enough for any open-file limit. */
const PARALLEL = 32

/**
 * Reads the Markdown notes under `root`, its subfolders included; hidden folders (`.obsidian`, `.git`,
 * `.trash`), links and the library folder are left out.
 */
export async function scanVault(root: string, libraryDir: string): Promise<VaultScan> {
  const library = await realPath(libraryDir)
  const found: { rel: string; file: string }[] = []
  const walk = async (dir: string, rel: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const file = path.join(dir, entry.name)
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory() && file !== library) await walk(file, relPath)
      else if (entry.isFile() && /\.md$/i.test(entry.name)) found.push({ rel: relPath, file })
    }
  }
  await walk(root, '')
  const scan: VaultScan = { byArticle: new Map(), indexes: [], taken: [], olderExports: new Map(), unreadable: [] }
  for (let i = 0; i < found.length; i += PARALLEL) {
    const notes = await Promise.all(found.slice(i, i + PARALLEL).map((f) => readNote(f.rel, f.file, scan)))
    for (const note of notes) if (note) classify(note, scan)
  }
  return scan
}

async function readNote(rel: string, file: string, scan: VaultScan): Promise<VaultNote | undefined> {
  try {
    const [bytes, stat] = await Promise.all([fs.readFile(file), fs.stat(file)])
    return { path: rel, file, text: decoder.decode(bytes), mtimeMs: stat.mtimeMs, size: stat.size }
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not UTF-8 text' : 'it could not be read'
    scan.unreadable.push({ path: rel, reason })
    return undefined
  }
}

function classify(note: VaultNote, scan: VaultScan): void {
  const name = path.posix.basename(note.path).replace(/\.md$/i, '')
  scan.taken.push(name.toLowerCase())
  const mark = frontMatterValue(note.text, 'diptych')
  if (mark === undefined) {
    if (!note.path.includes('/') && frontMatterValue(note.text, 'exported') !== undefined)
      scan.olderExports.set(name.toLowerCase(), note.path)
    return
  }
  if (mark === INDEX_MARK) {
    scan.indexes.push(note)
    return
  }
  const link = parseDeepLink(mark)
  if (link.ok && link.value.kind === 'article') {
    const list = scan.byArticle.get(link.value.articleId)
    if (list) list.push(note)
    else scan.byArticle.set(link.value.articleId, [note])
  }
}
