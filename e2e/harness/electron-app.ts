// The real app under Electron, for machines that have the Electron binary (and a display).
import path from 'node:path'
import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import type { AppHandle, MenuItemState } from './app-handle'

const root = path.resolve(import.meta.dirname, '../..')

export class ElectronApp implements AppHandle {
  readonly mode = 'electron' as const
  page!: Page
  private app!: ElectronApplication

  constructor(
    readonly dataDir: string,
    private readonly executablePath: string | undefined
  ) {}

  async start(): Promise<void> {
    this.app = await _electron.launch({
      executablePath: this.executablePath,
      args: [path.join(root, 'out/main/index.js'), `--data-dir=${this.dataDir}`],
      // The tests must not make this build the machine's handler of diptych: links.
      env: { ...process.env, DIPTYCH_DATA_DIR: this.dataDir, DIPTYCH_NO_SCHEME_REGISTRATION: '1' } as Record<string, string>
    })
    this.page = await this.app.firstWindow()
    await this.page.setViewportSize({ width: 1440, height: 900 })
    await this.page.locator('.app[data-ready="true"]').waitFor()
  }

  async stop(): Promise<void> {
    await this.app?.close()
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  async answerDialog(paths: string[] | null): Promise<void> {
    // Replaces the next dialog call in main with the scripted answer.
    await this.app.evaluate(({ dialog }, answer) => {
      const openOriginal = dialog.showOpenDialog
      const saveOriginal = dialog.showSaveDialog
      const restore = () => {
        dialog.showOpenDialog = openOriginal
        dialog.showSaveDialog = saveOriginal
      }
      dialog.showOpenDialog = (async () => {
        restore()
        return answer ? { canceled: false, filePaths: answer } : { canceled: true, filePaths: [] }
      }) as typeof dialog.showOpenDialog
      dialog.showSaveDialog = (async () => {
        restore()
        return answer ? { canceled: false, filePath: answer[0] } : { canceled: true, filePath: '' }
      }) as typeof dialog.showSaveDialog
    }, paths)
  }

  async clipboard(): Promise<string> {
    return this.app.evaluate(({ clipboard }) => clipboard.readText())
  }

  async openedExternally(): Promise<string[]> {
    return []
  }

  async openUrl(uri: string): Promise<void> {
    // As the single-instance lock hands main a second instance's command line.
    await this.app.evaluate(
      ({ app }, argv) => {
        app.emit('second-instance', { preventDefault: () => undefined }, argv, process.cwd(), {})
      },
      [process.execPath, path.join(root, 'out/main/index.js'), uri]
    )
  }

  async menuItems(): Promise<MenuItemState[]> {
    return this.app.evaluate(({ Menu }) => {
      type Item = { id?: string; enabled: boolean; submenu?: { items: Item[] } | null }
      const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(i.submenu?.items ?? [])])
      return walk((Menu.getApplicationMenu()?.items ?? []) as Item[])
        .filter((i) => i.id)
        .map((i) => ({ id: i.id!, enabled: i.enabled }))
    })
  }

  async chooseMenuCommand(id: string): Promise<void> {
    const found = await this.app.evaluate(({ Menu }, command) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(command)
      if (item?.enabled === false) throw new Error(`The menu item ${command} is greyed out.`)
      item?.click()
      return Boolean(item)
    }, id)
    if (!found) throw new Error(`The application menu has no item ${id}.`)
  }
}
