// Highlights, notes, tags and links as the reader changes them: every change goes to main, lands in
// the library store, and is recorded for undo.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DeletedHighlight, HighlightPatch, TagChange } from '../../../shared/api'
import type { Highlight, HighlightColor, Link, LinkRelation } from '../../../shared/model'
import { selectorsFor } from '../../../shared/anchor'
import { useHistoryStore } from './history'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'

export type CardFocus = 'note' | 'tags' | null

export const useAnnotationStore = defineStore('annotations', () => {
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const history = useHistoryStore()

  /** The highlight whose card is open, and which field of it to focus. */
  const openCard = ref<{ id: string; focus: CardFocus; side?: 0 | 1 } | null>(null)

  const allTags = computed(() => {
    const counts = new Map<string, { highlights: number; articles: number }>()
    const bump = (tag: string, key: 'highlights' | 'articles') => {
      const c = counts.get(tag) ?? { highlights: 0, articles: 0 }
      c[key]++
      counts.set(tag, c)
    }
    for (const h of library.highlights) for (const t of h.tags) bump(t, 'highlights')
    for (const a of library.articles) if (!a.deletedAt) for (const t of a.tags) bump(t, 'articles')
    return [...counts.entries()].map(([tag, c]) => ({ tag, ...c })).sort((a, b) => a.tag.localeCompare(b.tag))
  })

  function put(h: Highlight): void {
    const i = library.highlights.findIndex((x) => x.id === h.id)
    if (i >= 0) library.highlights[i] = h
    else library.highlights.push(h)
  }

  function drop(id: string): void {
    library.highlights = library.highlights.filter((h) => h.id !== id)
    library.links = library.links.filter((l) => l.from !== id && l.to !== id)
  }

  function putLinks(links: Link[]): void {
    for (const link of links) if (!library.links.some((l) => l.id === link.id)) library.links.push(link)
  }

  async function restore(deleted: DeletedHighlight): Promise<boolean> {
    const h = await notices.unwrap(window.api.restoreHighlight(deleted))
    if (!h) return false
    put(h)
    putLinks(deleted.links)
    return true
  }

  async function removeQuietly(id: string): Promise<DeletedHighlight | null> {
    const deleted = await notices.unwrap(window.api.deleteHighlight({ id }))
    if (deleted) {
      drop(id)
      if (openCard.value?.id === id) openCard.value = null
    }
    return deleted
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
      if (openCard.value?.id === id) openCard.value = null
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

  async function send(id: string, patch: HighlightPatch): Promise<boolean> {
    const updated = await notices.unwrap(window.api.updateHighlight({ id, patch }))
    if (updated) put(updated)
    return updated !== null
  }

  /** One undo step from `previous` to `patch` (a note typed over many saves is one step); recorded at
   * once, so that an undo pressed while the last save is still out waits for it (`settled`). */
  function recordChange(id: string, previous: HighlightPatch, patch: HighlightPatch, settled?: Promise<unknown>): void {
    const label = patch.note !== undefined ? 'note' : patch.tags ? 'tags' : 'colour'
    const after = async (p: HighlightPatch) => {
      await settled
      return send(id, p)
    }
    const articleId = library.highlights.find((h) => h.id === id)?.articleId
    history.record({ label, undo: () => after(previous), redo: () => after(patch), articles: articleId ? [articleId] : [] })
  }

  /** Changes a highlight; `record: false` leaves undo to the caller (see the note drafts). */
  async function update(id: string, patch: HighlightPatch, record = true): Promise<boolean> {
    if (creating.has(id) && !(await creating.get(id))) return false
    const before = library.highlights.find((h) => h.id === id)
    if (!before) return false
    const previous: HighlightPatch = {}
    if (patch.color !== undefined) previous.color = before.color
    if (patch.note !== undefined) previous.note = before.note
    if (patch.tags !== undefined) previous.tags = [...before.tags]
    if (!(await send(id, patch))) return false
    if (patch.color) library.settings.lastColor = patch.color
    if (record) recordChange(id, previous, patch)
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

  /** Sets the tags of every highlight and article a tag change touched; `rewrite` gets their tags
   * before the change, as main recorded them. */
  function applyTagChange(change: TagChange, rewrite: (before: string[]) => string[]): void {
    for (const { id, tags } of change.highlights) {
      const h = library.highlights.find((x) => x.id === id)
      if (h) h.tags = rewrite(tags)
    }
    for (const { id, tags } of change.articles) {
      const a = library.articles.find((x) => x.id === id)
      if (a) a.tags = rewrite(tags)
    }
  }

  async function restoreTags(change: TagChange): Promise<boolean> {
    if (!(await notices.ok(window.api.restoreTags(change)))) return false
    applyTagChange(change, (before) => [...before])
    return true
  }

  /** A rename, merge or delete everywhere, undone by putting back the tags main recorded. */
  async function retag(label: string, call: () => Promise<TagChange | null>, rewrite: (before: string[]) => string[]): Promise<boolean> {
    const run = async () => {
      const change = await call()
      if (change) applyTagChange(change, rewrite)
      return change
    }
    let change = await run()
    if (!change) return false
    history.record({ label, undo: () => restoreTags(change!), redo: async () => (change = await run()) !== null })
    return true
  }

  /** Rename, or merge when `to` exists already. */
  function renameTag(from: string, to: string): Promise<boolean> {
    return retag('rename tag', () => notices.unwrap(window.api.renameTag({ from, to })), (tags) => [...new Set(tags.map((t) => (t === from ? to : t)))])
  }

  function deleteTag(tag: string): Promise<boolean> {
    return retag('delete tag', () => notices.unwrap(window.api.deleteTag({ tag })), (tags) => tags.filter((t) => t !== tag))
  }

  async function link(from: string, to: string, relation: LinkRelation): Promise<Link | null> {
    const created = await notices.unwrap(window.api.createLink({ from, to, relation }))
    if (!created) return null
    library.links.push(created)
    const removeLink = async () => {
      const gone = await notices.unwrap(window.api.deleteLink({ id: created.id }))
      if (gone) library.links = library.links.filter((l) => l.id !== created.id)
      return gone !== null
    }
    const addBack = async () => {
      const again = await notices.unwrap(window.api.createLink({ id: created.id, from, to, relation }))
      if (again) library.links.push(again)
      return again !== null
    }
    history.record({ label: 'link', undo: removeLink, redo: addBack })
    return created
  }

  async function unlink(id: string): Promise<boolean> {
    const existing = library.links.find((l) => l.id === id)
    if (!existing) return false
    const run = async () => {
      const gone = await notices.unwrap(window.api.deleteLink({ id }))
      if (gone) library.links = library.links.filter((l) => l.id !== id)
      return gone !== null
    }
    if (!(await run())) return false
    history.record({
      label: 'unlink',
      undo: async () => {
        const again = await notices.unwrap(
          window.api.createLink({ id: existing.id, from: existing.from, to: existing.to, relation: existing.relation })
        )
        if (again) library.links.push(again)
        return again !== null
      },
      redo: run
    })
    return true
  }

  return { openCard, allTags, create, update, recordChange, remove, renameTag, deleteTag, link, unlink }
})
