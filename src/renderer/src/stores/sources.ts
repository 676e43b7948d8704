// Find sources: the articles of the library the open article quotes or paraphrases, asked of the Node
// side (which keeps the index), and opening one of them beside the article with Compare run.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SourcesProgress, SourcesResult } from '../../../shared/sources/types'
import { useCompareStore } from './compare'
import { useLibraryStore } from './library'

/** How often the dialog asks how far a build of the index has got. */
const PROGRESS_EVERY_MS = 300

export const useSourcesStore = defineStore('sources', () => {
  const library = useLibraryStore()
  const compare = useCompareStore()
  const open = ref(false)
  const articleId = ref<string | null>(null)
  const result = ref<SourcesResult | null>(null)
  const running = ref(false)
  const progress = ref<SourcesProgress | null>(null)
  const error = ref<string | null>(null)
  let request = 0

  async function find(id: string): Promise<void> {
    const mine = ++request
    open.value = true
    articleId.value = id
    result.value = null
    error.value = null
    running.value = true
    progress.value = null
    const timer = setInterval(() => {
      void window.api.sourcesProgress().then((r) => {
        if (mine === request && r.ok) progress.value = r.value
      })
    }, PROGRESS_EVERY_MS)
    try {
      const r = await window.api.findSources({ articleId: id })
      if (mine !== request) return
      if (r.ok) result.value = r.value
      else error.value = r.error.message
    } finally {
      clearInterval(timer)
      if (mine === request) running.value = false
    }
  }

  function close(): void {
    request++
    open.value = false
    running.value = false
  }

  /** The article on the left, the source on the right, and Compare run on the two. */
  async function openPair(sourceId: string): Promise<void> {
    const id = articleId.value
    if (!id) return
    close()
    await library.updateSettings({ panes: [id, sourceId] })
    await compare.run()
  }

  return { open, articleId, result, running, progress, error, find, close, openPair }
})
