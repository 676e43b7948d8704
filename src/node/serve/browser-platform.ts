// The desktop, as far as the browser mode has one: no native dialogs (the page picks files itself and
// sends their bytes), exports written into a folder the reader names, links opened by the system's own
// opener on this computer, and copying done by the page.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors'
import type { Platform } from '../platform'
import { copyOnPage } from './page-effects'

/** The command that opens a URL in the reader's browser, per system. */
function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]]
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]]
  return ['xdg-open', [url]]
}

export class BrowserPlatform implements Platform {
  constructor(
    /** Where exports go: the browser mode has no save dialog. */
    private readonly exportDir: string
  ) {}

  showOpenDialog(): Promise<string[] | null> {
    return Promise.reject(
      new AppError('invalid-request', 'Choosing a file by dialog is not available in the browser; drop the file on the window instead.')
    )
  }

  showSaveDialog(options: { defaultName: string; folder?: boolean }): Promise<string | null> {
    mkdirSync(this.exportDir, { recursive: true })
    return Promise.resolve(path.join(this.exportDir, path.basename(options.defaultName)))
  }

  writeClipboard(text: string): void {
    if (!copyOnPage(text)) throw new AppError('internal', 'Copying is only possible from the page.')
  }

  openExternal(url: string): Promise<void> {
    // The handler has checked the URL with the one rule (safeUrl) before it gets here.
    const [command, args] = opener(url)
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { stdio: 'ignore', detached: true })
      child.once('error', () => reject(new AppError('io', 'No program to open links was found on this computer.')))
      child.once('spawn', () => {
        child.unref()
        resolve()
      })
    })
  }
}
