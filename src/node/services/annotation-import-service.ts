// Web Annotation JSON onto an article: what anchors becomes a highlight where it belongs, what does
// not is kept as an orphan (listed, exported, never dropped). Ids are kept, so export → import → export
// gives the same annotations.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { AnnotationImportResult } from '../../shared/api'
import { anchorMany } from '../../shared/anchor'
import { parseWebAnnotations } from '../../shared/export'
import { canonicalText, type Highlight, type Link } from '../../shared/model'
import { AppError } from '../errors'
import { newId, now } from '../ids'
import type { Platform } from '../platform'
import { highlightSchema, idSchema, linkSchema } from '../schemas'
import type { Store } from '../store/store'
import { dedupe, type LibraryService } from './library-service'

const MAX_FILE_BYTES = 50 * 1024 * 1024

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
    if (!file) return { file: null, imported: 0, orphans: 0, links: 0, existing: 0 }
    const stat = await fs.stat(file).catch(() => null)
    if (!stat?.isFile()) throw new AppError('import', `“${path.basename(file)}” could not be read.`)
    if (stat.size > MAX_FILE_BYTES) throw new AppError('import', `“${path.basename(file)}” is larger than 50 MB.`)
    const result = await this.importText(articleId, await fs.readFile(file, 'utf8'), path.basename(file))
    return { ...result, file }
  }

  async importText(articleId: string, json: string, fileName = 'the file'): Promise<AnnotationImportResult> {
    const parsed = parseWebAnnotations(json)
    if (!parsed.ok) throw new AppError('import', `${fileName} is not Web Annotation JSON Diptych can read: ${parsed.error.message}`)
    const text = canonicalText((await this.library.body(articleId)).blocks)
    const lib = this.store.data
    const known = new Set(lib.highlights.map((h) => h.id))
    const idMap = new Map<string, string>()
    const fresh: Highlight[] = []
    let existing = 0
    const usable = parsed.highlights.filter((a) => a.quote || a.position)
    const selectors = usable.map((a) => {
      const position = a.position ?? { start: 0, end: Math.max(1, a.quote?.exact.length ?? 1) }
      const quote = a.quote ?? { exact: text.slice(position.start, position.end), prefix: '', suffix: '' }
      return { quote, position }
    })
    const anchors = anchorMany(text, selectors)
    let orphans = 0
    usable.forEach((a, i) => {
      const ownId = a.id && idSchema.safeParse(a.id).success ? a.id : undefined
      if (ownId && known.has(ownId)) {
        existing++
        if (a.id) idMap.set(a.id, ownId)
        return
      }
      const anchored = anchors[i]
      if (anchored.status === 'orphan') orphans++
      const at = now()
      const candidate = {
        id: ownId ?? newId(),
        articleId,
        color: a.color ?? lib.settings.lastColor,
        quote: selectors[i].quote,
        position: anchored.status === 'orphan' ? selectors[i].position : { start: anchored.start, end: anchored.end },
        note: a.note,
        tags: dedupe(a.tags),
        createdAt: a.createdAt ?? at,
        updatedAt: a.updatedAt ?? at
      }
      const valid = highlightSchema.safeParse(candidate)
      if (!valid.success || candidate.quote.exact.length === 0) return
      fresh.push(valid.data as Highlight)
      if (a.id) idMap.set(a.id, candidate.id)
    })
    const allIds = new Set([...known, ...fresh.map((h) => h.id)])
    const resolve = (ref: string) => idMap.get(ref) ?? (allIds.has(ref) ? ref : undefined)
    const links: Link[] = []
    for (const l of parsed.links) {
      const [from, to] = [resolve(l.from), resolve(l.to)]
      if (!from || !to || from === to) continue
      if (lib.links.some((x) => (x.from === from && x.to === to) || x.id === l.id)) continue
      const link = linkSchema.safeParse({ id: l.id && idSchema.safeParse(l.id).success ? l.id : newId(), from, to, relation: l.relation, createdAt: l.createdAt ?? now() })
      if (link.success) links.push(link.data as Link)
    }
    await this.store.update((library) => {
      for (const h of fresh) if (!library.highlights.some((x) => x.id === h.id)) library.highlights.push(h)
      for (const l of links) if (!library.links.some((x) => x.id === l.id)) library.links.push(l)
    })
    return { file: null, imported: fresh.length, orphans, links: links.length, existing }
  }
}
