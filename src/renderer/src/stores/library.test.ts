import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Settings } from '../../../shared/model'
import { storesOverFakeMain } from './test-support/stores'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('library store', () => {
  it("keeps the latest settings change when main's answer to an earlier one comes after it", async () => {
    const { main, library } = await storesOverFakeMain()
    // Main answers each change when told to, as a busy main does.
    const answers: (() => void)[] = []
    vi.stubGlobal('window', {
      api: {
        ...main.api,
        updateSettings: (patch: Partial<Settings>) =>
          new Promise((resolve) => {
            const settings = { ...main.library.settings, ...patch }
            main.library.settings = settings
            answers.push(() => resolve({ ok: true, value: structuredClone(settings) }))
          })
      }
    })
    // A pane closed, then an article picked at once: the answer to the closing must not close it again.
    const closing = library.updateSettings({ panes: ['left', null] })
    const picking = library.updateSettings({ panes: ['left', 'right'] })
    answers[0]()
    await closing
    expect(library.settings.panes).toEqual(['left', 'right'])
    answers[1]()
    await picking
    expect(library.settings.panes).toEqual(['left', 'right'])
  })

  it('reads the library again once per burst of changes made elsewhere, and again after a setting changed meanwhile', async () => {
    const { main, library } = await storesOverFakeMain()
    const at = '2024-05-16T00:00:00.000Z'
    const quote = { exact: 'Dear friends.', prefix: '', suffix: '' }
    // Written by another process: main has it, the window does not yet.
    main.library.highlights.push({
      id: 'from-elsewhere',
      articleId: 'left',
      color: 'green',
      quote,
      position: { start: 41, end: 54 },
      note: 'n',
      tags: [],
      createdAt: at,
      updatedAt: at
    })
    const before = main.calls.filter((c) => c === 'getLibraryView').length
    const reads = () => main.calls.filter((c) => c === 'getLibraryView').length - before
    await Promise.all([library.reloadChanged(), library.reloadChanged(), library.reloadChanged()])
    await vi.waitFor(() => expect(reads()).toBe(2))
    expect(library.highlightById('from-elsewhere')).toBeDefined()
    // The burst's reads done (with the highlights they fetch), before the next change elsewhere.
    await new Promise((resolve) => setTimeout(resolve, 0))

    const reading = library.reloadChanged()
    void library.updateSettings({ syncScroll: false })
    await reading
    await vi.waitFor(() => expect(reads()).toBe(4))
  })
})
