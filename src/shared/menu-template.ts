// The application menu as plain data, from the one command table: the Electron shell only builds it
// and sends a command's id to the renderer when its item is clicked. Pure, so it is tested as data.
import type { CommandState } from './command-state'
import { accelerator, commandById, COMMANDS, disabledCommands, keysOf, type Command, type CommandId, type MenuName } from './commands'

export interface MenuEntry {
  /** A command of the table: clicking sends it to the renderer, unless a native role does the work. */
  id?: CommandId
  label?: string
  role?: string
  type?: 'separator'
  accelerator?: string
  /** false: the menu only shows the key; the page handles it (Windows, Linux; a Mac's page sees keys first). */
  registerAccelerator?: boolean
  /** false: greyed out, the command cannot act now (see CommandState). */
  enabled?: boolean
  submenu?: MenuEntry[]
}

export interface MenuOptions {
  platform: string
  /** A packaged build: no reloading and no developer tools. */
  packaged: boolean
  /** What the page last reported; without it every item is enabled (the page has not said yet). */
  state?: CommandState
}

const SEPARATOR: MenuEntry = { type: 'separator' }

function item(id: CommandId, mac: boolean, disabled: ReadonlySet<CommandId>): MenuEntry {
  const command: Command = commandById(id)
  const key = keysOf(command, mac)[0]
  const entry: MenuEntry = { id, label: command.label }
  if (command.role) entry.role = command.role
  if (key) {
    entry.accelerator = accelerator(key)
    if (!command.role) entry.registerAccelerator = false
  }
  if (disabled.has(id)) entry.enabled = false
  return entry
}

/** The commands of one menu, in table order. */
function commandsIn(menu: MenuName, mac: boolean, disabled: ReadonlySet<CommandId>): MenuEntry[] {
  return COMMANDS.filter((c: Command) => c.menu === menu).map((c) => item(c.id, mac, disabled))
}

const pick = (entries: MenuEntry[], ...ids: CommandId[]) => ids.map((id) => entries.find((e) => e.id === id)!)

export function menuTemplate({ platform, packaged, state }: MenuOptions): MenuEntry[] {
  const mac = platform === 'darwin'
  const disabled = state ? disabledCommands(state) : new Set<CommandId>()
  const file = commandsIn('file', mac, disabled)
  const edit = commandsIn('edit', mac, disabled)
  const view = commandsIn('view', mac, disabled)
  const help = commandsIn('help', mac, disabled)
  const settings = item('settings', mac, disabled)
  const template: MenuEntry[] = []
  if (mac) {
    template.push({
      label: 'Diptych',
      submenu: [
        item('about', mac, disabled),
        SEPARATOR,
        settings,
        SEPARATOR,
        { role: 'services' },
        SEPARATOR,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        SEPARATOR,
        { role: 'quit' }
      ]
    })
  }
  template.push({
    label: mac ? 'File' : '&File',
    submenu: [
      ...pick(file, 'import', 'addFromUrl', 'checkEdition', 'export'),
      SEPARATOR,
      ...pick(file, 'backups'),
      ...(mac ? [] : [settings]),
      SEPARATOR,
      ...pick(file, 'close'),
      ...(mac ? [] : [{ role: 'quit', label: 'Quit' }])
    ]
  })
  template.push({
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      ...pick(edit, 'undo', 'redo'),
      SEPARATOR,
      ...pick(edit, 'cut', 'copy', 'paste', 'selectAll'),
      SEPARATOR,
      ...pick(edit, 'copyLink', 'copyPairLink'),
      SEPARATOR,
      ...pick(edit, 'find')
    ]
  })
  template.push({
    label: mac ? 'View' : '&View',
    submenu: [
      ...pick(view, 'palette'),
      SEPARATOR,
      ...pick(view, 'library', 'annotations', 'compare', 'findSources', 'compareEditions', 'syncScroll'),
      SEPARATOR,
      { label: 'Theme', submenu: commandsIn('theme', mac, disabled) },
      SEPARATOR,
      ...pick(view, 'zoomIn', 'zoomOut', 'zoomReset'),
      SEPARATOR,
      ...pick(view, 'fullScreen'),
      ...(packaged ? [] : [SEPARATOR, { role: 'reload' }, { role: 'toggleDevTools' }])
    ]
  })
  template.push({ label: mac ? 'Window' : '&Window', role: 'windowMenu' })
  template.push({
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: mac ? pick(help, 'help') : [...pick(help, 'help'), SEPARATOR, ...pick(help, 'about')]
  })
  return template
}

/** Every command entry of a template, submenus included. */
export function menuCommands(template: MenuEntry[]): MenuEntry[] {
  return template.flatMap((e) => [...(e.id ? [e] : []), ...menuCommands(e.submenu ?? [])])
}
