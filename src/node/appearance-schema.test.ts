// Appearance settings in the library file: optional (a library from before them reads, with the
// defaults), checked when present, and accepted by updateSettings only whole and in range.
import { describe, expect, it } from 'vitest'
import { appearanceOf, defaultAppearance, defaultSettings, emptyLibrary } from '../shared/model'
import { requestSchemas } from './ipc-schemas'
import { librarySchema } from './schemas'

const appearance = { theme: 'sepia', font: 'atkinson', size: 22, lineHeight: 1.8, lineLength: 60 } as const

describe('appearance settings', () => {
  it('a library written before appearance settings reads, and shows the defaults', () => {
    const old = emptyLibrary()
    delete old.settings.appearance
    const read = librarySchema.parse(old)
    expect(read.settings.appearance).toBeUndefined()
    expect(appearanceOf(read.settings)).toEqual(defaultAppearance())
  })

  it('a library with appearance settings reads them as written', () => {
    const lib = { ...emptyLibrary(), settings: { ...defaultSettings(), appearance } }
    expect(librarySchema.parse(lib).settings.appearance).toEqual(appearance)
  })

  it('refuses a theme or a font it does not know, and sizes out of range', () => {
    for (const bad of [{ theme: 'neon' }, { font: 'comic' }, { size: 3 }, { lineHeight: 9 }, { lineLength: 400 }]) {
      const lib = { ...emptyLibrary(), settings: { ...defaultSettings(), appearance: { ...appearance, ...bad } } }
      expect(librarySchema.safeParse(lib).success, JSON.stringify(bad)).toBe(false)
      expect(requestSchemas.updateSettings.safeParse({ appearance: { ...appearance, ...bad } }).success).toBe(false)
    }
  })

  it('updateSettings takes the appearance whole', () => {
    expect(requestSchemas.updateSettings.safeParse({ appearance }).success).toBe(true)
    expect(requestSchemas.updateSettings.safeParse({ appearance: { theme: 'dark' } }).success).toBe(false)
  })
})
