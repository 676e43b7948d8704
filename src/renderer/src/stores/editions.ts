// Editions of the articles saved from a URL: checking for a new one (main fetches the page again), and
// which two editions Compare editions shows.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { latestEditionNumber } from '../../../shared/editions'
import type { ArticleBody } from '../../../shared/model'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'

export interface EditionPair {
  articleId: string
  older: number
  newer: number
}

export const useEditionStore = defineStore('editions', () => {
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const checking = ref(new Set<string>())
  const comparing = ref<EditionPair | null>(null)

  async function check(articleId: string): Promise<void> {
    const meta = library.articleById.get(articleId)
    if (!meta || checking.value.has(articleId)) return
    if (!meta.url)
      return void notices.push({ kind: 'info', message: `“${meta.title}” was not saved from a web address, so it has no page to check.` })
    checking.value.add(articleId)
    try {
      const result = await notices.unwrap(window.api.checkEdition({ articleId }))
      if (!result) return
      if (result.status === 'new-edition') {
        // The highlights moved and the body changed: both read again.
        await library.load()
        await library.reloadBody(articleId)
      }
      notices.push(
        { kind: result.status === 'failed' ? 'warning' : 'info', message: result.message },
        result.status === 'new-edition' ? 12_000 : 6000
      )
    } finally {
      checking.value.delete(articleId)
    }
  }

  /** Opens Compare editions on an article: by default the latest edition and the one before it. */
  function compare(articleId: string, older?: number, newer?: number): void {
    const meta = library.articleById.get(articleId)
    const latest = latestEditionNumber(meta?.editions)
    if (!meta || latest < 2) {
      notices.push({ kind: 'info', message: 'This article has one edition only: “Check for a new edition” fetches its page again.' })
      return
    }
    comparing.value = { articleId, newer: newer ?? latest, older: older ?? (newer ?? latest) - 1 }
  }

  const bodies = new Map<string, ArticleBody>()
  /** The text of one edition; earlier editions never change, so each is asked for once. */
  async function body(articleId: string, n: number): Promise<ArticleBody | null> {
    const key = `${articleId}:${n}`
    const known = bodies.get(key)
    if (known) return known
    const latest = latestEditionNumber(library.articleById.get(articleId)?.editions)
    const fetched = n === latest ? await library.body(articleId) : await notices.unwrap(window.api.getEdition({ articleId, edition: n }))
    if (fetched && n !== latest) bodies.set(key, fetched)
    return fetched
  }

  return { checking, comparing, check, compare, body }
})
