// The one contract between the renderer and main: every channel with its request and response type.
// Requests are validated in main (src/node/ipc-schemas.ts) before any service sees them.
import type {
  ArticleBody,
  ArticleMeta,
  Highlight,
  HighlightColor,
  Id,
  Link,
  LinkRelation,
  RejectedPair,
  Settings,
  TextPositionSelector,
  TextQuoteSelector
} from './model'
import type { Result } from './result'
import type { SourcesProgress, SourcesResult } from './sources/types'
import type { EditionCheck } from './editions/types'
import type { HighlightSummary, LibraryView } from './library-view'

export type ErrorKind = 'invalid-request' | 'not-found' | 'io' | 'import' | 'conflict' | 'cancelled' | 'internal'

/** An error is a value the UI can explain to a reader: a kind and a sentence. */
export interface ApiError {
  kind: ErrorKind
  message: string
}

export type { Result } from './result'

/** What happened when the library was opened, for the reader to be told about. */
export interface StoreNotice {
  kind: 'recovered-from-backup' | 'recovered-empty' | 'write-failed' | 'conflicted-copy'
  message: string
  /** Where the damaged file was moved to; for a conflicted copy, where the copy is. */
  movedTo?: string
}

export interface LibrarySnapshot {
  articles: ArticleMeta[]
  highlights: Highlight[]
  links: Link[]
  rejectedPairs: RejectedPair[]
  settings: Settings
  notices: StoreNotice[]
  dataDir: string
}

export interface NewHighlight {
  id?: Id
  articleId: Id
  color: HighlightColor
  quote: TextQuoteSelector
  position: TextPositionSelector
  note?: string
  tags?: string[]
}

export interface HighlightPatch {
  color?: HighlightColor
  note?: string
  tags?: string[]
}

/** Everything a delete removed, so that undo brings back the same objects, not copies. */
export interface DeletedHighlight {
  highlight: Highlight
  links: Link[]
}

export interface ArticlePatch {
  title?: string
  source?: string
  author?: string
  published?: string
  url?: string
  tags?: string[]
}

export interface ImportItemResult {
  fileName: string
  status: 'imported' | 'duplicate' | 'failed'
  articleId?: Id
  /** For duplicates: the article already in the library. */
  duplicateOf?: Id
  message?: string
  /** For a page saved from the web: its pictures saved, and those left as placeholders. */
  images?: { saved: number; failed: number }
}

export interface UrlImportProgress {
  phase: 'connecting' | 'downloading' | 'reading' | 'images' | 'saving' | 'done'
  /** Bytes of the page received so far, and the total when the server said it. */
  bytes: number
  totalBytes?: number
  imagesDone: number
  imagesTotal: number
}

export interface ImportSummary {
  items: ImportItemResult[]
}

export interface TagChange {
  /** Tags renamed or removed, with the objects touched, so that undo is exact. */
  highlights: { id: Id; tags: string[] }[]
  articles: { id: Id; tags: string[] }[]
}

export interface SearchHit {
  articleId: Id
  where: 'text' | 'quote' | 'note' | 'tag' | 'title'
  highlightId?: Id
  start: number
  end: number
  snippet: string
}

export interface NewLink {
  id?: Id
  from: Id
  to: Id
  relation: LinkRelation
}

export interface ExportRequest {
  scope: 'article' | 'pair' | 'library'
  articleIds: Id[]
  format: 'markdown' | 'webannotation'
  includeNotes: boolean
  order: 'reading' | 'color' | 'tag'
  onlyTag?: string
  /** Markdown: the pictures copied into `assets/` beside the export (the default), or linked to the library's copy. */
  images?: 'copy' | 'link'
  /** The article's whole text after its highlights (Markdown only). */
  includeText?: boolean
}

export interface ExportResult {
  /** Where it was written; null when the reader cancelled the dialog. */
  path: string | null
  files: number
  /** Articles left out of a library export because their text could not be read. */
  failed: ExportFailure[]
}

/** What a repeated export into a folder did ("Update export", `diptych export --all`): paths are the folder's. */
export interface FolderUpdateResult {
  /** The folder; null when the reader cancelled the dialog. */
  path: string | null
  created: string[]
  updated: string[]
  /** Notes already as the library would write them: not touched. */
  unchanged: number
  /** Notes (or articles) left as they are, each with why. */
  skipped: { file: string; reason: string }[]
  /** Notes of articles no longer in the library: left as they are. */
  deleted: { file: string; articleId: Id; title?: string }[]
  /** Articles left out because their text could not be read. */
  failed: ExportFailure[]
}

