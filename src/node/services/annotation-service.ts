// Highlights, their notes and tags, tags across the library, and links between highlights.
// Every method returns what the renderer needs to undo it exactly (same ids, same objects).
import type { DeletedHighlight, HighlightPatch, NewHighlight, NewLink, TagChange } from '../../shared/api'
import {
  addRejectedPair,
  linkBetween,
  removeHighlight,
  removeLink,
  removeRejectedPair,
  restoreHighlight,
  upsertById
} from '../../shared/library-ops'
import type { Highlight, Library, Link, RejectedPair } from '../../shared/model'
import { applyTagChange, deleting, isTagUsed, renaming, retag, tagChangeApplies, tagsAsInLibrary } from '../../shared/tag-ops'
import { AppError, notFound } from '../errors'
import { newId, now } from '../ids'
import type { Store } from '../store/store'

function findHighlight(lib: Library, id: string): Highlight {
  const h = lib.highlights.find((x) => x.id === id)
  if (!h) throw notFound('The highlight')
  return h
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
      tags: [],
      createdAt: at,
      updatedAt: at
    }
    await this.store.update((lib) => {
      // Spelt inside the change, so that a replay on a fresher library spells as that library does; read
      // from the library itself, not through the change's proxy, which copies every highlight it hands out.
      highlight.tags = req.tags?.length ? tagsAsInLibrary(this.store.data, req.tags) : []
      upsertById(lib.highlights, highlight)
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
      if (patch.tags !== undefined) h.tags = tagsAsInLibrary(this.store.data, patch.tags, h)
      h.updatedAt = at
      return structuredClone(h)
    })
  }

  async deleteHighlight(id: string): Promise<DeletedHighlight> {
    findHighlight(this.store.data, id)
    // Gone already from a fresher library (another process deleted it), the replay has nothing to do.
    const deleted = await this.store.update((l) => removeHighlight(l, id))
    if (!deleted) throw notFound('The highlight')
    return deleted
  }

  /** Undo of a delete: the same highlight and links come back, ids and timestamps included. */
  async restoreHighlight(deleted: DeletedHighlight): Promise<Highlight> {
    const lib = this.store.data
    if (!lib.articles.some((a) => a.id === deleted.highlight.articleId)) throw notFound('The article of this highlight')
    await this.store.update((l) => restoreHighlight(l, deleted))
    return deleted.highlight
  }

  async renameTag(from: string, to: string): Promise<TagChange> {
    const target = to.trim()
    if (!target) throw new AppError('invalid-request', 'A tag cannot be renamed to nothing.')
    return this.retag(from, (lib) => renaming(lib, from, target))
  }

  async deleteTag(tag: string): Promise<TagChange> {
    return this.retag(tag, () => deleting(tag))
  }

  /** Renames, merges (rename onto an existing tag) and deletes all go through here, in one write; the
   * rewrite is made inside the change, so that a merge takes the spelling of the library it lands in. */
  private async retag(tag: string, rewrite: (lib: Library) => (tags: readonly string[]) => string[]): Promise<TagChange> {
    if (!isTagUsed(this.store.data, tag)) throw notFound(`The tag “${tag}”`)
    // The rewrite only reads (the spelling a merge takes): from the library itself, past the change's proxy.
    return this.store.update((l) => retag(l, tag, rewrite(this.store.data)))
  }

  /** Puts tags back as they were before a rename, merge or delete. */
  async restoreTags(change: TagChange): Promise<null> {
    if (!tagChangeApplies(this.store.data, change)) throw notFound('A highlight or article of this tag change')
    await this.store.update((l) => applyTagChange(l, change))
    return null
  }

  async createLink(req: NewLink): Promise<Link> {
    const lib = this.store.data
    findHighlight(lib, req.from)
    findHighlight(lib, req.to)
    if (req.from === req.to) throw new AppError('invalid-request', 'A highlight cannot be linked to itself.')
    const existing = linkBetween(lib.links, req.from, req.to)
    if (existing && existing.id !== req.id) throw new AppError('conflict', 'These two passages are linked already.')
    const link: Link = { id: req.id ?? newId(), from: req.from, to: req.to, relation: req.relation, createdAt: now() }
    await this.store.update((l) => upsertById(l.links, link))
    return link
  }

  async deleteLink(id: string): Promise<Link> {
    if (!this.store.data.links.some((l) => l.id === id)) throw notFound('The link')
    const link = await this.store.update((l) => removeLink(l, id))
    if (!link) throw notFound('The link')
    return link
  }

  async rejectPair(pair: RejectedPair): Promise<null> {
    this.articlesOf(pair)
    await this.store.update((l) => addRejectedPair(l, pair))
    return null
  }

  async unrejectPair(pair: RejectedPair): Promise<null> {
    this.articlesOf(pair)
    await this.store.update((l) => removeRejectedPair(l, pair))
    return null
  }

  private articlesOf(pair: RejectedPair): void {
    const lib = this.store.data
    for (const id of [pair.articleA, pair.articleB]) if (!lib.articles.some((a) => a.id === id)) throw notFound('The article')
  }
}
