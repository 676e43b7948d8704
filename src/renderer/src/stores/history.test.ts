import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useHistoryStore } from './history'

beforeEach(() => {
  setActivePinia(createPinia())
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
})
