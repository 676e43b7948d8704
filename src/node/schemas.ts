// Runtime schemas of the domain: what a valid library file and a valid request part look like.
import { z } from 'zod'
import { ASSET_NAME } from '../shared/asset-url'
import { ZOOM_LIMITS } from '../shared/desktop'
import { CODE_LANGUAGE } from './services/import/code-language'
import { MAX_LIST_LEVEL, MAX_NOTE_LENGTH, MAX_QUOTE_CONTEXT, MAX_QUOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from '../shared/limits'
import {
  APPEARANCE_LIMITS,
  HEADING_LEVELS,
  READING_FONTS,
  THEMES,
  type Appearance,
  HIGHLIGHT_COLORS,
  LINK_RELATIONS,
  type ArticleBody,
  type ArticleMeta,
  type Block,
  type Edition,
  type Highlight,
  type Library,
  type Link,
  type Mark,
  type RejectedPair,
  type Settings,
  tableText
} from '../shared/model'

/** Ids are ours (UUIDs) or the bundled articles' slugs; nothing that could be a path. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'not a valid id')
export const colorSchema = z.enum(HIGHLIGHT_COLORS)
export const relationSchema = z.enum(LINK_RELATIONS)
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(MAX_TAG_LENGTH, `a tag is at most ${MAX_TAG_LENGTH} characters`)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'a tag is one line of printable text')
export const tagsSchema = z.array(tagSchema).max(MAX_TAGS)
export const noteSchema = z.string().max(MAX_NOTE_LENGTH)

const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
export const positionSchema = z
  .object({ start: offset, end: offset })
  .refine((p) => p.end > p.start, 'a highlight covers at least one character')
export const quoteSchema = z.object({
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z.string().max(MAX_QUOTE_CONTEXT),
  suffix: z.string().max(MAX_QUOTE_CONTEXT)
})

const markRange = { start: offset, end: offset }
/** Only links have an address: a mark of another kind that carries one is not a mark this version wrote. */
const noHref = z.never({ error: 'only a link has an href' }).optional()

export const markSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['emphasis', 'strong', 'code']), ...markRange, href: noHref }),
  z.object({ kind: z.literal('link'), ...markRange, href: z.string().max(4_000) })
]) satisfies z.ZodType<Mark>

export const assetNameSchema = z.string().regex(ASSET_NAME, 'not an asset name')
const dimension = z.number().int().min(1).max(100_000)

const figureImageSchema = z.object({
  src: z.string().max(4_000).optional(),
  asset: assetNameSchema.optional(),
  alt: z.string().max(10_000),
  width: dimension.optional(),
  height: dimension.optional()
})
// A cell is one line: a tab or a line break inside it would move the cells after it.
const tableCell = z.string().refine((c) => !/[\t\n]/.test(c), 'a table cell is one line without tabs')
const tableRowSchema = z.object({ header: z.boolean(), cells: z.array(tableCell).min(1) })

const blockContent = { text: z.string(), marks: z.array(markSchema).optional() }
const noLevel = z.never({ error: 'only headings and list items have a level' }).optional()
const notOrdered = z.never({ error: 'only list items are ordered or not' }).optional()

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), ...blockContent, level: z.literal(HEADING_LEVELS), ordered: notOrdered }),
  // Depth 0 was never written, but older files were read with it allowed, so it still reads.
  z.object({ kind: z.literal('listItem'), ...blockContent, level: z.number().int().min(0).max(MAX_LIST_LEVEL), ordered: z.boolean() }),
  z.object({ kind: z.enum(['paragraph', 'quote', 'preformatted']), ...blockContent, level: noLevel, ordered: notOrdered }),
  z.object({ kind: z.literal('figure'), ...blockContent, image: figureImageSchema, level: noLevel, ordered: notOrdered }),
  z
    .object({ kind: z.literal('table'), ...blockContent, rows: z.array(tableRowSchema).min(1), level: noLevel, ordered: notOrdered })
    // The text is what offsets count in: a table whose text is not its cells' would anchor nowhere.
    .refine((t) => t.text === tableText(t.rows), "a table's text is its cells, tab and line separated"),
  z.object({
    kind: z.literal('code'),
    ...blockContent,
    language: z.string().regex(CODE_LANGUAGE).optional(),
    level: noLevel,
    ordered: notOrdered
  })
]) satisfies z.ZodType<Block>

