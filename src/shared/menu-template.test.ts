import { describe, expect, it } from 'vitest'
import { menuCommands, menuTemplate, type MenuEntry } from './menu-template'

const labels = (entries: MenuEntry[] | undefined) => (entries ?? []).filter((e) => e.type !== 'separator').map((e) => e.label ?? e.role)
const menu = (template: MenuEntry[], label: string) => template.find((e) => e.label?.replace('&', '') === label)
const everyRole = (template: MenuEntry[]): string[] => template.flatMap((e) => [...(e.role ? [e.role] : []), ...everyRole(e.submenu ?? [])])

describe('application menu', () => {
  const linux = menuTemplate({ platform: 'linux', packaged: true })
  const mac = menuTemplate({ platform: 'darwin', packaged: true })

  it('has File, Edit, View, Window and Help with the commands a reader expects', () => {
    expect(linux.map((e) => e.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
    expect(labels(menu(linux, 'File')?.submenu)).toEqual([
      'Import…',
      'Add from URL…',
      'Check for a New Edition',
      'Export…',
      'Backups…',
      'Settings…',
      'Close Window',
      'Quit'
    ])
    expect(labels(menu(linux, 'Edit')?.submenu)).toEqual([
      'Undo',
      'Redo',
      'Cut',
      'Copy',
      'Paste',
      'Select All',
      'Copy Link to Highlight',
      'Copy Link to This Pair',
      'Find…'
    ])
    expect(labels(menu(linux, 'View')?.submenu)).toEqual([
      'Command palette…',
      'Library',
      'Annotations',
      'Compare',
      'Find Sources…',
      'Compare Editions',
      'Sync Scroll',
      'Theme',
      'Zoom In',
      'Zoom Out',
      'Actual Size',
      'Full Screen'
    ])
    const view = menu(linux, 'View')!.submenu!
    expect(labels(view.find((e) => e.label === 'Theme')?.submenu)).toEqual(['Light', 'Sepia', 'Dark', 'Follow the System'])
    expect(menu(linux, 'Window')?.role).toBe('windowMenu')
    expect(labels(menu(linux, 'Help')?.submenu)).toEqual(['Keyboard Shortcuts', 'About Diptych'])
  })

  it('shows each command its shortcut as an accelerator, leaving the key to the page unless a native role does the work', () => {
    const byId = new Map(menuCommands(linux).map((e) => [e.id, e]))
    expect(byId.get('find')).toMatchObject({ accelerator: 'CmdOrCtrl+F', registerAccelerator: false })
    expect(byId.get('compare')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+C', registerAccelerator: false })
    expect(byId.get('zoomIn')).toMatchObject({ accelerator: 'CmdOrCtrl+=' })
    expect(byId.get('addFromUrl')).toMatchObject({ accelerator: 'CmdOrCtrl+L' })
    expect(byId.get('copy')).toEqual({ id: 'copy', label: 'Copy', role: 'copy', accelerator: 'CmdOrCtrl+C' })
    expect(byId.get('fullScreen')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' })
    expect(
      menuTemplate({ platform: 'darwin', packaged: true })
        .flatMap((e) => menuCommands([e]))
        .find((e) => e.id === 'fullScreen')
    ).toMatchObject({
      accelerator: 'Ctrl+CmdOrCtrl+F'
    })
  })

  it('has no Reload and no developer tools in a packaged build, and has them in development', () => {
    for (const template of [linux, mac]) {
      expect(everyRole(template).map((r) => r.toLowerCase())).not.toContain('reload')
      expect(everyRole(template).map((r) => r.toLowerCase())).not.toContain('toggledevtools')
      expect(JSON.stringify(template)).not.toMatch(/electronjs|devtools|reload/i)
    }
    expect(everyRole(menuTemplate({ platform: 'linux', packaged: false }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('on macOS starts with the app menu: About, Settings, Services, Hide and Quit', () => {
    expect(mac.map((e) => e.label)).toEqual(['Diptych', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(labels(mac[0].submenu)).toEqual(['About Diptych', 'Settings…', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
    expect(labels(menu(mac, 'File')?.submenu)).not.toContain('Settings…')
    expect(labels(menu(mac, 'File')?.submenu)).not.toContain('Quit')
    expect(labels(menu(mac, 'Help')?.submenu)).toEqual(['Keyboard Shortcuts'])
  })

  it('names each command once', () => {
    for (const template of [linux, mac]) {
      const ids = menuCommands(template).map((e) => e.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })
})
