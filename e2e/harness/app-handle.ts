import type { Page } from '@playwright/test'

/** An item of the application menu that runs a command of the table. */
export interface MenuItemState {
  id: string
  enabled: boolean
}

/** The app under test, the same in Chromium and in Electron mode. */
export interface AppHandle {
  readonly mode: 'chromium' | 'electron' | 'server'
  readonly page: Page
  readonly dataDir: string
  start(): Promise<void>
  stop(): Promise<void>
  /** Closes the app and starts it again on the same data folder. */
  restart(): Promise<void>
  /** The next open or save dialog returns these paths (null: the reader cancels). */
  answerDialog(paths: string[] | null): Promise<void>
  clipboard(): Promise<string>
  openedExternally(): Promise<string[]>
  /** Opens a diptych:// link as the system would: a second instance's command line (Electron, Chromium), the page's address (browser mode). */
  openUrl(uri: string): Promise<void>
  /** Chooses the application menu's item for a command (Chromium mode: what the menu would send); no menu in a browser. */
  chooseMenuCommand?(id: string): Promise<void>
  /** The application menu's command items, greyed out or not (none in a browser). */
  menuItems?(): Promise<MenuItemState[]>
  /** Makes main answer `channel` only after `ms` (Chromium mode only: the binding waits). */
  slowDown?(channel: string, ms: number): void
}
