import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDeepLink, MAX_LINK_CONTEXT, MAX_LINK_QUOTE, parseDeepLink, type DeepLink } from './deep-link'

const read = (s: string) => parseDeepLink(s)

describe('diptych:// links', () => {
  it('read the three forms', () => {
    expect(read('diptych://article/aa-report')).toEqual({ ok: true, value: { kind: 'article', articleId: 'aa-report' } })
    expect(read('diptych://article/a1/highlight/h2?quote=we%20have%20to&prefix=said%3A%20&suffix=%20rebuild')).toEqual({
      ok: true,
      value: { kind: 'highlight', articleId: 'a1', highlightId: 'h2', quote: { exact: 'we have to', prefix: 'said: ', suffix: ' rebuild' } }
    })
    expect(read('diptych://pair/a1/b2')).toEqual({ ok: true, value: { kind: 'pair', leftId: 'a1', rightId: 'b2' } })
    expect(read('diptych://pair/a1/b2/link/l3')).toEqual({ ok: true, value: { kind: 'pair', leftId: 'a1', rightId: 'b2', linkId: 'l3' } })
    expect(read('diptych://article/a1/')).toMatchObject({ ok: true, value: { articleId: 'a1' } })
  })

  // prettier-ignore
  const refused: [string, RegExp][] = [
    ['https://article/a1', /not a diptych/],
    ['not a link', /not a link/],
    ['diptych://library/a1', /no “library”/],
    ['diptych://article', /does not name an article/],
    ['diptych://article/a1/extra', /does not name an article/],
    ['diptych://article/a1/highlight', /does not name an article/],
    ['diptych://article/a1/highlight/h1/more', /does not name an article/],
    ['diptych://article/..%2Flibrary.json', /does not name an article/],
    ['diptych://article/a%2F1', /does not name an article/],
    ['diptych://article//a1', /empty or damaged/],
    ['diptych://article/%E0%A4%A', /empty or damaged/],
    ['diptych://pair/a1', /does not name two articles/],
    ['diptych://pair/a1/b2/c3', /does not name two articles/],
    ['diptych://pair/a1/b2/link', /does not name two articles/],
    ['diptych://pair/a1/b2?quote=x', /no “pair”/],
    ['diptych://article/a1?quote=x', /does not name an article/],
    ['diptych://article/a1/highlight/h1?quote=x&color=red', /does not know \(“color”\)/],
    ['diptych://article/a1/highlight/h1?quote=x&quote=y', /twice/],
    ['diptych://article/a1/highlight/h1?prefix=x', /context without a quote/],
    ['diptych://article/a1/highlight/h1?quote=%20', /quote is empty/],
    [`diptych://article/a1/highlight/h1?quote=${'x'.repeat(MAX_LINK_QUOTE + 1)}`, /longer than a link carries/],
    [`diptych://article/a1/highlight/h1?quote=x&prefix=${'x'.repeat(MAX_LINK_CONTEXT + 1)}`, /longer than a link carries/],
    [`diptych://article/${'a'.repeat(81)}`, /does not name an article/],
    [`diptych://article/a1?${'x'.repeat(3000)}`, /longer than any link/],
    ['diptych://user:pw@article/a1', /never has/],
    ['diptych://article:8080/a1', /never has/],
    ['diptych://article/a1#h1', /never has/]
  ]
  for (const [link, why] of refused) {
    it(`refuse ${link.slice(0, 60)}`, () => {
      const r = read(link)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatch(why)
    })
  }

  const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/)
  const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max })
  const link: fc.Arbitrary<DeepLink> = fc.oneof(
    fc.record({ kind: fc.constant('article' as const), articleId: id }),
    fc.record({ kind: fc.constant('pair' as const), leftId: id, rightId: id }),
    fc.record({ kind: fc.constant('pair' as const), leftId: id, rightId: id, linkId: id }),
    fc.record({ kind: fc.constant('highlight' as const), articleId: id, highlightId: id }),
    fc.record({
      kind: fc.constant('highlight' as const),
      articleId: id,
      highlightId: id,
      quote: fc.record({
        exact: text(MAX_LINK_QUOTE).filter((s) => s.trim() !== ''),
        prefix: text(MAX_LINK_CONTEXT),
        suffix: text(MAX_LINK_CONTEXT)
      })
    })
  )

  it('read back what they write', () => {
    fc.assert(
      fc.property(link, (l) => {
        const back = read(formatDeepLink(l))
        expect(back).toEqual({ ok: true, value: l })
      })
    )
  })

  it('carry a long quote cut, with what follows the cut as its context', () => {
    const exact = 'word '.repeat(100).trim()
    const back = read(formatDeepLink({ kind: 'highlight', articleId: 'a', highlightId: 'h', quote: { exact, prefix: '', suffix: '.' } }))
    expect(back.ok && back.value.kind === 'highlight' && back.value.quote).toEqual({
      exact: exact.slice(0, MAX_LINK_QUOTE),
      prefix: '',
      suffix: exact.slice(MAX_LINK_QUOTE, MAX_LINK_QUOTE + MAX_LINK_CONTEXT)
    })
  })
})
