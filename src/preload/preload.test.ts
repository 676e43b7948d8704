// The preload against a stand-in for electron: what it puts in the page, and that only command ids of
// the table pass from main to the page, without Electron's event object.
import { describe, expect, it, vi } from 'vitest'
import { EVENT_PREFIX } from '../shared/api'
import { COMMAND_STATE_CHANNEL, idleCommandState } from '../shared/command-state'
import { COMMAND_CHANNEL } from '../shared/commands'
import { LINK_CHANNEL } from '../shared/link-inbox'

const fake = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, (...a: unknown[]) => unknown>>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  zoom: [] as number[],
  sent: [] as unknown[][]
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (...a: unknown[]) => unknown>) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: async () => ({ ok: true }),
    send: (...args: unknown[]) => fake.sent.push(args),
    on: (channel: string, cb: (event: unknown, ...args: unknown[]) => void) => fake.listeners.set(channel, cb)
  },
  webFrame: { setZoomLevel: (level: number) => fake.zoom.push(level) }
}))

describe('the preload', () => {
  it('exposes the API and the desktop extras, nothing else', async () => {
    await import('./index')
    expect([...fake.exposed.keys()].sort()).toEqual(['api', 'desktop'])
    expect(Object.keys(fake.exposed.get('desktop')!).sort()).toEqual(['onCommand', 'onLink', 'setCommandState', 'setZoom'])
  })

  it('passes on only the ids of the command table, and no event object', () => {
    const got: unknown[][] = []
    fake.exposed.get('desktop')!.onCommand((...args: unknown[]) => got.push(args))
    const send = fake.listeners.get(COMMAND_CHANNEL)!
    send({ sender: 'electron internals' }, 'find')
    send({}, 'reload')
    send({}, '__proto__')
    send({}, { toString: () => 'find' })
    expect(got).toEqual([['find']])
  })

  it('tells the page when the library changed elsewhere, without the event object', () => {
    const got: unknown[][] = []
    fake.exposed.get('api')!.onLibraryChanged((...args: unknown[]) => got.push(args))
    fake.listeners.get(EVENT_PREFIX + 'libraryChanged')!({ sender: 'electron internals' }, 'anything')
    expect(got).toEqual([[]])
  })

  it('passes on only links that parse, and refusals, keeping those sent before the page listened', () => {
    const send = fake.listeners.get(LINK_CHANNEL)!
    send({}, { uri: 'diptych://article/a1' })
    send({}, { uri: 'diptych://article/../x' })
    send({}, 'diptych://article/a2')
    const got: unknown[][] = []
    fake.exposed.get('desktop')!.onLink((...args: unknown[]) => got.push(args))
    send({ sender: 'electron internals' }, { refused: 'Diptych cannot open this link: it is not a link.' })
    expect(got).toEqual([
      [{ uri: 'diptych://article/a1', link: { kind: 'article', articleId: 'a1' } }],
      [{ refused: 'Diptych cannot open this link: it is not a link.' }]
    ])
  })

  it('keeps the zoom within bounds', () => {
    const setZoom = fake.exposed.get('desktop')!.setZoom
    setZoom(1)
    setZoom(99)
    setZoom(Number.NaN)
    expect(fake.zoom).toEqual([1, 5, 0])
  })

  it('sends main the page’s state for the menu only when it is one, as plain data', () => {
    const setCommandState = fake.exposed.get('desktop')!.setCommandState
    const state = { ...idleCommandState(), openCount: 2, canUndo: true }
    setCommandState(state)
    setCommandState({ ...state, openCount: 9 })
    setCommandState({ ...state, extra: () => 'x' })
    setCommandState('all enabled')
    expect(fake.sent).toEqual([[COMMAND_STATE_CHANNEL, state]])
  })
})
