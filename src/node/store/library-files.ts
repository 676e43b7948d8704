// The two files of a library's state: library.json (everything, settings as of its last write) and
// settings.json (the settings since, written alone: settings-file.ts). Reads adopt the newer settings;
// a write takes both texts at once, so that they hold exactly the changes applied until then.
import path from 'node:path'
import type { StoreNotice } from '../../shared/api'
import { emptyLibrary, type Library, type Settings } from '../../shared/model'
import { LibraryFileAdapter } from './library-file'
import { SettingsFile, settingsHash, settingsToUse, type SettingsRecord } from './settings-file'

export class LibraryFiles {
  readonly adapter: LibraryFileAdapter
  private readonly settings: SettingsFile
  /** settingsHash of the settings library.json holds, as last read or written. */
  private librarySettings = ''

  constructor(dir: string, onDamage: (notice: StoreNotice) => void) {
    this.adapter = new LibraryFileAdapter(path.join(dir, 'library.json'))
    this.settings = new SettingsFile(path.join(dir, 'settings.json'), onDamage)
  }

  /** Whether library.json was there at the last read or write. */
  get present(): boolean {
    return this.adapter.lastIdentity !== null
  }

  /** library.json with the settings to use (settings.json's when newer); null when there is none. */
  async read(): Promise<Library | null> {
    const library = await this.adapter.read()
    if (library) await this.adoptSettings(library)
    return library
  }

  /** After library.json was read through the adapter (lowdb's read at opening). */
  async adoptSettings(library: Library): Promise<void> {
    this.librarySettings = settingsHash(library.settings)
    library.settings = settingsToUse(library.settings, await this.settings.read())
  }

  /** After library.json was written whole outside `snapshot` (a recovery at opening). */
  wroteLibrary(library: Library): void {
    this.librarySettings = settingsHash(library.settings)
  }

  /**
   * What another process changed since this one last read or wrote: whether library.json was replaced,
   * and settings.json's new record (undefined when unchanged), checked without reading library.json.
   */
  async changes(): Promise<{ library: boolean; settings: SettingsRecord | null | undefined }> {
    return { library: await this.adapter.changedOnDisk(), settings: await this.settings.readChange() }
  }

  /** Settings another process wrote on the library this one holds, or null when the library must be read again. */
  settingsOnTop(record: SettingsRecord | null | undefined): Settings | null {
    return record && record.librarySettings === this.librarySettings ? structuredClone(record.settings) : null
  }

  /** The library as on disk, read under the lock after `changes` (settings.json as then), for a replay. */
  async readForReplay(): Promise<Library> {
    const library = await this.adapter.read()
    if (!library) return emptyLibrary()
    library.settings = settingsToUse(library.settings, this.settings.lastRecord)
    return library
  }

  /**
   * Takes the texts to write now (synchronously): library.json's too when `libraryToo`, else only the
   * settings. The returned function writes them; `beforeReplace` runs before each file is replaced.
   */
  snapshot(library: Library, libraryToo: boolean, beforeReplace: () => Promise<void>): () => Promise<void> {
    const hash = libraryToo ? settingsHash(library.settings) : this.librarySettings
    const settingsText = this.settings.textOf(library.settings, hash)
    if (!libraryToo) return () => this.settings.write(settingsText, beforeReplace)
    const written = this.adapter.write(library, beforeReplace)
    return async () => {
      await written
      this.librarySettings = hash
      // library.json holds every change now, settings included: settings.json left behind (disk full,
      // the lock taken over) only makes library.json's settings win at the next read, which is right.
      await this.settings.write(settingsText, beforeReplace).catch(() => undefined)
    }
  }
}
