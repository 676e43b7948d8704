import { describe, expect, it } from 'vitest'
import {
  accelerator,
  commandById,
  COMMANDS,
  isCommandId,
  keyLabel,
  keysOf,
  paletteRows,
  sheetRows,
  type Command,
  type CommandId
} from './commands'
import { menuCommands, menuTemplate } from './menu-template'

describe('one command table for the menu, the palette and the shortcut sheet', () => {
  for (const platform of ['linux', 'win32', 'darwin']) {
    const mac = platform === 'darwin'
    it(`lists the same commands with the same shortcuts everywhere (${platform})`, () => {
      const menu = menuCommands(menuTemplate({ platform, packaged: true }))
      const palette = new Map(paletteRows(mac).map((r) => [r.id, r]))
      const sheet = new Map(sheetRows(mac).map((r) => [r.id, r]))
      expect(menu.length).toBeGreaterThan(20)
      for (const entry of menu) {
        const command: Command = commandById(entry.id!)
        const keys = keysOf(command, mac)
        // The menu shows the first key; the sheet and the palette show every key, the same way.
        expect(entry.accelerator, entry.id).toBe(keys[0] ? accelerator(keys[0]) : undefined)
        expect(entry.label).toBe(command.label)
        if (!command.keyOnly) expect(palette.get(entry.id!)?.keys, entry.id).toEqual(keys.map((k) => keyLabel(k, mac)))
        if (keys.length) expect(sheet.get(entry.id!)?.keys, entry.id).toEqual(keys.map((k) => keyLabel(k, mac)))
      }
      // Every command offered by the palette is in the menu or has a key (nothing only the palette knows).
      for (const id of palette.keys()) expect(menu.some((e) => e.id === id) || sheet.has(id), id).toBe(true)
    })
  }

  it('offers the palette and find from the keyboard, in the sheet', () => {
    const rows = sheetRows(false)
    expect(rows.find((r) => r.id === 'palette')?.keys).toEqual(['Ctrl+K'])
    expect(rows.find((r) => r.id === 'find')?.keys).toEqual(['Ctrl+F'])
    expect(sheetRows(true).find((r) => r.id === 'palette')?.keys).toEqual(['⌘K'])
  })

  it('gives no two commands the same key', () => {
    for (const mac of [false, true]) {
      const keys = COMMANDS.flatMap((c: Command) => keysOf(c, mac))
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('accepts only the ids of the table from outside', () => {
    expect(isCommandId('find')).toBe(true)
    expect(isCommandId('__proto__')).toBe(false)
    expect(isCommandId('toString')).toBe(false)
    expect(isCommandId(42)).toBe(false)
    expect(isCommandId({ id: 'find' } as unknown as CommandId)).toBe(false)
  })

  it('writes keys for the reader and for Electron', () => {
    expect(keyLabel('Mod+Shift+C', false)).toBe('Ctrl+Shift+C')
    expect(keyLabel('Mod+Shift+C', true)).toBe('⇧⌘C')
    expect(keyLabel('Shift+ArrowDown', false)).toBe('Shift+↓')
    expect(keyLabel('Mod+Plus', false)).toBe('Ctrl++')
    expect(keyLabel('?', false)).toBe('?')
    expect(accelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z')
    expect(accelerator('Mod+,')).toBe('CmdOrCtrl+,')
  })
})
