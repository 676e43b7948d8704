// Web Annotation JSON onto an article: what anchors becomes a highlight where it belongs, what does
// not is kept as an orphan (listed, exported, never dropped). Ids are kept, so export → import → export
// gives the same annotations.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { AnnotationImportResult } from '../../shared/api'
import { anchorMany } from '../../shared/anchor'
import { readAnnotationItem, webAnnotationItems, type ImportedAnnotation } from '../../shared/export'
import type { ImportedLink } from '../../shared/export/webannotation-parse'
import { linkKey } from '../../shared/library-ops'
import { canonicalText, type Highlight, type Link } from '../../shared/model'
import { spellTags, tagSpellings } from '../../shared/tag-ops'
import { AppError } from '../errors'
import { newId, now } from '../ids'
import type { Platform } from '../platform'
import { highlightSchema, idSchema, linkSchema } from '../schemas'
import type { Store } from '../store/store'
import { notesOf, selectionOf, Tally, timeOr, type Selection } from './annotation-candidates'
import type { LibraryService } from './library-service'
import { MAX_ARTICLE_BYTES } from '../../shared/limits'
import { formatMegabytes } from './import/import-failure'

/** Annotations read and anchored between two turns of the event loop. */
const BATCH = 2_000

export class AnnotationImportService {
  constructor(
    private readonly store: Store,
    private readonly library: LibraryService,
    private readonly platform: Platform
  ) {}

  async importWithDialog(articleId: string): Promise<AnnotationImportResult> {
    this.library.article(articleId)
    const chosen = await this.platform.showOpenDialog({
      title: 'Import Web Annotation JSON',
      filters: [{ name: 'Web Annotation JSON', extensions: ['json', 'jsonld'] }],
      multiple: false
    })
    const file = chosen?.[0]
    if (!file) return { file: null, imported: 0, orphans: 0, links: 0, existing: 0, skipped: [], adjusted: [] }
    const stat = await fs.stat(file).catch(() => null)
    if (!stat?.isFile()) throw new AppError('import', `“${path.basename(file)}” could not be read.`)
    if (stat.size > MAX_ARTICLE_BYTES)
      throw new AppError('import', `“${path.basename(file)}” is larger than ${formatMegabytes(MAX_ARTICLE_BYTES)}.`)
    const result = await this.importText(articleId, await fs.readFile(file, 'utf8'), path.basename(file))
    return { ...result, file }
  }

