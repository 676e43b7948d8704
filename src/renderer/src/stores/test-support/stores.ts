// Fresh Pinia stores over a fake main, as the app has them once the library is loaded.
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import type { ArticleBody } from '../../../../shared/model'
import { useLibraryStore } from '../library'
import { useNoticeStore } from '../notices'
import { fakeMain, type FakeMain } from './fake-main'

export const LEFT: ArticleBody = {
  id: 'left',
  blocks: [{ kind: 'paragraph', text: 'Belarus has expertise in urban planning. Dear friends.' }]
}
export const RIGHT: ArticleBody = {
  id: 'right',
  blocks: [{ kind: 'paragraph', text: 'Belarus has very good experience in urban planning. Dear guests.' }]
}

/** `bodies`: the library's articles, the first two in the panes; `seed` fills main's library before the window reads it. */
export async function storesOverFakeMain(bodies: ArticleBody[] = [LEFT, RIGHT], seed?: (main: FakeMain) => void) {
  const main = fakeMain(bodies)
  seed?.(main)
  vi.stubGlobal('window', { api: main.api })
  setActivePinia(createPinia())
  const library = useLibraryStore()
  await library.load()
  const errors = () =>
    useNoticeStore()
      .notices.filter((n) => n.kind === 'error')
      .map((n) => n.message)
  return { main, library, errors }
}
