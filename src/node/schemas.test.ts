// The file schema of an article body: each kind of block and mark carries what its kind needs, and only that.
import { describe, expect, it } from 'vitest'
import { articleBodySchema, blockSchema, markSchema } from './schemas'

const refusal = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message

describe('blockSchema', () => {
  it('reads each kind with what it needs', () => {
    for (const block of [
      { kind: 'heading', text: 'Title', level: 1 },
      { kind: 'heading', text: 'Deepest', level: 6 },
      { kind: 'listItem', text: 'item', level: 2, ordered: true },
      { kind: 'paragraph', text: 'p' },
      { kind: 'quote', text: 'q' },
      { kind: 'preformatted', text: '  code' }
    ]) {
      expect(blockSchema.parse(block)).toEqual(block)
    }
  })

  it('refuses a heading without a level, or with a level outside 1–6', () => {
    expect(blockSchema.safeParse({ kind: 'heading', text: 'Title' }).success).toBe(false)
    expect(blockSchema.safeParse({ kind: 'heading', text: 'Title', level: 0 }).success).toBe(false)
    expect(blockSchema.safeParse({ kind: 'heading', text: 'Title', level: 7 }).success).toBe(false)
  })

  it('refuses a paragraph, a quote or preformatted text with a level', () => {
    for (const kind of ['paragraph', 'quote', 'preformatted']) {
      const result = blockSchema.safeParse({ kind, text: 'x', level: 1 })
      expect(refusal(result), kind).toBe('only headings and list items have a level')
    }
  })

  it('refuses a list item without its depth or its numbering, and "ordered" on anything else', () => {
    expect(blockSchema.safeParse({ kind: 'listItem', text: 'x', ordered: false }).success).toBe(false)
    expect(blockSchema.safeParse({ kind: 'listItem', text: 'x', level: 1 }).success).toBe(false)
    expect(refusal(blockSchema.safeParse({ kind: 'paragraph', text: 'x', ordered: true }))).toBe('only list items are ordered or not')
    expect(refusal(blockSchema.safeParse({ kind: 'heading', text: 'x', level: 1, ordered: true }))).toBe(
      'only list items are ordered or not'
    )
  })
})

describe('markSchema', () => {
  it('reads a link with its address and the other marks without one', () => {
    for (const mark of [
      { kind: 'link', start: 0, end: 2, href: 'https://example.org/' },
      { kind: 'emphasis', start: 0, end: 2 },
      { kind: 'strong', start: 0, end: 2 },
      { kind: 'code', start: 0, end: 2 }
    ]) {
      expect(markSchema.parse(mark)).toEqual(mark)
    }
  })

  it('refuses a link mark without an href', () => {
    expect(markSchema.safeParse({ kind: 'link', start: 0, end: 2 }).success).toBe(false)
  })

  it('refuses an emphasis (or any other non-link) mark with an href', () => {
    for (const kind of ['emphasis', 'strong', 'code']) {
      expect(refusal(markSchema.safeParse({ kind, start: 0, end: 2, href: 'https://example.org/' })), kind).toBe('only a link has an href')
    }
  })

  it('refuses a body holding such a mark, naming where it is', () => {
    const body = {
      id: 'a1',
      blocks: [{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'emphasis', start: 0, end: 2, href: 'https://x.example/' }] }]
    }
    const result = articleBodySchema.safeParse(body)
    expect(result.error?.issues[0]?.path).toEqual(['blocks', 0, 'marks', 0, 'href'])
  })
})
