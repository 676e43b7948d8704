// What the services need from the desktop: dialogs, the clipboard, the system browser. In Electron this
// is backed by electron's modules (electron-platform.ts); tests pass a scripted stand-in.
import { safeUrl } from '../shared/safe-url'
import type { Transport } from './services/web/transport'
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Paths chosen, or null when the reader cancelled. */
  showOpenDialog(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[] | null>
  /** Path chosen, or null when cancelled. `folder` asks for a folder instead of a file. */
  showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[]; folder?: boolean }): Promise<string | null>
  /** May be asynchronous (Electron's clipboard returns a promise since version 45). */
  writeClipboard(text: string): Promise<void> | void
  openExternal(url: string): Promise<void>
  /**
   * One GET through the desktop's own network stack (Electron's session: the system proxy applies),
   * answering redirects as 3xx responses and sending no cookies. Absent: Node's fetch is used.
   */
  webFetch?: Transport
}

/** Only web and mail links leave the app, and only after parsing (the one rule, in src/shared/safe-url.ts). */
export function externalUrl(raw: string): string | null {
  return safeUrl(raw) ?? null
}
