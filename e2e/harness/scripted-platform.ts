import type { Platform } from '../../src/node'

/** Dialogs answer what the test said they would; clipboard and browser calls are recorded. */
export class ScriptedPlatform implements Platform {
  readonly answers: (string[] | null)[] = []
  clipboard = ''
  readonly opened: string[] = []

  async showOpenDialog(): Promise<string[] | null> {
    return this.answers.shift() ?? null
  }

  async showSaveDialog(): Promise<string | null> {
    const answer = this.answers.shift()
    return answer?.[0] ?? null
  }

  writeClipboard(text: string): void {
    this.clipboard = text
  }

  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  }
}
