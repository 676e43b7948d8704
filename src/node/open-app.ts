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
import { WorkerParser, type ParseLimits } from './services/import/worker-parser'
import { assetsInUse } from '../shared/asset-url'
import { AssetStore } from './store/assets'
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
  annotationImport: AnnotationImportService
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
}): Promise<AppContext> {
  const store = await Store.open(options.dataDir, options.store)
  const assets = new AssetStore(options.dataDir)
  await assets.removeStaleTemp()
  // Checked first without the lock, as the bodies are: most openings find nothing to remove.
  if ((await assets.orphans(assetsInUse(store.data))).length > 0) await store.tidyUnderLock((lib) => assets.removeOrphans(assetsInUse(lib)))
  const library = new LibraryService(store, path.join(options.resourcesDir, 'articles'), assets)
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
    annotationImport,
    editions
  }
}
