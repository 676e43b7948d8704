// Metadata a saved page states about itself: JSON-LD first (publishers fill it for search engines),
// then Open Graph and other meta tags, then the document's own elements. Read before Readability
// runs, because Readability removes scripts and rewrites the document.
import { ldName, readJsonLd } from './html-json-ld'
import { firstText, metaDate, metaLanguage, metaText } from './meta-values'
import { safeWebUrl } from '../../../shared/safe-url'

export interface HtmlMetadata {
  title?: string
  author?: string
  source?: string
  published?: string
  url?: string
  lang?: string
  /** The dir attribute of <html> or <body>, as written. */
  declaredDir?: string
  description?: string
}

/** Meta tags by lower-cased name, property or itemprop; the first of each wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>()
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')
    if (content === null) continue
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase()
      if (key && !tags.has(key)) tags.set(key, content)
    }
  }
  return tags
}

/** Author fields often hold a profile URL instead of a name (article:author on Facebook's model). */
const notUrl = (v: string | undefined): string | undefined => (v && !/^(?:https?:)?\/\//i.test(v) ? v : undefined)

function joinNames(names: (string | undefined)[]): string | undefined {
  const unique = [...new Set(names.map((n) => metaText(n)).filter((n): n is string => !!n && !/^(?:https?:)?\/\//i.test(n)))]
  return unique.length > 0 ? metaText(unique.join(', ')) : undefined
}

/** A <time> that marks publication: itemprop or pubdate first, then the first one in the article. */
function timeElementDate(doc: Document): string | undefined {
  const preferred = doc.querySelector('[itemprop~="datePublished"], time[pubdate]')
  const value = preferred?.getAttribute('datetime') ?? preferred?.getAttribute('content')
  if (value) return metaDate(value)
  const time = doc.querySelector('article time[datetime], main time[datetime]') ?? doc.querySelector('time[datetime]')
  return time ? metaDate(time.getAttribute('datetime')) : undefined
}

function canonicalUrl(doc: Document): string | undefined {
  for (const link of doc.querySelectorAll('link[rel]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    if (rels.includes('canonical')) {
      const url = safeWebUrl(link.getAttribute('href'))
      if (url) return url
    }
  }
  return undefined
}

export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const tags = metaTags(doc)
  const tag = (...keys: string[]) => firstText(...keys.map((k) => tags.get(k)))
  const { article: ld, byId } = readJsonLd(doc)

  const author =
    joinNames(ld?.authors.map((a) => ldName(a, byId)) ?? []) ??
    firstText(...['author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author'].map((k) => notUrl(tags.get(k)?.trim())))

  return {
    title: firstText(ld?.headline, tag('og:title', 'twitter:title', 'dc.title', 'citation_title', 'headline'), doc.title),
    author,
    source: firstText(tag('og:site_name'), ld?.publisher, ld?.siteName, tag('application-name', 'citation_journal_title')),
    published:
      metaDate(ld?.datePublished) ??
      metaDate(
        tag(
          'article:published_time',
          'og:published_time',
          'datepublished',
          'citation_publication_date',
          'dc.date.issued',
          'dc.date',
          'pubdate',
          'publish-date',
          'date'
        )
      ) ??
      timeElementDate(doc),
    url: canonicalUrl(doc) ?? safeWebUrl(tags.get('og:url')) ?? safeWebUrl(metaText(ld?.url)),
    lang:
      metaLanguage(doc.documentElement?.getAttribute('lang')) ??
      metaLanguage(ld?.inLanguage) ??
      metaLanguage(tag('content-language', 'og:locale')),
    declaredDir: doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? undefined,
    description: firstText(tag('og:description', 'description', 'twitter:description'), ld?.description)
  }
}
