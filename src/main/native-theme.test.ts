// Electron's own surfaces follow the reader's theme, whichever handler brought the settings.
import { describe, expect, it, vi } from 'vitest'
import type { Handlers } from '../node'
import { defaultSettings, type Appearance, type Settings } from '../shared/model'
import { followTheme } from './native-theme'

const nativeTheme = vi.hoisted(() => ({ themeSource: 'system' }))
vi.mock('electron', () => ({ nativeTheme }))

const withTheme = (theme: Appearance['theme']): Settings => ({
  ...defaultSettings(),
  appearance: { theme, font: 'literata', size: 18, lineHeight: 1.6, lineLength: 66 }
})

describe('followTheme', () => {
  it('sets nativeTheme.themeSource from the settings that updateSettings, getLibrary and getLibraryView return', async () => {
    let saved = withTheme('dark')
    const handlers = followTheme({
      updateSettings: async () => saved,
      getLibrary: async () => ({ settings: saved }),
      getLibraryView: async () => ({ settings: saved })
    } as unknown as Handlers)
    await handlers.updateSettings({})
    expect(nativeTheme.themeSource).toBe('dark')
    saved = withTheme('sepia')
    await handlers.getLibrary(undefined)
    expect(nativeTheme.themeSource, 'sepia is a light theme').toBe('light')
    saved = defaultSettings()
    await handlers.getLibrary(undefined)
    expect(nativeTheme.themeSource, 'a library from before themes follows the system').toBe('system')
    saved = withTheme('dark')
    await handlers.getLibraryView(undefined)
    expect(nativeTheme.themeSource, 'the window starts from the library view').toBe('dark')
  })
})
