// The application menu: the plain template from the command table, built by Electron. A command item
// sends its id to the renderer, which runs it as if its key had been pressed. Built again with each
// state the page reports, so that what cannot act is greyed out.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { CommandState } from '../shared/command-state'
import { COMMAND_CHANNEL } from '../shared/commands'
import { menuTemplate, type MenuEntry } from '../shared/menu-template'

function toElectron(entry: MenuEntry, window: () => BrowserWindow | null): MenuItemConstructorOptions {
  const { submenu, role, id, ...rest } = entry
  const options: MenuItemConstructorOptions = { ...rest, id, role: role as MenuItemConstructorOptions['role'] }
  if (submenu) options.submenu = submenu.map((e) => toElectron(e, window))
  if (id && !role) options.click = () => window()?.webContents.send(COMMAND_CHANNEL, id)
  return options
}

export function installMenu(packaged: boolean, window: () => BrowserWindow | null, state?: CommandState): void {
  const template = menuTemplate({ platform: process.platform, packaged, state })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((e) => toElectron(e, window))))
}
