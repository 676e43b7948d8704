import { describe, expect, it } from 'vitest'
import { readHtmlMetadata } from './html-metadata'
import { inertDocument } from './inert-dom'

const meta = (head: string, body = '', htmlAttrs = '') =>
  readHtmlMetadata(inertDocument(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`))
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('readHtmlMetadata', () => {
  it('reads a schema.org article from JSON-LD, following @graph and @id references', () => {
    const found = meta(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Ledger' },
          { '@type': 'Person', '@id': '#p1', name: 'Ada Byron' },
          {
            '@type': 'BlogPosting',
            headline: 'On engines',
            author: [{ '@id': '#p1' }, 'Charles B.'],
            publisher: { '@id': '#org' },
            datePublished: '1843-09-01',
            description: 'Notes on notes.',
            mainEntityOfPage: { '@id': 'https://ledger.example/engines' },
            inLanguage: 'en-GB'
          }
        ]
      })
    )
    expect(found).toMatchObject({
      title: 'On engines',
      author: 'Ada Byron, Charles B.',
      source: 'The Ledger',
      published: '1843-09-01',
      description: 'Notes on notes.',
      url: 'https://ledger.example/engines',
      lang: 'en-GB'
    })
  })

  it('skips broken JSON-LD and falls back to Open Graph and meta tags', () => {
    const found = meta(
      '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>' +
        '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">' +
        '<meta name="author" content="Meta Author"><meta property="article:published_time" content="2020-02-29T10:00:00Z">' +
        '<meta property="og:url" content="https://og.example/a"><meta name="description" content="Meta description">' +
        '<meta property="og:locale" content="pt_BR"><title>Document title</title>'
    )
    expect(found).toEqual({
      title: 'OG title',
      author: 'Meta Author',
      source: 'OG Site',
      published: '2020-02-29T10:00:00Z',
      url: 'https://og.example/a',
      lang: 'pt-BR',
      declaredDir: undefined,
      description: 'Meta description'
    })
  })

  it('prefers the canonical link to og:url, and refuses non-http addresses everywhere', () => {
    expect(meta('<link rel="canonical" href="https://a.example/1"><meta property="og:url" content="https://b.example/2">').url).toBe(
      'https://a.example/1'
    )
    expect(
      meta(
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">' +
          ld({ '@type': 'Article', url: 'javascript:alert(2)' })
      ).url
    ).toBeUndefined()
  })

  it('ignores author fields that hold a profile URL', () => {
    expect(
      meta('<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Real Name">').author
    ).toBe('Real Name')
    expect(meta('<meta property="article:author" content="https://facebook.com/someone">').author).toBeUndefined()
  })

  it('finds the date in a <time> element when no tag states it', () => {
    expect(meta('', '<p>Posted <time datetime="2019-12-24">Christmas Eve</time></p>').published).toBe('2019-12-24')
    expect(meta('', '<time datetime="2001-01-01">x</time><span itemprop="datePublished" content="2002-02-02"></span>').published).toBe(
      '2002-02-02'
    )
    expect(meta('', '<time datetime="not a date">x</time>').published).toBeUndefined()
  })

  it('reads language and direction from the html element', () => {
    expect(meta('', '', 'lang="he" dir="rtl"')).toMatchObject({ lang: 'he', declaredDir: 'rtl' })
    expect(meta('', '', 'lang="this is not a language"').lang).toBeUndefined()
  })

  it('falls back to the document title', () => {
    expect(meta('<title>  Only   a title </title>').title).toBe('Only a title')
  })
})
