import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS, LINK_RELATIONS, type Highlight, type Link } from '../model'
import type { ExportArticle } from './export-types'
import { anadolu, paraphraseLink, trend } from './golden/press-conference.fixture'
import { exportWebAnnotations, parseWebAnnotations, type ImportedAnnotation } from './webannotation'

/** What an import must give back for a highlight: everything the highlight holds. */
function asImported(h: Highlight, source: string): ImportedAnnotation {
  return {
    id: h.id,
    source,
    articleId: h.articleId,
    color: h.color,
    quote: h.quote,
    position: h.position,
    note: h.note,
    tags: h.tags,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt
  }
}

function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

describe('Web Annotation export then import', () => {
  it('gives back every highlight and link of the report, orphan included', () => {
    // A link between two other articles' highlights is not the report's to export.
    const elsewhere: Link = { id: 'ln-other', from: 'hl-x', to: 'hl-y', relation: 'quotes', createdAt: 't' }
    const result = parseWebAnnotations(throughJson(exportWebAnnotations(anadolu, [paraphraseLink, elsewhere])))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const byStart = [...anadolu.highlights].sort((a, b) => a.position.start - b.position.start)
    expect(result.value.highlights).toEqual(byStart.map((h) => asImported(h, anadolu.meta.url!)))
    expect(result.value.links).toEqual([paraphraseLink])
    expect(result.value.skipped).toEqual([])
  })

  it('uses the article’s diptych:// link as the source of an article without a web address', () => {
    const article: ExportArticle = { ...trend, meta: { ...trend.meta, url: 'file:///tmp/x.html' } }
    const collection = exportWebAnnotations(article)
    expect(collection.first.items.map((item) => ('source' in item.target ? item.target.source : undefined))).toEqual([
      'diptych://article/art-trend-2024-05-16',
      'diptych://article/art-trend-2024-05-16'
    ])
    const back = parseWebAnnotations(throughJson(collection))
    expect(back.ok && back.value.highlights.map((h) => h.articleId)).toEqual([trend.meta.id, trend.meta.id])
  })

  it('names highlights and links with the same diptych:// links as the Markdown export', () => {
    const articleOf = (id: string) => (id.startsWith('hl-tr') ? trend.meta.id : anadolu.meta.id)
    const items = exportWebAnnotations(anadolu, [paraphraseLink], articleOf).first.items
    expect(items.map((item) => item.id)).toEqual([
      'diptych://article/art-anadolu-2024-05-16/highlight/hl-aa-lukashenko-offer',
      'diptych://article/art-anadolu-2024-05-16/highlight/hl-aa-rebuild-from-scratch',
      'diptych://article/art-anadolu-2024-05-16/highlight/hl-aa-urban-planning',
      `diptych://pair/art-anadolu-2024-05-16/art-trend-2024-05-16/link/${paraphraseLink.id}`
    ])
    expect(items[3].target).toEqual([
      'diptych://article/art-anadolu-2024-05-16/highlight/hl-aa-rebuild-from-scratch',
      'diptych://article/art-trend-2024-05-16/highlight/hl-tr-rebuild-from-scratch'
    ])
  })

  it('falls back to a Diptych URN for ids no link can carry, and reads both forms back', () => {
    const odd: ExportArticle = { ...trend, meta: { ...trend.meta, id: 'art 1/ü', url: undefined } }
    const collection = exportWebAnnotations(odd)
    expect(collection.first.items.map((item) => ('source' in item.target ? item.target.source : ''))).toEqual([
      'urn:diptych:article:art%201%2F%C3%BC',
      'urn:diptych:article:art%201%2F%C3%BC'
    ])
    const back = parseWebAnnotations(throughJson(collection))
    const read = back.ok ? back.value.highlights.map((h) => [h.id, h.articleId]) : []
    expect(read.sort()).toEqual(trend.highlights.map((h) => [h.id, 'art 1/ü']).sort())
  })

  it('loses nothing for any highlights and links', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 })
    const highlight = fc.record({
      id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      exact: text,
      prefix: text,
      suffix: text,
      start: fc.nat({ max: 100_000 }),
      length: fc.nat({ max: 5_000 }),
      note: text,
      tags: fc.array(text, { maxLength: 4 }),
      createdAt: text,
      updatedAt: text
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(highlight, { selector: (h) => h.id, maxLength: 6 }),
        fc.constantFrom(...LINK_RELATIONS),
        (generated, relation) => {
          const highlights: Highlight[] = generated.map((g) => ({
            id: g.id,
            articleId: 'art 1/ü',
            color: g.color,
            quote: { exact: g.exact, prefix: g.prefix, suffix: g.suffix },
            position: { start: g.start, end: g.start + g.length },
            note: g.note,
            tags: g.tags,
            createdAt: g.createdAt,
            updatedAt: g.updatedAt
          }))
          const linkList: Link[] =
            highlights.length >= 2
              ? [{ id: 'link ' + highlights[0].id, from: highlights[0].id, to: highlights[1].id, relation, createdAt: 't' }]
              : []
          const article: ExportArticle = { meta: { ...anadolu.meta, id: 'art 1/ü', url: undefined }, highlights, orphanIds: new Set() }
          const result = parseWebAnnotations(JSON.stringify(exportWebAnnotations(article, linkList)))
          expect(result.ok).toBe(true)
          if (!result.ok) return
          const sorted = [...highlights].sort(
            (a, b) => a.position.start - b.position.start || a.position.end - b.position.end || (a.id < b.id ? -1 : 1)
          )
          expect(result.value.highlights).toEqual(sorted.map((h) => asImported(h, 'urn:diptych:article:art%201%2F%C3%BC')))
          expect(result.value.links).toEqual(linkList)
        }
      ),
      { numRuns: 200 }
    )
  })
})

