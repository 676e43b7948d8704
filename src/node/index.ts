// The Node layer's public entry: what the Electron shell, the command line and the harnesses may use.
// Parsers, the store's lock and other internals stay behind it.
export { openApp, type AppContext } from './open-app'
export { createHandlers, dispatch, type Handlers } from './handlers'
export type { FileFilter, Platform } from './platform'
export { externalUrl } from './platform'
export { resolveDataDir } from './data-dir'
export { AppError } from './errors'
export { StoreWriteError } from './store/store'
export { LockTimeoutError } from './store/file-lock'
export { NotAFileError } from './store/in-the-way'
export { CorruptLibraryError, NewerLibraryError, parseLibrary } from './store/library-file'
export { readArticleFile } from './services/read-article-file'
export { ExportTargetError } from './services/export-target'
