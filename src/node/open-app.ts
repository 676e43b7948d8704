// Opens a library folder and wires the services on it: the one place the app, the browser mode, the
// command line and the test harness get their services from.
import path from 'node:path'
import type { Platform } from './platform'
import { AnnotationService } from './services/annotation-service'
import { AnnotationImportService } from './services/annotation-import-service'
import { EditionService } from './services/editions/edition-service'
import { ExportService } from './services/export-service'
import { ImportService } from './services/import-service'
import { LibraryService } from './services/library-service'
import { SearchService } from './services/search-service'
import { SourcesService } from './services/sources/sources-service'
import { WorkerParser, type ParseLimits } from './services/import/worker-parser'
import { assetsInUse } from '../shared/asset-url'
import { AssetStore } from './store/assets'
import { LibraryWatcher } from './store/library-watcher'
import { Store, type StoreOptions } from './store/store'
import type { WebImportOptions } from './services/web/web-import'

export interface AppContext {
  store: Store
  assets: AssetStore
  platform: Platform
  library: LibraryService
  annotations: AnnotationService
  imports: ImportService
  exports: ExportService
  search: SearchService
  sources: SourcesService
  annotationImport: AnnotationImportService
  /** Present when asked for (a window shows the library): notices other processes' and computers' changes. Close it before the store. */
  watcher?: LibraryWatcher
  editions: EditionService
}

/** Opens the library in `dataDir` (seeding the bundled articles on a first run) and wires the services. */
export async function openApp(options: {
  dataDir: string
  resourcesDir: string
  platform: Platform
  store?: StoreOptions
  /** The built parser worker (out/main/parse-worker.js); without it, articles are parsed in place. */
  parserWorker?: string
  /** The worker must be used: a missing one refuses imports rather than parse without bounds (the CLI). */
  parserRequired?: boolean
  parserLimits?: ParseLimits
  /** Saving pages from the web: timeouts, limits, the address policy (tests), the asset store. */
  web?: WebImportOptions
  /** Watch the library folder for changes made elsewhere (the app and the browser mode; not the command line). */
  watchLibrary?: boolean
}): Promise<AppContext> {
  const store = await Store.open(options.dataDir, options.store)
  const assets = new AssetStore(options.dataDir)
  await assets.removeStaleTemp()
  // Checked first without the lock, as the bodies are: most openings find nothing to remove.
  if ((await assets.orphans(assetsInUse(store.data))).length > 0) await store.tidyUnderLock((lib) => assets.removeOrphans(assetsInUse(lib)))
  const library = new LibraryService(store, path.join(options.resourcesDir, 'articles'), assets)
  const sources = new SourcesService(store, library)
  // The index follows imports; a failure there never fails an import: the next query catches it up.
  library.afterAdd = (article) => sources.added(article).catch(() => undefined)
  await library.seedIfFirstRun()
  const search = new SearchService(store)
  const parser =
    options.parserRequired && options.parserWorker
      ? new WorkerParser(options.parserWorker, options.parserLimits)
      : WorkerParser.orInline(options.parserWorker, options.parserLimits)
  // Pages from the web go through the desktop's network stack when it has one (Electron), else Node's.
  const imports = new ImportService(
    store,
    library,
    options.platform,
    parser,
    { platformFetch: options.platform.webFetch, ...options.web },
    assets
  )
  const editions = new EditionService(store, library, parser, { platformFetch: options.platform.webFetch, assets, ...options.web })
  const exports = new ExportService(store, library, options.platform, assets)
  const annotationImport = new AnnotationImportService(store, library, options.platform)
  return {
    store,
    assets,
    platform: options.platform,
    library,
    annotations: new AnnotationService(store),
    imports,
    exports,
    search,
    sources,
    annotationImport,
    editions,
    watcher: options.watchLibrary
      ? // A change log's conflicted copy is still a log of that device: the store reads its operations (idempotent) with the rest.
        await LibraryWatcher.start(store, { conflicts: { mergeChangeLog: async () => (await store.catchUp(), true) } })
      : undefined
  }
}