export interface ExportFailure {
  articleId: Id
  title: string
  /** The article's text file in the library folder, which could not be read. */
  file: string
  message: string
}

export interface AnnotationImportResult {
  /** Null when the reader cancelled the dialog. */
  file: string | null
  imported: number
  /** Imported, but not found in this article's text: listed as orphans. */
  orphans: number
  links: number
  /** Already in the library (same id), left as they are. */
  existing: number
  /** Annotations and links left out, counted by reason: every item of the file is counted somewhere. */
  skipped: ReasonCount[]
  /** Imported with something changed to fit the library's limits (tags folded or shortened…), by change. */
  adjusted: ReasonCount[]
}

export interface ReasonCount {
  reason: string
  count: number
}

export interface BackupInfo {
  name: string
  createdAt: string
  bytes: number
}

/** Channel name → request and response. The method names of `window.api` are the channel names. */
export interface Channels {
  getLibrary: { req: void; res: LibrarySnapshot }
  /** The library without its highlights, summarised per article instead: what the window starts from. */
  getLibraryView: { req: void; res: LibraryView }
  /** The highlights of these articles, and these highlights by id (a link's other end), in the library's order. */
  getHighlights: { req: { articleIds: Id[]; ids?: Id[] }; res: Highlight[] }
  /** The summaries of the articles that hold these highlights, each whole: a tag change's new figures, without the rest of the view. */
  getHighlightSummaries: { req: { highlightIds: Id[] }; res: HighlightSummary[] }
  getArticleBody: { req: { id: Id }; res: ArticleBody }
  updateSettings: { req: Partial<Omit<Settings, 'positions' | 'seeded'>>; res: Settings }
  setPosition: { req: { articleId: Id; offset: number }; res: null }

  createHighlight: { req: NewHighlight; res: Highlight }
  updateHighlight: { req: { id: Id; patch: HighlightPatch }; res: Highlight }
  deleteHighlight: { req: { id: Id }; res: DeletedHighlight }
  restoreHighlight: { req: DeletedHighlight; res: Highlight }

  renameTag: { req: { from: string; to: string }; res: TagChange }
  deleteTag: { req: { tag: string }; res: TagChange }
  restoreTags: { req: TagChange; res: null }

  updateArticle: { req: { id: Id; patch: ArticlePatch }; res: ArticleMeta }
  trashArticle: { req: { id: Id }; res: ArticleMeta }
  restoreArticle: { req: { id: Id }; res: ArticleMeta }
  emptyTrash: { req: void; res: { removed: number } }

  /** Opens the file dialog; the chosen paths are the only ones importFile accepts. Empty when cancelled. */
  chooseImportFiles: { req: void; res: { paths: string[] } }
  importFile: { req: { path: string; keepDuplicates?: boolean }; res: ImportItemResult }
  /** A file dropped on the window, read by the renderer: its bytes as base64. */
  importDropped: { req: { fileName: string; dataBase64: string; keepDuplicates?: boolean }; res: ImportItemResult }
  importPasted: { req: { text?: string; html?: string; keepDuplicates?: boolean }; res: ImportItemResult }
  /** Fetches a web page in main and saves it with its pictures; requestId names it for progress and cancel. */
  importUrl: { req: { url: string; requestId: string; keepDuplicates?: boolean }; res: ImportItemResult }
  /** How far an importUrl has got; null when no request of that id is running. */
  importUrlProgress: { req: { requestId: string }; res: UrlImportProgress | null }
  /** Stops an importUrl, which then answers status 'failed' with a message saying it was cancelled. */
  cancelImportUrl: { req: { requestId: string }; res: void }
  /** Downloads again the pictures of an article that could not be saved; says how many are now saved. */
  retryImages: { req: { articleId: Id }; res: { saved: number; failed: number } }
  /** Fetches an article saved from a URL again; a changed text becomes its new edition. */
  checkEdition: { req: { articleId: Id }; res: EditionCheck }
  /** The text of one edition of an article (editions.ts), for Compare editions. */
  getEdition: { req: { articleId: Id; edition: number }; res: ArticleBody }

