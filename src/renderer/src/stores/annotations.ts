// Highlights, notes, tags and links as the reader changes them: every change goes to main, lands in
// the library store, and is recorded for undo.
import { defineStore } from 'pinia'
import { computed, ref, toRaw } from 'vue'
import type { DeletedHighlight, HighlightPatch, NewHighlight, NewLink, TagChange } from '../../../shared/api'
import type { Highlight, HighlightColor, Link, LinkRelation } from '../../../shared/model'
import { selectorsFor } from '../../../shared/anchor'
import { removeLink, upsertById } from '../../../shared/library-ops'
import { deleting, renaming, sameTagChange } from '../../../shared/tag-ops'
import { highlightUpdates } from './highlight-updates'
import { useHistoryStore } from './history'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'

export type CardFocus = 'note' | 'tags' | null

/** One end of a link to make: a highlight that exists, or one to make for it. */
export type LinkEnd = { highlight: Highlight } | { draft: Omit<NewHighlight, 'id'> }

export const useAnnotationStore = defineStore('annotations', () => {
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const history = useHistoryStore()

  /** The highlight whose card is open, and which field of it to focus. */
  const openCard = ref<{ id: string; focus: CardFocus; side?: 0 | 1 } | null>(null)

  const allTags = computed(() => library.tagCounts)

  const put = (h: Highlight) => library.putHighlight(h)

  /** The quiet changes below go to main and, once main has them, to the view; they record no undo step. */
  async function restore(deleted: DeletedHighlight): Promise<boolean> {
    const h = await notices.unwrap(window.api.restoreHighlight(deleted))
    if (!h) return false
    library.restoreHighlight({ ...deleted, highlight: h })
    return true
  }

  /** `known`: the highlight as main deleted it, for one the window does not hold (an undo elsewhere). */
  function drop(id: string, known?: Highlight): void {
    library.removeHighlight(id, known)
    if (openCard.value?.id === id) openCard.value = null
  }

  async function removeQuietly(id: string): Promise<DeletedHighlight | null> {
    const deleted = await notices.unwrap(window.api.deleteHighlight({ id }))
    if (deleted) drop(id, deleted.highlight)
    return deleted
  }

  async function createQuietly(draft: NewHighlight): Promise<Highlight | null> {
    const created = await notices.unwrap(window.api.createHighlight(draft))
    if (created) {
      put(created)
      library.settings.lastColor = created.color
    }
    return created
  }

  async function linkQuietly(req: NewLink): Promise<Link | null> {
    const created = await notices.unwrap(window.api.createLink(req))
    if (created) upsertById(library.links, created)
    return created
  }

  async function unlinkQuietly(id: string): Promise<boolean> {
    const gone = await notices.unwrap(window.api.deleteLink({ id }))
    if (gone) removeLink(library, id)
    return gone !== null
  }

  /** Highlights made here that main has not confirmed yet: changes to one wait for its creation. */
  const creating = new Map<string, Promise<Highlight | null>>()

  /** A random id made here, so that a new highlight can be painted before main has saved it. */
  function newId(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16))
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  }

  async function create(
    articleId: string,
    text: string,
    start: number,
    end: number,
    color: HighlightColor,
    focus: CardFocus = null,
    side?: 0 | 1
  ) {
    const selectors = selectorsFor(text, start, end)
    const id = newId()
    const at = new Date().toISOString()
    // Painted, and its card opened, at once: keys typed after the one that opened the card land in it
    // whatever main's latency. Main's answer replaces it, or a failure takes it away with the reason.
    put({ id, articleId, color, ...selectors, note: '', tags: [], createdAt: at, updatedAt: at })
    if (focus) openCard.value = { id, focus, side }
    const saving = notices.unwrap(window.api.createHighlight({ id, articleId, color, ...selectors }))
    creating.set(id, saving)
    const created = await saving
    creating.delete(id)
    if (!created) {
      drop(id)
      return null
    }
    // Changes made meanwhile waited for this answer (see `update`), so they land after it.
    put(created)
    library.settings.lastColor = color
    history.record({
      label: 'highlight',
      articles: [articleId],
      undo: async () => (await removeQuietly(created.id)) !== null,
      redo: () => restore({ highlight: created, links: [] })
    })
    return created
  }

  const { send } = highlightUpdates(
    (id) => library.highlightById(id),
    put,
    (id, patch) => notices.unwrap(window.api.updateHighlight({ id, patch }))
  )

  /** One undo step from `previous` to `patch` (a note typed over many saves is one step); recorded at
   * once, so that an undo pressed while the last save is still out waits for it (`settled`). */
  function recordChange(id: string, previous: HighlightPatch, patch: HighlightPatch, settled?: Promise<unknown>): number {
    const label = patch.note !== undefined ? 'note' : patch.tags ? 'tags' : 'colour'
    const after = async (p: HighlightPatch) => {
      await settled
      // Undone after its article left the screen: main's copy is fetched to change it.
      await library.ensureHighlights([id])
      return send(id, p)
    }
    const articleId = library.highlightById(id)?.articleId
    return history.record({ label, undo: () => after(previous), redo: () => after(patch), articles: articleId ? [articleId] : [] })
  }

  /** Changes a highlight; `record: false` leaves undo to the caller (see the note drafts). */
  async function update(id: string, patch: HighlightPatch, record = true): Promise<boolean> {
    if (creating.has(id) && !(await creating.get(id))) return false
    // A note saved after its article left the screen: main's copy is fetched to change it.
    if (!library.highlightById(id)) await library.ensureHighlights([id])
    const before = library.highlightById(id)
    if (!before) return false
    const previous: HighlightPatch = {}
    if (patch.color !== undefined) previous.color = before.color
    if (patch.note !== undefined) previous.note = before.note
    if (patch.tags !== undefined) previous.tags = [...before.tags]
    // Recorded as the reader makes the change, not when main answers: from that moment it is the latest
    // change, so an earlier message's Undo is retired at once.
    const sent = send(id, patch)
    const entry = record ? recordChange(id, previous, patch, sent) : null
    if (!(await sent)) {
      if (entry !== null) history.discard(entry)
      return false
    }
    if (patch.color) library.settings.lastColor = patch.color
    return true
  }

  async function remove(id: string): Promise<boolean> {
    if (creating.has(id) && !(await creating.get(id))) return false
    const deleted = await removeQuietly(id)
    if (!deleted) return false
    let current = deleted
    const entry = history.record({
      label: 'delete',
      articles: [deleted.highlight.articleId],
      undo: () => restore(current),
      redo: async () => {
        const again = await removeQuietly(id)
        if (again) current = again
        return again !== null
      }
    })
    history.announce('Highlight deleted.', entry)
    return true
  }

  async function restoreTags(change: TagChange): Promise<boolean> {
    if (!(await notices.ok(window.api.restoreTags(change)))) return false
    library.applyTagChange(change)
    await library.refreshSummaries(change.highlights.map((h) => h.id))
    return true
  }

  /** A rename, merge or delete everywhere, undone by putting back the tags main recorded. The rewrite
   * is main's (src/shared/tag-ops), made on the view as it was when main was asked. It is shown at once
   * on the items that carry the tag here (and on the summaries of the articles whose highlights are not held); main's answer says which it changed: when those differ (another
   * process changed tags meanwhile), the view is put back and the change applied to main's. */
  async function retag(
    label: string,
    tag: string,
    call: () => Promise<TagChange | null>,
    rewriteNow: () => (before: readonly string[]) => string[]
  ): Promise<boolean> {
    const run = async () => {
      const rewrite = rewriteNow()
      const shown = library.tagChangeOf(tag)
      library.applyTagChange(shown, rewrite)
      library.rewriteSummaries(tag, rewrite)
      const change = await call()
      if (!change || !sameTagChange(shown, change)) {
        library.applyTagChange(shown)
        if (change) library.applyTagChange(change, rewrite)
      }
      // The articles not held were counted from summaries, which cannot tell a merge exactly: main's
      // figures for the articles it changed (every article's when it changed none, to take back those shown).
      await library.refreshSummaries(change?.highlights.map((h) => h.id))
      return change
    }
    let change = await run()
    if (!change) return false
    history.record({ label, undo: () => restoreTags(change!), redo: async () => (change = await run()) !== null })
    return true
  }

  /** A stand-in for the highlights that carry a tag, for `renaming`, which reads only their tags. */
  const spelt = (tag: string | undefined) => (tag === undefined ? [] : [{ tags: [tag] } as Highlight])

  /** Rename, or merge when `to` exists already (whatever its case). */
  function renameTag(from: string, to: string): Promise<boolean> {
    return retag(
      'rename tag',
      from,
      () => notices.unwrap(window.api.renameTag({ from, to })),
      // Only the items that carry `to` can tell how it is spelt already; the articles read past their
      // reactive proxy (a question asked once, not a view to keep up to date).
      () => renaming({ highlights: spelt(library.spellingOf(to)), articles: toRaw(library.articles) }, from, to)
    )
  }

  function deleteTag(tag: string): Promise<boolean> {
    return retag(
      'delete tag',
      tag,
      () => notices.unwrap(window.api.deleteTag({ tag })),
      () => deleting(tag)
    )
  }

  /**
   * Links two passages, making the highlights one of them lacks: one undo step for all. When a step
   * fails, the highlights made for it are deleted again, so that main and the view keep neither (one
   * that main fails to delete stays in the view too: the view shows what main has).
   */
  async function linkPassages(a: LinkEnd, b: LinkEnd, relation: LinkRelation): Promise<Link | null> {
    const created: Highlight[] = []
    const ensure = async (end: LinkEnd) => {
      if ('highlight' in end) return end.highlight
      const made = await createQuietly(end.draft)
      if (made) created.push(made)
      return made
    }
    const from = await ensure(a)
    const to = from && (await ensure(b))
    const link = to && (await linkQuietly({ from: from.id, to: to.id, relation }))
    if (!from || !to || !link) {
      for (const h of created) await removeQuietly(h.id)
      return null
    }
    history.record({
      label: 'link',
      articles: [...new Set([from.articleId, to.articleId])],
      undo: async () => {
        if (!(await unlinkQuietly(link.id))) return false
        for (const h of created) if (!(await removeQuietly(h.id))) return false
        return true
      },
      redo: async () => {
        for (const h of created) if (!(await restore({ highlight: h, links: [] }))) return false
        return (await linkQuietly({ id: link.id, from: link.from, to: link.to, relation: link.relation })) !== null
      }
    })
    return link
  }

  async function unlink(id: string): Promise<boolean> {
    const existing = library.links.find((l) => l.id === id)
    if (!existing) return false
    if (!(await unlinkQuietly(id))) return false
    history.record({
      label: 'unlink',
      undo: async () =>
        (await linkQuietly({ id: existing.id, from: existing.from, to: existing.to, relation: existing.relation })) !== null,
      redo: () => unlinkQuietly(id)
    })
    return true
  }

  return { openCard, allTags, create, update, recordChange, remove, renameTag, deleteTag, linkPassages, unlink }
})
