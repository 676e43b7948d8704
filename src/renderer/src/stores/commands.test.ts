// What the page tells main for its menu, and what the palette greys out: the command state follows the
// panes, the open card, the focused article's editions and the saved zoom.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { commandStateOf } from '../../../shared/command-state'
import { useAnnotationStore } from './annotations'
import { useCommandStore } from './commands'
import { useReaderStore } from './reader'
import { LEFT, RIGHT, storesOverFakeMain } from './test-support/stores'

afterEach(() => vi.unstubAllGlobals())

const edition = (n: number) => ({ n, savedAt: '2024-05-16T12:00:00.000Z', textHash: `h${n}`, words: 1 })

describe('the command state', () => {
  it('says what is open, and passes the check main makes', async () => {
    await storesOverFakeMain()
    const commands = useCommandStore()
    expect(commandStateOf(JSON.parse(JSON.stringify(commands.state)))).toEqual(commands.state)
    expect(commands.state).toMatchObject({ openCount: 2, cardOpen: false, focusedFromWeb: false, focusedEditions: false, zoom: 0 })
    expect(commands.enabled('copyLink')).toBe(false)
    expect(commands.run('copyLink')).toBe(false)
    useAnnotationStore().openCard = { id: 'h1', focus: null }
    expect(commands.enabled('copyLink')).toBe(true)
    await useReaderStore().close(1)
    expect(commands.state.openCount).toBe(1)
    expect(commands.enabled('compare')).toBe(false)
  })

  it('reads the focused article: saved from the web, with more than one edition', async () => {
    await storesOverFakeMain([LEFT, RIGHT], (main) => {
      Object.assign(main.library.articles[1], { url: 'https://example.org/a', editions: [edition(1), edition(2)] })
    })
    const commands = useCommandStore()
    expect(commands.enabled('checkEdition')).toBe(false)
    await useReaderStore().open(1, 'right')
    expect(commands.state).toMatchObject({ focusedFromWeb: true, focusedEditions: true })
    expect(commands.enabled('compareEditions')).toBe(true)
  })

  it('reads the zoom from the settings: Actual Size acts only when zoomed', async () => {
    const { library } = await storesOverFakeMain()
    const commands = useCommandStore()
    expect(commands.enabled('zoomReset')).toBe(false)
    await library.updateSettings({ zoom: 1 })
    expect(commands.state.zoom).toBe(1)
    expect(commands.enabled('zoomReset')).toBe(true)
  })

  it('Undo and Redo act in a field whatever the history: the palette judges from where it was opened', async () => {
    await storesOverFakeMain()
    const commands = useCommandStore()
    expect(commands.enabled('undo')).toBe(false)
    expect(commands.enabled('undo', { typing: true })).toBe(true)
    commands.inField = true
    expect(commands.state.typing).toBe(true)
    expect(commands.enabled('redo', { typing: false })).toBe(false)
  })
})
