// Which menu items can act: the page's small state, checked as it crosses the bridge, and the commands
// it greys out in the menu (the template applies the same rule the palette reads).
import { describe, expect, it } from 'vitest'
import { commandStateOf, idleCommandState, type CommandState } from './command-state'
import { disabledCommands } from './commands'
import { menuCommands, menuTemplate } from './menu-template'

const state = (patch: Partial<CommandState> = {}): CommandState => ({ ...idleCommandState(), ...patch })
const greyed = (s: CommandState) =>
  menuCommands(menuTemplate({ platform: 'linux', packaged: true, state: s }))
    .filter((e) => e.enabled === false)
    .map((e) => e.id)
    .sort()

describe('which commands can act', () => {
  it('with nothing open and nothing done, greys out what needs an article, a card, a comparison or history', () => {
    expect(greyed(state())).toEqual(
      [
        'annotations',
        'checkEdition',
        'compare',
        'compareEditions',
        'copyLink',
        'copyPairLink',
        'find',
        'findSources',
        'redo',
        'syncScroll',
        'undo',
        'zoomReset'
      ].sort()
    )
  })

  it('with two articles, a card, a comparison and history, greys out nothing', () => {
    const busy = state({
      openCount: 2,
      canUndo: true,
      canRedo: true,
      compared: true,
      cardOpen: true,
      focusedFromWeb: true,
      focusedEditions: true,
      zoom: 1
    })
    expect(greyed(busy)).toEqual([])
  })

  it('compares and copies a pair link only with two articles open; one is enough to find or show annotations', () => {
    expect(greyed(state({ openCount: 1 }))).toEqual(expect.arrayContaining(['compare', 'copyPairLink']))
    expect(greyed(state({ openCount: 1 }))).not.toContain('find')
    expect(greyed(state({ openCount: 1 }))).not.toContain('annotations')
  })

  it('Undo and Redo act in a field even with nothing in the history: they are the field’s own there', () => {
    expect(greyed(state({ typing: true }))).not.toContain('undo')
    expect(greyed(state({ typing: true }))).not.toContain('redo')
  })

  it('zoom in and out stop at their limits; Actual Size acts only when zoomed', () => {
    expect(disabledCommands(state({ zoom: 5 }))).toContain('zoomIn')
    expect(disabledCommands(state({ zoom: -3 }))).toContain('zoomOut')
    expect(disabledCommands(state({ zoom: 0.5 }))).not.toContain('zoomReset')
  })

  it('without a state from the page, every item is enabled', () => {
    expect(menuCommands(menuTemplate({ platform: 'linux', packaged: true })).filter((e) => e.enabled === false)).toEqual([])
  })

  it('the palette and the menu read the same rule', () => {
    const s = state({ openCount: 1, canUndo: true })
    expect(
      [...disabledCommands(s)]
        .filter((id) => menuCommands(menuTemplate({ platform: 'linux', packaged: true })).some((e) => e.id === id))
        .sort()
    ).toEqual(greyed(s))
  })
})

describe('the state as it crosses the bridge', () => {
  it('passes exactly the state', () => {
    const s = state({ openCount: 2, canUndo: true, zoom: 1.5 })
    expect(commandStateOf(JSON.parse(JSON.stringify(s)))).toEqual(s)
  })

  it('refuses anything else', () => {
    const bad: unknown[] = [
      null,
      'state',
      [],
      {},
      { ...state(), extra: 1 },
      { ...state(), openCount: 3 },
      { ...state(), openCount: 1.5 },
      { ...state(), openCount: '2' },
      { ...state(), zoom: Number.NaN },
      { ...state(), zoom: 99 },
      { ...state(), canUndo: 'yes' },
      { ...state(), typing: 1 },
      Object.fromEntries(Object.entries(state()).filter(([k]) => k !== 'cardOpen'))
    ]
    for (const value of bad) expect(commandStateOf(value), JSON.stringify(value)).toBeNull()
    const proto = JSON.parse(
      `{${Object.keys(state())
        .slice(1)
        .map((k) => `"${k}":false`)
        .join(',')},"__proto__":{"openCount":1}}`
    )
    expect(commandStateOf(proto)).toBeNull()
  })
})
