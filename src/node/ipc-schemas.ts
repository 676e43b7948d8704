// One schema per channel: a request that does not match never reaches a service.
// Objects are strict at every depth (unknown keys, `__proto__` and `constructor` included, are refused)
// and every string and list has a bound, so that a malformed or hostile request cannot grow the library.
// The shared schemas in schemas.ts describe the library file, where nested objects are not strict and
// some lists are unbounded; here the nested parts are redefined strict and bounded (see ipc-fuzz.test.ts).
import { z } from 'zod'
import type { Channel, Req } from '../shared/api'
import { MAX_URL_LENGTH, safeUrl, safeWebUrl } from '../shared/safe-url'
import {
  appearanceSchema,
  colorSchema,
  idSchema,
  linkSchema,
  noteSchema,
  quoteSchema,
  relationSchema,
  highlightSchema,
  tagsSchema,
  tagSchema,
  zoomSchema
} from './schemas'
import { MAX_ARTICLE_BYTES } from '../shared/limits'
import { MAX_SOURCES_LIMIT } from '../shared/sources/types'

const none = z.null()
const byId = z.strictObject({ id: idSchema })
const path = z.string().min(1).max(4_096)
const pastedText = z.string().max(MAX_ARTICLE_BYTES)

const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
const quote = quoteSchema.strict()
const position = z.strictObject({ start: offset, end: offset }).refine((p) => p.end > p.start, 'a highlight covers at least one character')
/** A passage of a compared text, [start, end). */
const span = z.strictObject({ start: offset, end: offset }).refine((r) => r.end >= r.start, 'a range cannot end before it starts')

const rejectedPair = z.strictObject({ articleA: idSchema, articleB: idSchema, a: span, b: span })
const deletedHighlight = z.strictObject({
  // What deleteHighlight returned; bounded like a new highlight (the file schema leaves tags unbounded).
  highlight: highlightSchema.extend({ quote, position, tags: tagsSchema }).strict(),
  links: z.array(linkSchema.strict()).max(10_000)
})

const tagChange = z.strictObject({
  highlights: z.array(z.strictObject({ id: idSchema, tags: tagsSchema })).max(1_000_000),
  articles: z.array(z.strictObject({ id: idSchema, tags: tagsSchema })).max(1_000_000)
})

const optionalText = (max: number) => z.string().max(max).optional()
/** Names one importUrl for progress and cancel. */
const requestId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'a request id is 1 to 80 letters, digits, _ or -')

const exportRequest = z.strictObject({
  scope: z.enum(['article', 'pair', 'library']),
  articleIds: z.array(idSchema).max(100_000),
  format: z.enum(['markdown', 'webannotation']),
  includeNotes: z.boolean(),
  order: z.enum(['reading', 'color', 'tag']),
  onlyTag: tagSchema.optional(),
  images: z.enum(['copy', 'link']).optional(),
  includeText: z.boolean().optional()
})

