// Normalises metadata values from any format: one line of text, a date, a language tag.
import { cleanChunk } from './block-builder'

/** Metadata is a line, not a document: longer values are someone's whole page in a meta tag. */
const MAX_META_CHARS = 300

/** One trimmed line of text, or undefined when nothing is left. */
export function metaText(value: unknown, maxChars = MAX_META_CHARS): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') return undefined
  const text = cleanChunk(value).replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1).trimEnd()}…`
}

/** The first usable value of several candidates, in order of trust. */
export function firstText(...candidates: unknown[]): string | undefined {
  for (const c of candidates) {
    const t = metaText(c)
    if (t) return t
  }
  return undefined
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A publication date: ISO dates and date-times are kept as the source gives them; other dates that
 * JavaScript can read ("May 16, 2024") become YYYY-MM-DD; anything else is not a date and is dropped.
 */
export function metaDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  }
  const text = metaText(value, 64)
  if (!text) return undefined
  const iso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (iso) {
    const date = new Date(text.slice(0, 10))
    return Number.isNaN(date.getTime()) ? undefined : text
  }
  // Needs a four-digit year: Date.parse happily reads "Chapter 7" as a date.
  if (!/\b\d{4}\b/.test(text)) return undefined
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime())) return undefined
  // A date without a zone is read as local midnight: take the local calendar day, not the UTC one.
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`
}

/** A BCP 47 tag such as "en", "pt-BR" or "zh-Hant-TW"; og:locale's "en_US" is accepted too. */
export function metaLanguage(value: unknown): string | undefined {
  const text = metaText(value, 35)?.replace(/_/g, '-')
  if (!text || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(text)) return undefined
  return text
}

/** Tags from front matter: a list or a comma-separated line; "#" prefixes are dropped, order kept. */
export function metaTags(value: unknown): string[] | undefined {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  const tags: string[] = []
  for (const item of raw) {
    const tag = metaText(item, 60)?.replace(/^#+/, '').trim()
    if (tag && !tags.includes(tag)) tags.push(tag)
  }
  return tags.length > 0 ? tags : undefined
}
