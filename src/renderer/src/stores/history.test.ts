import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { canonicalText } from '../../../shared/model'
import { useAnnotationStore } from './annotations'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'
import { LEFT, storesOverFakeMain } from './test-support/stores'

beforeEach(() => {
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A change whose undo takes as long as it is told to, logging when it runs. */
function change(log: string[], label: string, ms = 0) {
  const later = (what: string) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    log.push(`${what} ${label}`)
    return true
  }
  return { label, undo: later('undo'), redo: later('redo') }
}

describe('history', () => {
  it('runs undo presses one after another, newest change first, however long each takes', async () => {
    const history = useHistoryStore()
    const log: string[] = []
    history.record(change(log, 'one', 0))
    history.record(change(log, 'two', 20))
    history.record(change(log, 'three', 10))
    const labels = await Promise.all([history.undo(), history.undo(), history.redo()])
    expect(labels).toEqual(['three', 'two', 'two'])
    expect(log).toEqual(['undo three', 'undo two', 'redo two'])
    expect(history.nextUndo).toBe('two')
    expect(history.canRedo).toBe(true)
  })

  it('a new change clears what could be redone', async () => {
    const history = useHistoryStore()
    const log: string[] = []
    history.record(change(log, 'one'))
    await history.undo()
    expect(history.canRedo).toBe(true)
    history.record(change(log, 'two'))
    expect(history.canRedo).toBe(false)
    expect(await history.redo()).toBeNull()
  })

  it('forgets the changes about articles deleted for good', () => {
    const history = useHistoryStore()
    const log: string[] = []
    history.record({ ...change(log, 'kept'), articles: ['b'] })
    history.record({ ...change(log, 'gone'), articles: ['a', 'b'] })
    history.forgetArticles(['a'])
    expect(history.nextUndo).toBe('kept')
  })

  it('keeps a change whose undo main refuses, tells the reader, and undoes it on the next try', async () => {
    const { main, library, errors } = await storesOverFakeMain()
    const annotations = useAnnotationStore()
    const history = useHistoryStore()
    const { id } = (await annotations.create('left', canonicalText(LEFT.blocks), 0, 7, 'yellow'))!
    await annotations.update(id, { tags: ['one'] })
    await annotations.update(id, { tags: ['one', 'two'] })
    const tags = () => [library.highlights[0].tags, main.library.highlights[0].tags]
    main.failNext('updateHighlight', 'The library could not be written to disk.')
    expect(await history.undo()).toBeNull()
    expect(errors()).toContain('The library could not be written to disk.')
    const warnings = useNoticeStore().notices.filter((n) => n.kind === 'warning')
    expect(warnings.map((n) => n.message)).toEqual(['Could not undo the last change (tags); it is kept, so that Undo can try it again.'])
    expect(tags()).toEqual([
      ['one', 'two'],
      ['one', 'two']
    ])
    expect(history.nextUndo).toBe('tags')
    // Nothing was undone, so there is nothing to redo.
    expect(await history.redo()).toBeNull()
    expect(tags()).toEqual([
      ['one', 'two'],
      ['one', 'two']
    ])
    expect(await history.undo()).toBe('tags')
    expect(tags()).toEqual([['one'], ['one']])
    expect(await history.redo()).toBe('tags')
    expect(tags()).toEqual([
      ['one', 'two'],
      ['one', 'two']
    ])
  })

  it('keeps a change whose redo fails, for the next Redo', async () => {
    const history = useHistoryStore()
    const log: string[] = []
    let failing = true
    history.record({
      label: 'flaky',
      undo: async () => (log.push('undo'), true),
      redo: async () => (failing ? false : (log.push('redo'), true))
    })
    expect(await history.undo()).toBe('flaky')
    expect(await history.redo()).toBeNull()
    expect(history.canRedo).toBe(true)
    expect(history.canUndo).toBe(false)
    failing = false
    expect(await history.redo()).toBe('flaky')
    expect(log).toEqual(['undo', 'redo'])
    expect(history.canUndo).toBe(true)
  })
})
