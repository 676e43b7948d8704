// Deleting an article moves it to the trash, with undo; its highlights come back with it.
import { defineStore } from 'pinia'
import { useHistoryStore } from './history'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'
import { useReaderStore } from './reader'

export const useTrashStore = defineStore('trash', () => {
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const history = useHistoryStore()
  const reader = useReaderStore()

  async function trash(id: string): Promise<boolean> {
    const panesBefore = [...reader.panes] as typeof reader.panes
    const run = async () => {
      const meta = await notices.unwrap(window.api.trashArticle({ id }))
      if (meta) {
        library.replaceArticle(meta)
        library.settings.panes = library.settings.panes.map((p) => (p === id ? null : p)) as typeof library.settings.panes
      }
      return meta !== null
    }
    const restore = async () => {
      const meta = await notices.unwrap(window.api.restoreArticle({ id }))
      if (meta) {
        library.replaceArticle(meta)
        if (panesBefore.includes(id)) await library.updateSettings({ panes: panesBefore })
      }
      return meta !== null
    }
    if (!(await run())) return false
    const entry = history.record({ label: 'delete article', undo: restore, redo: run, articles: [id] })
    const title = library.articleById.get(id)?.title ?? 'Article'
    history.announce(`“${title}” moved to the trash.`, entry)
    return true
  }

  async function restore(id: string): Promise<void> {
    const meta = await notices.unwrap(window.api.restoreArticle({ id }))
    if (meta) library.replaceArticle(meta)
  }

  /** Deletes for good (the reader has confirmed): what was done to these articles can no longer be undone. */
  async function empty(): Promise<void> {
    const ids = library.trash.map((a) => a.id)
    const done = await notices.unwrap(window.api.emptyTrash())
    if (done) {
      history.forgetArticles(ids)
      await library.load()
      notices.push({ kind: 'info', message: `${done.removed} article${done.removed === 1 ? '' : 's'} deleted for good.` })
    }
  }

  return { trash, restore, empty }
})