export const requestSchemas = {
  getLibrary: none,
  getLibraryView: none,
  getHighlights: z.strictObject({ articleIds: z.array(idSchema).max(100_000), ids: z.array(idSchema).max(100_000).optional() }),
  // As many as a tag change may list.
  getHighlightSummaries: z.strictObject({ highlightIds: z.array(idSchema).max(1_000_000) }),
  getArticleBody: byId,
  updateSettings: z.strictObject({
    panes: z.tuple([idSchema.nullable(), idSchema.nullable()]).optional(),
    split: z.number().min(0.2).max(0.8).optional(),
    lastColor: colorSchema.optional(),
    syncScroll: z.boolean().optional(),
    appearance: appearanceSchema.strict().optional(),
    zoom: zoomSchema.optional()
  }),
  setPosition: z.strictObject({
    articleId: idSchema,
    offset: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
  }),

  createHighlight: z.strictObject({
    id: idSchema.optional(),
    articleId: idSchema,
    color: colorSchema,
    quote,
    position,
    note: noteSchema.optional(),
    tags: tagsSchema.optional()
  }),
  updateHighlight: z.strictObject({
    id: idSchema,
    patch: z.strictObject({ color: colorSchema.optional(), note: noteSchema.optional(), tags: tagsSchema.optional() })
  }),
  deleteHighlight: byId,
  restoreHighlight: deletedHighlight,

  renameTag: z.strictObject({ from: tagSchema, to: tagSchema }),
  deleteTag: z.strictObject({ tag: tagSchema }),
  restoreTags: tagChange,

  updateArticle: z.strictObject({
    id: idSchema,
    patch: z.strictObject({
      title: optionalText(2_000),
      source: optionalText(2_000),
      author: optionalText(2_000),
      published: optionalText(64),
      // An article's address is a web address or nothing: it is offered as a link in exports.
      url: z
        .string()
        .max(4_000)
        .refine((u) => u.trim() === '' || safeWebUrl(u.trim()) !== undefined, 'the URL must be a web address (http:// or https://)')
        .optional(),
      tags: tagsSchema.optional()
    })
  }),
  trashArticle: byId,
  restoreArticle: byId,
  emptyTrash: none,

  chooseImportFiles: none,
  importFile: z.strictObject({ path, keepDuplicates: z.boolean().optional() }),
  importDropped: z.strictObject({
    fileName: z.string().min(1).max(1_000),
    // base64 of at most the import size limit (50 MB)
    // Buffer.from(…, 'base64') skips what is not base64 and would import the rest: refuse it instead.
    dataBase64: z.base64().max(Math.ceil(MAX_ARTICLE_BYTES / 3) * 4 + 4),
    keepDuplicates: z.boolean().optional()
  }),
  importPasted: z
    .strictObject({ text: pastedText.optional(), html: pastedText.optional(), keepDuplicates: z.boolean().optional() })
    .refine((r) => (r.text ?? '').trim() !== '' || (r.html ?? '').trim() !== '', 'nothing was pasted'),
  importUrl: z.strictObject({
    // Only bounded here: an address Diptych will not fetch is explained by the service, in a sentence.
    url: z.string().min(1).max(MAX_URL_LENGTH),
    requestId,
    keepDuplicates: z.boolean().optional()
  }),
  importUrlProgress: z.strictObject({ requestId }),
  cancelImportUrl: z.strictObject({ requestId }),
  retryImages: z.strictObject({ articleId: idSchema }),
  checkEdition: z.strictObject({ articleId: idSchema }),
  getEdition: z.strictObject({ articleId: idSchema, edition: z.number().int().min(1).max(100_000) }),

  createLink: z.strictObject({ id: idSchema.optional(), from: idSchema, to: idSchema, relation: relationSchema }),
  deleteLink: byId,
  rejectPair: rejectedPair,
  unrejectPair: rejectedPair,

  search: z.strictObject({ query: z.string().max(1_000) }),
  findSources: z.strictObject({ articleId: idSchema, limit: z.number().int().min(1).max(MAX_SOURCES_LIMIT).optional() }),
  sourcesProgress: none,
  exportWithDialog: exportRequest,
  // Only the library, in Markdown, can be repeated into a folder: the schema says so before the service does.
  updateExportWithDialog: exportRequest.extend({ scope: z.literal('library'), format: z.literal('markdown') }),
  copyMarkdown: z.strictObject({ articleId: idSchema, highlightId: idSchema.optional() }),
  importAnnotations: z.strictObject({ articleId: idSchema }),
  copyText: z.strictObject({ text: z.string().max(10 * 1024 * 1024) }),
  openExternal: z.strictObject({
    url: z
      .string()
      .max(4_096)
      .refine((u) => safeUrl(u) !== undefined, 'only web and mail links can be opened')
  }),

  listBackups: none,
  checkLibrary: none,
  restoreBackup: z.strictObject({
    name: z
      .string()
      .regex(/^library-[0-9TZ-]+\.json$/)
      .max(200)
  })
} satisfies { [C in Channel]: z.ZodType<Req<C> extends void ? null : Req<C>> }

export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : ''
  return `Invalid request${where}: ${issue.message}`
}