const quoteSelector = { type: 'TextQuoteSelector', exact: 'from scratch' }
const annotation = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'Annotation',
  target: { source: 'https://example.org/a', selector: quoteSelector },
  ...extra
})

describe('Web Annotation import tolerates', () => {
  it('a single annotation, an array, a page, and a collection with embedded pages', () => {
    const one = annotation({ id: 'https://example.org/anno/1' })
    const shapes = [
      one,
      [one],
      { type: 'AnnotationPage', items: [one] },
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [one] } }
    ]
    for (const shape of shapes) {
      const result = parseWebAnnotations(shape)
      expect(result.ok && result.value.highlights.map((h) => h.id)).toEqual(['https://example.org/anno/1'])
    }
    const twoPages = {
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [one], next: { type: 'AnnotationPage', items: [one] } }
    }
    expect(parseWebAnnotations(twoPages)).toMatchObject({ ok: true, value: { highlights: [{}, {}] } })
  })

  it('foreign annotations: bodyValue, purpose-less bodies, unknown fields and selector types, array types', () => {
    const result = parseWebAnnotations({
      type: ['Annotation', 'oa:Annotation'],
      motivation: ['commenting'],
      bodyValue: 'first',
      body: [
        { value: 'second' },
        { type: 'TextualBody', value: 'tag one', purpose: ['tagging'] },
        'https://example.org/resource',
        { type: 'Image', id: 'x' }
      ],
      target: [
        'https://example.org/page',
        {
          source: 'https://example.org/a',
          selector: [{ type: 'CssSelector', value: 'p' }, 'https://sel', { type: 'TextPositionSelector', start: 3, end: 9 }]
        }
      ],
      'diptych:color': 'ultraviolet',
      somethingElse: { deeply: ['ignored'] }
    })
    expect(result).toEqual({
      ok: true,
      value: {
        highlights: [{ source: 'https://example.org/a', position: { start: 3, end: 9 }, note: 'first\n\nsecond', tags: ['tag one'] }],
        links: [],
        skipped: []
      }
    })
  })

  it('annotations without a text selector, which are skipped and reported', () => {
    const result = parseWebAnnotations([annotation(), { type: 'Annotation', target: 'https://example.org/page', bodyValue: 'page note' }])
    expect(result).toMatchObject({ ok: true, value: { highlights: [{}], skipped: [{ path: '[1]' }] } })
  })

  it('the W3C link shape (one target, the linked resource as body) and a missing relation', () => {
    const result = parseWebAnnotations({
      type: 'Annotation',
      motivation: 'linking',
      target: 'urn:diptych:highlight:a',
      body: { id: 'urn:diptych:highlight:b' }
    })
    expect(result).toMatchObject({ ok: true, value: { links: [{ from: 'a', to: 'b', relation: 'related' }] } })
  })
})