export const articleBodySchema = z.object({ id: idSchema, blocks: z.array(blockSchema) }) satisfies z.ZodType<ArticleBody>

const isoTime = z.string().max(64)
const shortText = z.string().max(2_000)

const editionNumber = z.number().int().min(1).max(100_000)
export const editionSchema = z.object({
  n: editionNumber,
  savedAt: isoTime,
  textHash: z.string().max(128),
  words: z.number().int().min(0)
}) satisfies z.ZodType<Edition>

export const articleMetaSchema = z.object({
  id: idSchema,
  title: z.string().max(2_000),
  source: shortText.optional(),
  author: shortText.optional(),
  published: z.string().max(64).optional(),
  url: z.string().max(4_000).optional(),
  canonicalUrl: z.string().max(4_000).optional(),
  lang: z.string().max(35).optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
  description: shortText.optional(),
  format: z.enum(['text', 'markdown', 'html', 'bundled']),
  importedFrom: shortText.optional(),
  addedAt: isoTime,
  wordCount: z.number().int().min(0),
  textHash: z.string().max(128),
  tags: z.array(z.string()),
  assets: z.array(assetNameSchema).optional(),
  deletedAt: isoTime.optional(),
  editions: z.array(editionSchema).optional()
}) satisfies z.ZodType<ArticleMeta>

export const highlightSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  color: colorSchema,
  quote: quoteSchema,
  position: positionSchema,
  note: noteSchema,
  tags: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
  edition: editionNumber.optional(),
  revised: z
    .object({ before: z.string().max(MAX_QUOTE_LENGTH), after: z.string().max(MAX_QUOTE_LENGTH), edition: editionNumber })
    .optional()
}) satisfies z.ZodType<Highlight>

export const linkSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  relation: relationSchema,
  createdAt: isoTime
}) satisfies z.ZodType<Link>

export const rejectedPairSchema = z.object({
  articleA: idSchema,
  articleB: idSchema,
  a: z.object({ start: offset, end: offset }),
  b: z.object({ start: offset, end: offset })
}) satisfies z.ZodType<RejectedPair>

const between = (limits: { min: number; max: number }) => z.number().min(limits.min).max(limits.max)

export const appearanceSchema = z.object({
  theme: z.enum(THEMES),
  font: z.enum(READING_FONTS),
  size: between(APPEARANCE_LIMITS.size),
  lineHeight: between(APPEARANCE_LIMITS.lineHeight),
  lineLength: between(APPEARANCE_LIMITS.lineLength)
}) satisfies z.ZodType<Appearance>

/** The desktop window's zoom level, within the limits the zoom commands keep to. */
export const zoomSchema = z.number().min(ZOOM_LIMITS.min).max(ZOOM_LIMITS.max)

export const settingsSchema = z.object({
  panes: z.tuple([idSchema.nullable(), idSchema.nullable()]),
  split: z.number().min(0.2).max(0.8),
  positions: z.record(z.string(), z.number().min(0)),
  lastColor: colorSchema,
  syncScroll: z.boolean(),
  seeded: z.boolean(),
  // Optional: a library written before appearance settings existed reads, with the defaults.
  appearance: appearanceSchema.loose().optional(),
  zoom: zoomSchema.optional()
}) satisfies z.ZodType<Settings>

// Loose at the top and in each record: fields this version does not know (written by a later one, or
// by hand) are kept through every write rather than silently dropped.
export const librarySchema = z.looseObject({
  schemaVersion: z.number().int().min(1),
  revision: z.number().int().min(0),
  articles: z.array(articleMetaSchema.loose()),
  highlights: z.array(highlightSchema.loose()),
  links: z.array(linkSchema.loose()),
  rejectedPairs: z.array(rejectedPairSchema.loose()),
  settings: settingsSchema.loose()
}) satisfies z.ZodType<Library>
