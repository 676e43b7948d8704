// schema.org metadata from a page's JSON-LD scripts: the article object, its authors and publisher.

type LdObject = Record<string, unknown>

export interface JsonLdArticle {
  headline?: unknown
  authors: unknown[]
  publisher?: unknown
  datePublished?: unknown
  description?: unknown
  url?: unknown
  inLanguage?: unknown
  /** Name of a WebSite object, a fallback for the publisher. */
  siteName?: unknown
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting|Review)$/
const isObject = (v: unknown): v is LdObject => typeof v === 'object' && v !== null && !Array.isArray(v)

function types(obj: LdObject): string[] {
  const t = obj['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** Every object in the scripts, with arrays and @graph lists flattened (two levels are what sites use). */
function collect(value: unknown, out: LdObject[], depth = 0): void {
  if (depth > 3) return
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1)
  } else if (isObject(value)) {
    out.push(value)
    if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1)
  }
}

/** Parses each JSON-LD script; broken JSON, which real pages do ship, is skipped. */
export function jsonLdObjects(doc: Document): LdObject[] {
  const out: LdObject[] = []
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')
    try {
      collect(JSON.parse(source), out)
    } catch {
      // Not JSON: ignore this script, keep the others.
    }
  }
  return out
}

/** A name from a string, a {name} object, or an {@id} reference to another object in the graph. */
export function ldName(value: unknown, byId: Map<string, LdObject>): string | undefined {
  if (typeof value === 'string') return value
  if (!isObject(value)) return undefined
  if (typeof value.name === 'string') return value.name
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined
  return ref && typeof ref.name === 'string' ? ref.name : undefined
}

export function ldUrl(value: unknown): unknown {
  if (isObject(value)) return value['@id'] ?? value.url
  return value
}

export function readJsonLd(doc: Document): { article?: JsonLdArticle; byId: Map<string, LdObject> } {
  const objects = jsonLdObjects(doc)
  const byId = new Map<string, LdObject>()
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o)
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)))
  const site = objects.find((o) => types(o).includes('WebSite'))
  if (!article) return { byId, article: site ? { authors: [], siteName: site.name } : undefined }
  const author = article.author ?? article.creator
  return {
    byId,
    article: {
      headline: article.headline ?? article.name,
      authors: Array.isArray(author) ? author : author === undefined ? [] : [author],
      publisher: ldName(article.publisher, byId),
      datePublished: article.datePublished ?? article.dateCreated,
      description: article.description,
      url: ldUrl(article.url ?? article.mainEntityOfPage),
      inLanguage: ldName(article.inLanguage, byId),
      siteName: site?.name
    }
  }
}
