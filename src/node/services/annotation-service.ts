// Highlights, their notes and tags, tags across the library, and links between highlights.
// Every method returns what the renderer needs to undo it exactly (same ids, same objects).
import type { DeletedHighlight, HighlightPatch, NewHighlight, NewLink, TagChange } from '../../shared/api'
import type { Highlight, Library, Link, RejectedPair } from '../../shared/model'
import { AppError, notFound } from '../errors'
import { newId, now } from '../ids'
import type { Store } from '../store/store'
import { dedupe } from './library-service'

function findHighlight(lib: Library, id: string): Highlight {
  const h = lib.highlights.find((x) => x.id === id)
  if (!h) throw notFound('The highlight')
  return h
}

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const i = list.findIndex((x) => x.id === item.id)
  if (i >= 0) list[i] = item
  else list.push(item)
}

export class AnnotationService {
  constructor(private readonly store: Store) {}

  async createHighlight(req: NewHighlight): Promise<Highlight> {
    const article = this.store.data.articles.find((a) => a.id === req.articleId)
    if (!article) throw notFound('The article')
    if (req.id && this.store.data.highlights.some((h) => h.id === req.id)) {
      throw new AppError('conflict', 'A highlight with this id exists already.')
    }
    const at = now()
    const highlight: Highlight = {
      id: req.id ?? newId(),
      articleId: req.articleId,
      color: req.color,
      quote: { ...req.quote },
      position: { ...req.position },
      note: req.note ?? '',
      tags: dedupe(req.tags ?? []),
      createdAt: at,
      updatedAt: at
    }
    await this.store.update((lib) => {
      upsert(lib.highlights, highlight)
      lib.settings.lastColor = highlight.color
    })
    return highlight
  }

  async updateHighlight(id: string, patch: HighlightPatch): Promise<Highlight> {
    findHighlight(this.store.data, id)
    const at = now()
    return this.store.update((lib) => {
      const h = findHighlight(lib, id)
      if (patch.color !== undefined) {
        h.color = patch.color
        lib.settings.lastColor = patch.color
      }
      if (patch.note !== undefined) h.note = patch.note
      if (patch.tags !== undefined) h.tags = dedupe(patch.tags)
      h.updatedAt = at
      return structuredClone(h)
    })
  }

  async deleteHighlight(id: string): Promise<DeletedHighlight> {
    const lib = this.store.data
    const highlight = structuredClone(findHighlight(lib, id))
    const links = structuredClone(lib.links.filter((l) => l.from === id || l.to === id))
    await this.store.update((l) => {
      l.highlights = l.highlights.filter((h) => h.id !== id)
      l.links = l.links.filter((x) => x.from !== id && x.to !== id)
    })
    return { highlight, links }
  }

  /** Undo of a delete: the same highlight and links come back, ids and timestamps included. */
  async restoreHighlight(deleted: DeletedHighlight): Promise<Highlight> {
    const lib = this.store.data
    if (!lib.articles.some((a) => a.id === deleted.highlight.articleId)) throw notFound('The article of this highlight')
    const ids = new Set([...lib.highlights.map((h) => h.id), deleted.highlight.id])
    const links = deleted.links.filter((l) => ids.has(l.from) && ids.has(l.to))
    await this.store.update((l) => {
      upsert(l.highlights, deleted.highlight)
      for (const link of links) upsert(l.links, link)
    })
    return deleted.highlight
  }

  async renameTag(from: string, to: string): Promise<TagChange> {
    const target = to.trim()
    if (!target) throw new AppError('invalid-request', 'A tag cannot be renamed to nothing.')
    return this.retag(from, (tags) => dedupe(tags.map((t) => (t === from ? target : t))))
  }

  async deleteTag(tag: string): Promise<TagChange> {
    return this.retag(tag, (tags) => tags.filter((t) => t !== tag))
  }

  /** Renames, merges (rename onto an existing tag) and deletes all go through here, in one write. */
  private async retag(tag: string, change: (tags: string[]) => string[]): Promise<TagChange> {
    const lib = this.store.data
    const before: TagChange = {
      highlights: lib.highlights.filter((h) => h.tags.includes(tag)).map((h) => ({ id: h.id, tags: [...h.tags] })),
      articles: lib.articles.filter((a) => a.tags.includes(tag)).map((a) => ({ id: a.id, tags: [...a.tags] }))
    }
    if (before.highlights.length === 0 && before.articles.length === 0) throw notFound(`The tag “${tag}”`)
    await this.store.update((l) => {
      for (const h of l.highlights) if (h.tags.includes(tag)) h.tags = change(h.tags)
      for (const a of l.articles) if (a.tags.includes(tag)) a.tags = change(a.tags)
    })
    return before
  }

  /** Puts tags back as they were before a rename, merge or delete. */
  async restoreTags(change: TagChange): Promise<null> {
    const lib = this.store.data
    const unknown =
      change.highlights.some(({ id }) => !lib.highlights.some((h) => h.id === id)) ||
      change.articles.some(({ id }) => !lib.articles.some((a) => a.id === id))
    if (unknown) throw notFound('A highlight or article of this tag change')
    await this.store.update((l) => {
      for (const { id, tags } of change.highlights) {
        const h = l.highlights.find((x) => x.id === id)
        if (h) h.tags = [...tags]
      }
      for (const { id, tags } of change.articles) {
        const a = l.articles.find((x) => x.id === id)
        if (a) a.tags = [...tags]
      }
    })
    return null
  }

  async createLink(req: NewLink): Promise<Link> {
    const lib = this.store.data
    findHighlight(lib, req.from)
    findHighlight(lib, req.to)
    if (req.from === req.to) throw new AppError('invalid-request', 'A highlight cannot be linked to itself.')
    const existing = lib.links.find(
      (l) => (l.from === req.from && l.to === req.to) || (l.from === req.to && l.to === req.from)
    )
    if (existing && existing.id !== req.id) throw new AppError('conflict', 'These two passages are linked already.')
    const link: Link = { id: req.id ?? newId(), from: req.from, to: req.to, relation: req.relation, createdAt: now() }
    await this.store.update((l) => upsert(l.links, link))
    return link
  }

  async deleteLink(id: string): Promise<Link> {
    const link = this.store.data.links.find((l) => l.id === id)
    if (!link) throw notFound('The link')
    await this.store.update((l) => {
      l.links = l.links.filter((x) => x.id !== id)
    })
    return link
  }

  async rejectPair(pair: RejectedPair): Promise<null> {
    this.articlesOf(pair)
    await this.store.update((l) => {
      if (!l.rejectedPairs.some(samePair(pair))) l.rejectedPairs.push(structuredClone(pair))
    })
    return null
  }

  async unrejectPair(pair: RejectedPair): Promise<null> {
    this.articlesOf(pair)
    await this.store.update((l) => {
      l.rejectedPairs = l.rejectedPairs.filter((p) => !samePair(pair)(p))
    })
    return null
  }

  private articlesOf(pair: RejectedPair): void {
    const lib = this.store.data
    for (const id of [pair.articleA, pair.articleB]) if (!lib.articles.some((a) => a.id === id)) throw notFound('The article')
  }
}

/** One rejection: the same two articles and the same two passage starts. */
function samePair(pair: RejectedPair): (p: RejectedPair) => boolean {
  return (p) => p.articleA === pair.articleA && p.articleB === pair.articleB && p.a.start === pair.a.start && p.b.start === pair.b.start
}
