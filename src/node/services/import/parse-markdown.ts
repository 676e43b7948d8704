// A Markdown file to an article: front matter is metadata, the first "# heading" the title if none is given.
import { frontMatterMeta, splitFrontMatter } from './front-matter'
import { markdownToBlocks } from './markdown-to-blocks'
import { metaText } from './meta-values'
import { normalizeNewlines, plainTextBlocks } from './parse-plain-text'
import type { ParsedArticle } from './parsed-article'
import { resolveDirection } from './text-direction'

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

export function parseMarkdown(source: string, fallbackTitle: string): ParsedArticle {
  const { data, body } = splitFrontMatter(normalizeNewlines(source))
  const meta = data ? frontMatterMeta(data) : {}
  let blocks = markdownToBlocks(body, meta.url)
  // markdown-it gives up beyond 100 levels of nesting and returns nothing for what lies deeper; the
  // text is still there, so read it as plain text rather than call the file empty.
  if (blocks.length === 0 && /[\p{L}\p{N}]/u.test(body)) blocks = plainTextBlocks(body)

  const firstH1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1)
  const title = meta.title ?? (firstH1 >= 0 ? metaText(blocks[firstH1].text) : undefined) ?? fallbackTitle
  // The title is shown from the metadata; a first heading that says the same is not repeated.
  if (blocks.length > 1 && blocks[0].kind === 'heading' && fold(blocks[0].text) === fold(title)) blocks = blocks.slice(1)

  const sample = blocks
    .slice(0, 50)
    .map((b) => b.text)
    .join(' ')
  return {
    meta: { ...meta, title, dir: resolveDirection(meta.dir, meta.lang, sample), format: 'markdown' },
    blocks
  }
}
