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
})
