// The library as the renderer knows it: a copy of main's, updated from every answer main gives, and read
// again whole when another process changed it (useLiveLibrary).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { ArticlePatch } from '../../../shared/api'
import type { LibraryView } from '../../../shared/library-view'
import type { ArticleBody, ArticleMeta, Link, RejectedPair, Settings } from '../../../shared/model'
import { defaultSettings } from '../../../shared/model'
import { useHighlights } from './library-highlights'
import { useNoticeStore } from './notices'

export const useLibraryStore = defineStore('library', () => {
  const notices = useNoticeStore()
  const loaded = ref(false)
  const articles = ref<ArticleMeta[]>([])
  const links = ref<Link[]>([])
  const rejectedPairs = ref<RejectedPair[]>([])
  const settings = ref<Settings>(defaultSettings())
  const dataDir = ref('')
  const bodies = shallowRef(new Map<string, ArticleBody>())
  /** Bumped when an article's body is read again (its pictures saved later): the panes showing it redraw. */
  const bodyRevisions = ref(new Map<string, number>())

  const liveArticles = computed(() => articles.value.filter((a) => !a.deletedAt))
  const trash = computed(() => articles.value.filter((a) => a.deletedAt))
  const articleById = computed(() => new Map(articles.value.map((a) => [a.id, a])))

  const shownNotices = new Set<string>()
  // The highlights held in full are those of the articles in the panes (see library-highlights.ts).
  const shownArticles = () => settings.value.panes.filter((p): p is string => p !== null)
  const hl = useHighlights(articles, links, shownArticles, async (articleIds, ids) => {
    // Marks for the benchmark, as for the library: the time spent waiting for main is not the renderer's.
    performance.mark('diptych:highlights:asked')
    const list = await notices.unwrap(window.api.getHighlights({ articleIds, ids }))
    performance.mark('diptych:highlights:received')
    return list
  })
  watch(
    () => shownArticles().join(' '),
    () => loaded.value && void hl.sync()
  )

  /** Takes main's view of the library; the highlights of the articles shown are fetched again, then `loaded`. */
  async function apply(snapshot: LibraryView): Promise<void> {
    articles.value = snapshot.articles
    hl.replaceSummaries(snapshot.summaries)
    links.value = snapshot.links
    rejectedPairs.value = snapshot.rejectedPairs
    settings.value = snapshot.settings
    dataDir.value = snapshot.dataDir
    // Store notices (recovery, failed writes) are shown once each, however often the library is re-read.
    for (const notice of snapshot.notices) {
      if (shownNotices.has(notice.message)) continue
      shownNotices.add(notice.message)
      notices.push({ kind: 'warning', message: notice.message, sticky: true })
    }
    await hl.sync(true)
    loaded.value = true
  }

  async function load(): Promise<void> {
    // Marks for the benchmark: the time spent waiting for main is not the renderer's.
    performance.mark('diptych:library:asked')
    const snapshot = await notices.unwrap(window.api.getLibraryView())
    performance.mark('diptych:library:received')
    if (snapshot) await apply(snapshot)
  }
  notices.whenIoError(() => void load())

  /** Main's figures again after a tag change whose count on articles not held was shown at once: those
   * of the articles that hold the highlights changed, or every article's when no change is known (main
   * failed to make it, and the figures shown at once are to be taken back). */
  async function refreshSummaries(highlightIds?: string[]): Promise<void> {
    if (highlightIds) {
      const list = highlightIds.length ? await notices.unwrap(window.api.getHighlightSummaries({ highlightIds })) : []
      if (list) hl.takeSummaries(list)
      return
    }
    const view = await notices.unwrap(window.api.getLibraryView())
    if (view) hl.replaceSummaries(view.summaries)
  }

  /** Counts the settings changes asked of main (updateSettings). */
  let settingsAsked = 0
  let reloading: Promise<void> | null = null
  let reloadAgain = false
  /** Another process changed the library: read it again, one read at a time (a burst of changes shares the next one). */
  function reloadChanged(): Promise<void> {
    if (reloading) {
      reloadAgain = true
      return reloading
    }
    const asked = settingsAsked
    reloading = load().finally(() => {
      reloading = null
      // A setting changed here while the library was read: the answer may predate it, so read once more.
      if (settingsAsked !== asked) reloadAgain = true
      if (reloadAgain) {
        reloadAgain = false
        void reloadChanged()
      }
    })
    return reloading
  }

  async function body(id: string): Promise<ArticleBody | null> {
    const cached = bodies.value.get(id)
    if (cached) return cached
    const fetched = await notices.unwrap(window.api.getArticleBody({ id }))
    if (fetched) {
      const next = new Map(bodies.value)
      next.set(id, Object.freeze(fetched))
      bodies.value = next
    }
    return fetched
  }

  /** Reads an article's body again from main; false after telling the reader why it could not be. */
  async function reloadBody(id: string): Promise<boolean> {
    const fetched = await notices.unwrap(window.api.getArticleBody({ id }))
    if (!fetched) return false
    const next = new Map(bodies.value)
    next.set(id, Object.freeze(fetched))
    bodies.value = next
    bodyRevisions.value.set(id, (bodyRevisions.value.get(id) ?? 0) + 1)
    return true
  }

  async function updateSettings(patch: Partial<Omit<Settings, 'positions' | 'seeded'>>): Promise<void> {
    // Applied at once for a responsive UI; main's answer is the truth, unless a later change was asked
    // for meanwhile (a busy main answers the closing of a pane after the next article was picked).
    const mine = ++settingsAsked
    settings.value = { ...settings.value, ...patch }
    const saved = await notices.unwrap(window.api.updateSettings(patch))
    if (saved && mine === settingsAsked) settings.value = saved
  }

  function setPosition(articleId: string, offset: number): void {
    settings.value.positions[articleId] = offset
    void notices.unwrap(window.api.setPosition({ articleId, offset }))
  }

  function replaceArticle(meta: ArticleMeta): void {
    const i = articles.value.findIndex((a) => a.id === meta.id)
    if (i >= 0) articles.value[i] = meta
    else articles.value.push(meta)
  }

  async function updateArticle(id: string, patch: ArticlePatch): Promise<boolean> {
    const meta = await notices.unwrap(window.api.updateArticle({ id, patch }))
    if (meta) replaceArticle(meta)
    return meta !== null
  }

  return {
    loaded,
    articles,
    ...hl.exposed,
    links,
    rejectedPairs,
    settings,
    dataDir,
    bodies,
    liveArticles,
    trash,
    articleById,
    apply,
    load,
    refreshSummaries,
    reloadChanged,
    body,
    bodyRevisions,
    reloadBody,
    updateSettings,
    setPosition,
    replaceArticle,
    updateArticle
  }
})