  createLink: { req: NewLink; res: Link }
  deleteLink: { req: { id: Id }; res: Link }
  rejectPair: { req: RejectedPair; res: null }
  /** Takes back a rejection: the pair is proposed again. */
  unrejectPair: { req: RejectedPair; res: null }

  search: { req: { query: string }; res: SearchHit[] }
  /** The articles of the library this one quotes or paraphrases, best first (limit: 10 unless said). */
  findSources: { req: { articleId: Id; limit?: number }; res: SourcesResult }
  /** How far the sources index is being built, while findSources waits for it; null otherwise. */
  sourcesProgress: { req: void; res: SourcesProgress | null }
  exportWithDialog: { req: ExportRequest; res: ExportResult }
  /** Repeats a Markdown export of the library into a folder the reader chooses, keeping what they wrote there. */
  updateExportWithDialog: { req: ExportRequest; res: FolderUpdateResult }
  /** Puts Markdown of one highlight (or of the whole article) on the clipboard. */
  copyMarkdown: { req: { articleId: Id; highlightId?: Id }; res: null }
  /** Reads a Web Annotation JSON file chosen in a dialog onto an article. */
  importAnnotations: { req: { articleId: Id }; res: AnnotationImportResult }
  copyText: { req: { text: string }; res: null }
  openExternal: { req: { url: string }; res: null }

  listBackups: { req: void; res: BackupInfo[] }
  restoreBackup: { req: { name: string }; res: LibrarySnapshot }
  /** Reads the library folder again (the window gained focus): changed when another process or computer wrote. */
  checkLibrary: { req: void; res: { changed: boolean } }
}

export type Channel = keyof Channels
export type Req<C extends Channel> = Channels[C]['req']
export type Res<C extends Channel> = Channels[C]['res']

export type Api = {
  [C in Channel]: Req<C> extends void ? () => Promise<Result<Res<C>, ApiError>> : (req: Req<C>) => Promise<Result<Res<C>, ApiError>>
} & ApiEvents

/** What main tells the page without being asked. */
export interface ApiEvents {
  /** `run` is called each time another process (the command line, a sync tool) changed the library. */
  onLibraryChanged(run: () => void): void
}

export type ApiEvent = 'libraryChanged'
/** How a host delivers an event to the page: IPC, the browser mode's event stream, the test binding. */
export type Subscribe = (event: ApiEvent, run: () => void) => void

/** Every channel, listed once so that createApi and the handler table cannot drift apart. */
// prettier-ignore
export const CHANNELS = [
  'getLibrary', 'getLibraryView', 'getHighlights', 'getHighlightSummaries', 'getArticleBody', 'updateSettings', 'setPosition', 'createHighlight', 'updateHighlight',
  'deleteHighlight', 'restoreHighlight', 'renameTag', 'deleteTag', 'restoreTags', 'updateArticle', 'trashArticle',
  'restoreArticle', 'emptyTrash', 'chooseImportFiles', 'importFile', 'importDropped', 'importPasted', 'importUrl',
  'importUrlProgress', 'cancelImportUrl', 'retryImages', 'checkEdition', 'getEdition', 'createLink',
  'deleteLink', 'rejectPair', 'unrejectPair', 'search', 'findSources', 'sourcesProgress', 'exportWithDialog', 'updateExportWithDialog', 'copyMarkdown', 'importAnnotations',
  'copyText', 'openExternal', 'listBackups', 'restoreBackup', 'checkLibrary'
] as const satisfies readonly Channel[]

// Fails to compile when a channel is missing from CHANNELS.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const allListed: Missing extends never ? true : never = true
void allListed

export type Invoke = (channel: Channel, req: unknown) => Promise<unknown>

/** Turns any invoke function (ipcRenderer.invoke, a Playwright binding) into the typed API. */
export function createApi(invoke: Invoke, subscribe: Subscribe = () => undefined): Api {
  const api: Record<string, (req?: unknown) => unknown> = {}
  for (const channel of CHANNELS) {
    api[channel] = (req?: unknown) => invoke(channel, req ?? null)
  }
  // Only the call passes, never an event object of the host.
  api.onLibraryChanged = (run: unknown) => {
    if (typeof run === 'function') subscribe('libraryChanged', () => void run())
  }
  return Object.freeze(api) as unknown as Api
}

export const IPC_PREFIX = 'diptych:'
/** The IPC channel (and the browser mode's event name) of an event main sends the page. */
export const EVENT_PREFIX = 'diptych-event:'
