// The fuzzed requests of ipc-fuzz.test.ts, one spec per channel: a well-formed template and what about
// each field is optional, nullable, an id, an enum, bigger than 1 MB, unknown or invalid.
import type { Channel, ErrorKind } from '../../shared/api'
import type { Highlight, Link } from '../../shared/model'

export const A = 'anadolu-2024-05-16'
export const B = 'trend-2024-05-16'
export const MB = 1024 * 1024

export type Path = (string | number)[]
export const show = (p: Path) => (p.length ? p.join('.') : '(request)')

export interface Spec {
  /** A well-formed request; every malformed one is made from it. */
  template: unknown
  /** Paths whose absence is well-formed. */
  optional?: string[]
  /** Paths where null is well-formed. */
  nullable?: string[]
  /** String paths that hold ids. */
  ids?: string[]
  /** String paths that hold one of a fixed set of words. */
  enums?: string[]
  /** Number paths where 1.5 is a valid value (a line height). */
  fractional?: string[]
  /** Number paths where -1 is a valid value (a zoom out). */
  signed?: string[]
  /** String paths whose own limit is above 1 MB. */
  big?: Record<string, number>
  /** Well-formed values that name nothing (or nothing allowed), with the refusal they must get. */
  unknown?: { path: string; value: unknown; kind: ErrorKind }[]
  /** Values of the right type that are still wrong for this field. */
  invalid?: { path: string; value: unknown; what: string }[]
}

export const NO_ID = 'no-such-id-4711'
export const notFound = (...paths: string[]) => paths.map((p) => ({ path: p, value: NO_ID, kind: 'not-found' as const }))

/** An export request; the scope given is the template's. */
const exportSpec = (scope: 'article' | 'library'): Spec => ({
  template: { scope, articleIds: [A], format: 'markdown', includeNotes: true, order: 'reading', onlyTag: 'quote', images: 'copy' },
  optional: ['onlyTag', 'images'],
  ids: ['articleIds.0'],
  enums: ['scope', 'format', 'order', 'images'],
  unknown: notFound('articleIds.0')
})

