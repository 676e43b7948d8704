// The window's zoom in the settings: checked by the settings schema and the request schema, saved like
// any setting (coalesced, read back when the library opens again) and kept per computer, as the
// window's size is: a laptop and a large screen want different zooms.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, emptyLibrary } from '../shared/model'
import { requestSchemas } from './ipc-schemas'
import { librarySchema } from './schemas'
import { LibraryService } from './services/library-service'
import { Store } from './store/store'
import { useTempDirs } from './test-support/temp-dir'

const tempDir = useTempDirs()

describe('the zoom setting', () => {
  it('is optional, and read as written when in range', () => {
    expect(librarySchema.parse(emptyLibrary()).settings.zoom).toBeUndefined()
    const lib = { ...emptyLibrary(), settings: { ...defaultSettings(), zoom: 1.5 } }
    expect(librarySchema.parse(lib).settings.zoom).toBe(1.5)
  })

  it('refuses a zoom out of range or not a number, in the file and in a request', () => {
    for (const zoom of [6, -4, Number.NaN, '1', null]) {
      const lib = { ...emptyLibrary(), settings: { ...defaultSettings(), zoom } }
      expect(librarySchema.safeParse(lib).success, String(zoom)).toBe(false)
      expect(requestSchemas.updateSettings.safeParse({ zoom }).success, String(zoom)).toBe(false)
    }
    expect(requestSchemas.updateSettings.safeParse({ zoom: -1.5 }).success).toBe(true)
  })

  it('of many presses is saved once, and read back when the library opens again', async () => {
    const dir = tempDir()
    const config = mkdtempSync(path.join(os.tmpdir(), 'diptych-config-'))
    const store = await Store.open(dir, { settingsWindowMs: 30, configDir: config })
    const library = new LibraryService(store, null)
    const before = store.data.revision
    await Promise.all([0.5, 1, 1.5, 2].map((zoom) => library.updateSettings({ zoom })))
    expect(store.data.revision - before).toBe(1)
    await store.close()
    expect((await Store.open(dir, { configDir: config })).data.settings.zoom).toBe(2)
  })

  it('stays with the computer it was set on', async () => {
    const dir = tempDir()
    const laptop = mkdtempSync(path.join(os.tmpdir(), 'diptych-config-'))
    const screen = mkdtempSync(path.join(os.tmpdir(), 'diptych-config-'))
    const a = await Store.open(dir, { settingsWindowMs: 0, configDir: laptop })
    await new LibraryService(a, null).updateSettings({ zoom: 2 })
    await a.close()
    const b = await Store.open(dir, { settingsWindowMs: 0, configDir: screen })
    expect(b.data.settings.zoom).toBeUndefined()
    await b.close()
    expect((await Store.open(dir, { configDir: laptop })).data.settings.zoom).toBe(2)
  })
})
