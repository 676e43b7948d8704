// Title, byline and the blocks that only repeat them, decided from what the page and Readability say.
import type { Block } from '../../../shared/model'
import { metaText } from './meta-values'
import { looksLikeTitle } from './title-line'

/** Whether the text has at least `min` letters or digits; stops counting once it knows. */
export function hasLetters(text: string, min: number): boolean {
  const letter = /[\p{L}\p{N}]/gu
  let count = 0
  while (count < min && letter.exec(text)) count++
  return count >= min
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()

/** "Headline | Site", "Headline - Site", "Headline — Site": the site is the source, not the title. */
function withoutSiteSuffix(title: string, site: string | undefined): string {
  if (!site) return title
  const s = fold(site)
  const m = /^(.+?)\s+[|\-–—:·•]\s+([^|\-–—]+)$/.exec(title)
  return m && fold(m[2]) === s ? m[1] : title
}

/**
 * The first candidate that is usable; else the first block when it reads as a title (then
 * `fromFirstBlock`, so the caller can keep it from appearing twice); else the fallback.
 */
export function articleTitle(
  candidates: (string | null | undefined)[],
  site: string | null | undefined,
  blocks: readonly Block[],
  fallback: string
): { text: string; fromFirstBlock: boolean } {
  for (const c of candidates) {
    const text = metaText(c)
    if (text) return { text: withoutSiteSuffix(text, metaText(site)), fromFirstBlock: false }
  }
  const first = blocks[0]
  if (first && (first.kind === 'heading' || looksLikeTitle(first.text))) {
    return { text: metaText(first.text) ?? fallback, fromFirstBlock: true }
  }
  return { text: fallback, fromFirstBlock: false }
}

/** "By Jane Doe" → "Jane Doe"; Readability returns the byline as the page writes it. */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const text = metaText(byline)
  return text?.replace(/^by\s+/i, '') || undefined
}

/** Only so far into the article: a byline or a repeated headline sits at its top. */
const HEADER_BLOCKS = 3
/** A byline is the name and a word or three around it: "By", "Words by", "بقلم", "Staff writer". */
const MAX_BYLINE_EXTRA_WORDS = 3

/** Whether a short block only states who wrote the article, in any language. */
function isBylineOf(text: string, author: string): boolean {
  if (text.length >= 100 || !text.includes(author)) return false
  const rest = text
    .replace(author, ' ')
    .replace(/[,·|•—–-]/g, ' ')
    .trim()
  if (/[.!?;:]$/.test(rest)) return false
  return rest === '' || rest.split(/\s+/).length <= MAX_BYLINE_EXTRA_WORDS
}

/**
 * Drops a first heading that repeats the title, and a short line near the top that is only the byline
 * ("By Jane Doe"): both are shown from the metadata, and Readability keeps them when the page also
 * states them in JSON-LD or meta tags.
 */
export function dropRepeatedHeader(blocks: Block[], title: string, author: string | undefined): Block[] {
  const t = fold(title)
  const authors = author ? [fold(author), ...author.split(/,\s*/).map(fold)] : []
  const kept = blocks.filter((block, i) => {
    if (i >= HEADER_BLOCKS) return true
    const text = fold(block.text)
    if (i === 0 && block.kind === 'heading' && text === t) return false
    if (block.kind === 'paragraph' && authors.some((a) => a && isBylineOf(text, a))) return false
    return true
  })
  // A page that is nothing but its headline keeps it.
  return kept.length > 0 ? kept : blocks
}