export function specs(h1: Highlight, h2: Highlight, l1: Link): Record<Channel, Spec> {
  const pairSpec: Spec = {
    template: { articleA: A, articleB: B, a: { start: 0, end: 10 }, b: { start: 5, end: 15 } },
    ids: ['articleA', 'articleB'],
    unknown: notFound('articleA', 'articleB'),
    invalid: [{ path: 'a', value: { start: 10, end: 2 }, what: 'inverted' }]
  }
  const none: Spec = { template: null }
  return {
    getLibrary: none,
    getLibraryView: none,
    getHighlights: { template: { articleIds: [A], ids: [h1.id] }, optional: ['ids'], ids: ['articleIds.0', 'ids.0'] },
    getHighlightSummaries: { template: { highlightIds: [h1.id] }, ids: ['highlightIds.0'] },
    getArticleBody: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    updateSettings: {
      template: {
        panes: [A, B],
        split: 0.5,
        lastColor: 'yellow',
        syncScroll: true,
        appearance: { theme: 'dark', font: 'atkinson', size: 20, lineHeight: 1.6, lineLength: 60 },
        zoom: 1.5
      },
      optional: ['panes', 'split', 'lastColor', 'syncScroll', 'appearance', 'zoom'],
      nullable: ['panes.0', 'panes.1'],
      ids: ['panes.0', 'panes.1'],
      enums: ['lastColor', 'appearance.theme', 'appearance.font'],
      fractional: ['appearance.lineHeight', 'zoom'],
      signed: ['zoom'],
      invalid: [
        { path: 'zoom', value: 40, what: 'zoomed 40 levels in' },
        { path: 'zoom', value: -9, what: 'zoomed 9 levels out' },
        { path: 'appearance.size', value: 400, what: 'with a text size of 400 px' },
        { path: 'appearance.lineLength', value: 5, what: 'with lines of 5 characters' }
      ],
      unknown: notFound('panes.0', 'panes.1')
    },
    setPosition: { template: { articleId: A, offset: 10 }, ids: ['articleId'], unknown: notFound('articleId') },
    createHighlight: {
      invalid: [
        { path: 'position', value: { start: 5, end: 5 }, what: 'empty' },
        { path: 'position', value: { start: 9, end: 5 }, what: 'inverted' },
        { path: 'tags', value: Array.from({ length: 201 }, (_, i) => `t${i}`), what: 'with 201 tags' },
        { path: 'tags', value: ['   '], what: 'with a blank tag' },
        { path: 'tags', value: ['two\nlines'], what: 'with a tag of two lines' },
        { path: 'quote.exact', value: '', what: 'empty' }
      ],
      template: {
        id: 'new-highlight',
        articleId: A,
        color: 'yellow',
        quote: { exact: 'Belarusian', prefix: 'the ', suffix: ' president' },
        position: { start: 4, end: 14 },
        note: 'a note',
        tags: ['quote']
      },
      optional: ['id', 'note', 'tags'],
      ids: ['id', 'articleId'],
      enums: ['color'],
      unknown: notFound('articleId')
    },
    updateHighlight: {
      template: { id: h1.id, patch: { color: 'green', note: 'n', tags: ['t'] } },
      optional: ['patch.color', 'patch.note', 'patch.tags'],
      ids: ['id'],
      enums: ['patch.color'],
      unknown: notFound('id')
    },
    deleteHighlight: { template: { id: h1.id }, ids: ['id'], unknown: notFound('id') },
    restoreHighlight: {
      template: { highlight: structuredClone(h1), links: [structuredClone(l1)] },
      ids: ['highlight.id', 'highlight.articleId', 'links.0.id', 'links.0.from', 'links.0.to'],
      enums: ['highlight.color', 'links.0.relation'],
      unknown: notFound('highlight.articleId'),
      invalid: [
        { path: 'highlight.tags', value: Array.from({ length: 201 }, (_, i) => `t${i}`), what: 'with 201 tags' },
        { path: 'highlight.position', value: { start: 9, end: 5 }, what: 'inverted' }
      ]
    },
    renameTag: { template: { from: 'quote', to: 'claim' }, unknown: [{ path: 'from', value: 'no-such-tag', kind: 'not-found' }] },
    deleteTag: { template: { tag: 'quote' }, unknown: [{ path: 'tag', value: 'no-such-tag', kind: 'not-found' }] },
    restoreTags: {
      template: { highlights: [{ id: h1.id, tags: ['quote'] }], articles: [{ id: A, tags: ['x'] }] },
      ids: ['highlights.0.id', 'articles.0.id'],
      unknown: notFound('highlights.0.id', 'articles.0.id')
    },
    updateArticle: {
      template: {
        id: A,
        patch: { title: 'T', source: 'S', author: 'Au', published: '2024-05-16', url: 'https://example.org/a', tags: ['t'] }
      },
      optional: ['patch.title', 'patch.source', 'patch.author', 'patch.published', 'patch.url', 'patch.tags'],
      ids: ['id'],
      unknown: notFound('id')
    },
    trashArticle: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    restoreArticle: { template: { id: A }, ids: ['id'], unknown: notFound('id') },
    emptyTrash: none,
    chooseImportFiles: none,
    importFile: {
      template: { path: '/tmp/article.md', keepDuplicates: false },
      optional: ['keepDuplicates'],
      unknown: [{ path: 'path', value: '/etc/passwd', kind: 'invalid-request' }]
    },
    importDropped: {
      template: { fileName: 'article.md', dataBase64: Buffer.from('# Title\n\nText.').toString('base64'), keepDuplicates: false },
      optional: ['keepDuplicates'],
      big: { dataBase64: Math.ceil((50 * MB) / 3) * 4 + 4 },
      invalid: [
        { path: 'dataBase64', value: '!!! not base64 !!!', what: 'not base64' },
        { path: 'dataBase64', value: 'data:text/markdown;base64,IyBUaXRsZQ==', what: 'a data: URL' },
        { path: 'fileName', value: '', what: 'empty' }
      ]
    },
    importPasted: {
      invalid: [
        { path: '', value: { text: '  \n\t ', html: '' }, what: 'blank text and html' },
        { path: '', value: { keepDuplicates: true }, what: 'nothing pasted' }
      ],
      template: { text: 'Hello', html: '<p>Hello</p>', keepDuplicates: false },
      optional: ['text', 'html', 'keepDuplicates'],
      big: { text: 50 * MB, html: 50 * MB }
    },
    importUrl: {
      template: { url: 'https://example.invalid/article', requestId: 'add-url-1', keepDuplicates: false },
      optional: ['keepDuplicates'],
      invalid: [
        { path: 'url', value: '', what: 'empty' },
        { path: 'requestId', value: 'two words', what: 'with a space' },
        { path: 'requestId', value: 'x'.repeat(81), what: 'longer than 80 characters' }
      ]
    },
    importUrlProgress: { template: { requestId: 'add-url-1' }, invalid: [{ path: 'requestId', value: '', what: 'empty' }] },
    cancelImportUrl: { template: { requestId: 'add-url-1' }, invalid: [{ path: 'requestId', value: '../x', what: 'with a slash' }] },
    retryImages: { template: { articleId: A }, ids: ['articleId'], unknown: notFound('articleId') },
    checkEdition: { template: { articleId: A }, ids: ['articleId'], unknown: notFound('articleId') },
    getEdition: {
      template: { articleId: A, edition: 1 },
      ids: ['articleId'],
      unknown: [...notFound('articleId'), { path: 'edition', value: 7, kind: 'not-found' }],
      invalid: [{ path: 'edition', value: 0, what: 'zero' }]
    },
    createLink: {
      template: { id: 'new-link', from: h1.id, to: h2.id, relation: 'quotes' },
      optional: ['id'],
      ids: ['id', 'from', 'to'],
      enums: ['relation'],
      unknown: notFound('from', 'to')
    },
    deleteLink: { template: { id: l1.id }, ids: ['id'], unknown: notFound('id') },
    rejectPair: pairSpec,
    unrejectPair: pairSpec,
    search: { template: { query: 'Baku' } },
    findSources: {
      template: { articleId: A, limit: 5 },
      optional: ['limit'],
      ids: ['articleId'],
      unknown: notFound('articleId'),
      invalid: [
        { path: 'limit', value: 0, what: 'no sources' },
        { path: 'limit', value: 101, what: 'over the limit' }
      ]
    },
    sourcesProgress: none,
    exportWithDialog: exportSpec('article'),
    // Only the library can be updated in a folder: the same request with that scope.
    updateExportWithDialog: exportSpec('library'),
    copyMarkdown: {
      template: { articleId: A, highlightId: h1.id },
      optional: ['highlightId'],
      ids: ['articleId', 'highlightId'],
      unknown: notFound('articleId', 'highlightId')
    },
    importAnnotations: { template: { articleId: A }, ids: ['articleId'], unknown: notFound('articleId') },
    copyText: { template: { text: 'Dear friends.' }, big: { text: 10 * MB } },
    openExternal: {
      template: { url: 'https://example.org/' },
      unknown: [
        'javascript:alert(1)',
        'file:///etc/passwd',
        'data:text/html,<script>alert(1)</script>',
        'chrome://settings',
        'app://diptych/index.html',
        'not a url'
      ].map((value) => ({ path: 'url', value, kind: 'invalid-request' as const }))
    },
    listBackups: none,
    checkLibrary: none,
    restoreBackup: {
      template: { name: 'library-2024-05-16T00-00-00-000Z.json' },
      unknown: [{ path: 'name', value: 'library-2024-05-16T00-00-00-000Z.json', kind: 'not-found' }]
    }
  }
}

/**
 * Unknown ids that do not get not-found today. Each is a gap outside ipc-schemas.ts (a service decides
 * it), listed so that the rest stays enforced: the test fails when a new one appears, and when one of
 * these is fixed (then remove it here).
 */
export const KNOWN_GAPS: Record<string, string> = {}