  /**
   * Reads and places the annotations a batch at a time, letting other work run in between (a file of
   * 100,000 annotations would otherwise hold the process for the whole import); `onProgress` hears after
   * each batch. Nothing is stored until every item has been read: a damaged item fails the whole file.
   */
  async importText(
    articleId: string,
    json: string,
    fileName = 'the file',
    onProgress?: (progress: ImportProgress) => void
  ): Promise<AnnotationImportResult> {
    const found = webAnnotationItems(json)
    if (!found.ok) throw unreadable(fileName, found.error.message)
    const text = canonicalText((await this.library.body(articleId)).blocks)
    const lib = this.store.data
    const known = new Set(lib.highlights.map((h) => h.id))
    const fromFile = new Set<string>()
    const idMap = new Map<string, string>()
    const orphanIds = new Set<string>()
    const fresh: Highlight[] = []
    const fileLinks: ImportedLink[] = []
    const skipped = new Tally()
    const adjusted = new Tally()
    let existing = 0
    const total = found.value.length
    for (let from = 0; from < total; from += BATCH) {
      const batch: { a: ImportedAnnotation; id: string; selection: Selection; note: string; tags: string[] }[] = []
      for (const item of found.value.slice(from, from + BATCH)) {
        const one = readAnnotationItem(item)
        if (!one.ok) throw unreadable(fileName, one.error.message)
        const read = one.value
        if (read.kind === 'link') fileLinks.push(read.link)
        else if (read.kind === 'skipped') skipped.add('it has no passage to place (no TextQuoteSelector or TextPositionSelector)')
        else {
          const a = read.highlight
          const ownId = a.id && idSchema.safeParse(a.id).success ? a.id : undefined
          if (ownId && known.has(ownId)) {
            existing++
            idMap.set(ownId, ownId)
            continue
          }
          if (ownId && fromFile.has(ownId)) {
            skipped.add('it repeats the id of an annotation earlier in the file')
            continue
          }
          const selection = selectionOf(a, text, adjusted)
          if ('skip' in selection) {
            skipped.add(selection.skip)
            continue
          }
          const notes = notesOf(a, adjusted)
          if ('skip' in notes) {
            skipped.add(notes.skip)
            continue
          }
          if (ownId) fromFile.add(ownId)
          batch.push({ a, id: ownId ?? newId(), selection, ...notes })
        }
      }
      const anchors = anchorMany(
        text,
        batch.map((b) => b.selection)
      )
      batch.forEach(({ a, id, selection, note, tags }, i) => {
        const anchored = anchors[i]
        const at = now()
        const candidate = {
          id,
          articleId,
          color: a.color ?? lib.settings.lastColor,
          quote: selection.quote,
          position: anchored.status === 'orphan' ? selection.position : { start: anchored.start, end: anchored.end },
          note,
          tags,
          createdAt: timeOr(a.createdAt, at),
          updatedAt: timeOr(a.updatedAt, at)
        }
        const valid = highlightSchema.safeParse(candidate)
        if (!valid.success) return skipped.add('it does not fit the library’s format')
        fresh.push(valid.data)
        if (anchored.status === 'orphan') orphanIds.add(id)
        if (a.id) idMap.set(a.id, id)
      })
      onProgress?.({ done: Math.min(from + BATCH, total), total })
      await new Promise((resolve) => setImmediate(resolve))
    }
    const links = this.linksToAdd(fileLinks, idMap, new Set([...known, ...fresh.map((h) => h.id)]), skipped)
    const stored = await this.store.update((library) => {
      // Read from the library itself, not through the change's proxy, which copies every entity it hands out.
      const plain = this.store.data
      const ids = new Set(plain.highlights.map((h) => h.id))
      const added = fresh.filter((h) => !ids.has(h.id))
      // Spelt here, so that a replay on a fresher library spells tags as that library does.
      const spellings = tagSpellings(plain)
      for (const h of added) h.tags = spellTags(h.tags, spellings)
      library.highlights.push(...added)
      const linkIds = new Set(plain.links.map((l) => l.id))
      const newLinks = links.filter((l) => !linkIds.has(l.id))
      library.links.push(...newLinks)
      return { highlights: added, links: newLinks.length }
    })
    // Another process may have added some of the same highlights meanwhile: those were there already.
    existing += fresh.length - stored.highlights.length
    return {
      file: null,
      imported: stored.highlights.length,
      orphans: stored.highlights.filter((h) => orphanIds.has(h.id)).length,
      links: stored.links,
      existing,
      skipped: skipped.list,
      adjusted: adjusted.list
    }
  }

  /** The file's links between highlights that are (or are about to be) in the library; the rest counted. */
  private linksToAdd(fileLinks: ImportedLink[], idMap: Map<string, string>, highlightIds: Set<string>, skipped: Tally): Link[] {
    const lib = this.store.data
    const pairs = new Set(lib.links.map((l) => linkKey(l.from, l.to)))
    const linkIds = new Set(lib.links.map((l) => l.id))
    const resolve = (ref: string) => idMap.get(ref) ?? (highlightIds.has(ref) ? ref : undefined)
    const links: Link[] = []
    for (const l of fileLinks) {
      const [from, to] = [resolve(l.from), resolve(l.to)]
      if (!from || !to) skipped.add('a link joins a highlight that is not in the library')
      else if (from === to) skipped.add('a link joins a highlight to itself')
      else if (pairs.has(linkKey(from, to)) || (l.id !== undefined && linkIds.has(l.id))) skipped.add('a link is in the library already')
      else {
        const link = linkSchema.safeParse({
          id: l.id && idSchema.safeParse(l.id).success ? l.id : newId(),
          from,
          to,
          relation: l.relation,
          createdAt: timeOr(l.createdAt, now())
        })
        if (!link.success) {
          skipped.add('a link does not fit the library’s format')
          continue
        }
        links.push(link.data)
        pairs.add(linkKey(from, to))
        linkIds.add(link.data.id)
      }
    }
    return links
  }
}

export interface ImportProgress {
  /** Annotations read so far, of `total` in the file. */
  done: number
  total: number
}

function unreadable(fileName: string, why: string): AppError {
  return new AppError('import', `${fileName} is not Web Annotation JSON Diptych can read: ${why}`)
}
