// YAML front matter at the top of a Markdown file, read into article metadata.
import { parseDocument } from 'yaml'
import { firstText, metaDate, metaLanguage, metaTags, metaText } from './meta-values'
import { safeWebUrl } from '../../../shared/safe-url'
import { parseDirection } from './text-direction'
import type { ParsedMeta } from './parsed-article'

export type FrontMatterMeta = Partial<Omit<ParsedMeta, 'format'>>

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
/** Front matter is a few lines of metadata; a bigger block is not what we are looking for. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024

/**
 * Splits off front matter when the file starts with a "---" block that YAML reads as a mapping;
 * anything else (a rule, a list, broken YAML) leaves the text as it is, to be read as Markdown.
 */
export function splitFrontMatter(text: string): { data?: Record<string, unknown>; body: string } {
  if (!text.startsWith('---')) return { body: text }
  const m = FENCE.exec(text.slice(0, MAX_FRONT_MATTER_CHARS + 8))
  if (!m) return { body: text }
  let data: unknown
  try {
    // The core schema keeps dates as the strings they are written as. parseDocument rather than parse:
    // parse either logs to the console or, silenced, forgets its errors.
    const doc = parseDocument(m[1], { schema: 'core', uniqueKeys: false })
    if (doc.errors.length > 0) return { body: text }
    // Few aliases are ever needed; the limit stops an alias bomb (toJS throws beyond it).
    data = doc.toJS({ maxAliasCount: 20 })
  } catch {
    return { body: text }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { body: text }
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length) }
}

/** Names from "Jane", ["Jane", "Omar"], {name: Jane} or [{name: Jane}]. */
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const found = list
    .map((v) => (typeof v === 'object' && v !== null && 'name' in v ? (v as { name: unknown }).name : v))
    .map((v) => metaText(v))
    .filter((v): v is string => !!v)
  return found.length > 0 ? metaText([...new Set(found)].join(', ')) : undefined
}

export function frontMatterMeta(data: Record<string, unknown>): FrontMatterMeta {
  // Keys are matched without regard to case: Title, title and TITLE are all seen in the wild.
  const get = (...keys: string[]): unknown => {
    for (const key of keys) {
      const found = Object.keys(data).find((k) => k.toLowerCase() === key)
      if (found !== undefined && data[found] !== null && data[found] !== '') return data[found]
    }
    return undefined
  }
  // Web clippers write the page address as "source"; others write the publication's name there.
  const source = get('source')
  const sourceUrl = typeof source === 'string' ? safeWebUrl(source.trim()) : undefined
  const meta: FrontMatterMeta = {
    title: firstText(get('title', 'headline')),
    author: names(get('author', 'authors', 'by', 'creator')),
    source: firstText(get('site', 'site_name', 'sitename', 'publisher', 'publication'), sourceUrl ? undefined : source),
    published: metaDate(get('published', 'date', 'published_at', 'publish_date', 'pubdate', 'datepublished')),
    url: safeWebUrl(metaText(get('url', 'link', 'canonical', 'canonical_url', 'source_url', 'original_url'))) ?? sourceUrl,
    lang: metaLanguage(get('lang', 'language', 'locale')),
    dir: parseDirection(metaText(get('dir', 'direction'))),
    description: firstText(get('description', 'summary', 'excerpt', 'subtitle')),
    tags: metaTags(get('tags', 'tag', 'keywords'))
  }
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as FrontMatterMeta
}