describe('Web Annotation import refuses, with a typed error and the path', () => {
  it("says in plain words that a file is not JSON, not in the parser's", () => {
    const result = parseWebAnnotations('-x')
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid-json', message: 'the file is not valid JSON (the mistake is near character 2)' }
    })
  })

  const cases: [string, unknown, string, string][] = [
    ['text that is not JSON', '{"type": "Annotation",', 'invalid-json', ''],
    ['a number', 42, 'not-annotations', ''],
    ['null', null, 'not-annotations', ''],
    ['an object of another type', { type: 'Person' }, 'not-annotations', 'type'],
    ['a page whose items is not an array', { type: 'AnnotationPage', items: {} }, 'not-annotations', 'items'],
    [
      'a collection whose page is only linked',
      { type: 'AnnotationCollection', first: 'https://example.org/p1' },
      'unsupported-paging',
      'first'
    ],
    ['an item that is not an annotation', [annotation(), { type: 'Note' }], 'invalid-annotation', '[1]'],
    ['a string in the array', ['annotation'], 'invalid-annotation', '[0]'],
    [
      'a quote selector without exact',
      annotation({ target: { source: 's', selector: { type: 'TextQuoteSelector' } } }),
      'invalid-annotation',
      'target.selector.exact'
    ],
    [
      'a negative position',
      annotation({ target: { source: 's', selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } }),
      'invalid-annotation',
      'target.selector[0].start'
    ],
    [
      'a fractional position',
      annotation({ target: { source: 's', selector: { type: 'TextPositionSelector', start: 1.5, end: 2 } } }),
      'invalid-annotation',
      'target.selector.start'
    ],
    [
      'an end before the start',
      annotation({ target: { source: 's', selector: { type: 'TextPositionSelector', start: 5, end: 2 } } }),
      'invalid-annotation',
      'target.selector.end'
    ],
    [
      'a TextualBody without value',
      annotation({ body: [{ type: 'TextualBody', purpose: 'tagging' }] }),
      'invalid-annotation',
      'body[0].value'
    ],
    ['a created date that is a number', annotation({ created: 1715850000 }), 'invalid-annotation', 'created'],
    [
      'a link with one end',
      { type: 'Annotation', motivation: 'linking', target: ['urn:diptych:highlight:a'] },
      'invalid-annotation',
      'target'
    ],
    [
      'a link with an unknown relation',
      { type: 'Annotation', motivation: 'linking', target: ['a', 'b'], 'diptych:relation': 'loves' },
      'invalid-annotation',
      'diptych:relation'
    ],
    ['a link end that is a number', { type: 'Annotation', motivation: 'linking', target: ['a', 7] }, 'invalid-annotation', 'target[1]']
  ]
  for (const [what, input, kind, path] of cases) {
    it(what, () => {
      const result = parseWebAnnotations(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect({ kind: result.error.kind, path: result.error.path }).toEqual({ kind, path })
    })
  }

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseWebAnnotations(value)
        expect(typeof result.ok).toBe('boolean')
      })
    )
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parseWebAnnotations(value)).not.toThrow()
      })
    )
  })
})
