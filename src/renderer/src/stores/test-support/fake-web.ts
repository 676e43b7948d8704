// The web as the fake main fetches it, for the Add from URL tests: pages that answer after a sequence of
// progress steps, that fail with main's sentence, that are already in the library, or that hang until
// cancelled; and the pictures a retry saves.
import type { ImportItemResult, UrlImportProgress } from '../../../../shared/api'
import type { ArticleBody, Library } from '../../../../shared/model'

export interface FakePage {
  /** What importUrlProgress answers, one poll after another; the last one repeats. */
  progress?: UrlImportProgress[]
  /** The page saved as an article with this title, main's refusal, or an article already in the library. */
  answer: { title: string; images?: { saved: number; failed: number } } | { failed: string } | { duplicateOf: string }
  /** importUrl answers only once this settles (or the request is cancelled). */
  until?: Promise<void>
}

export interface FakeWeb {
  pages: Map<string, FakePage>
  /** What retryImages answers for an article, and the body it leaves in the library. */
  retries: Map<string, { saved: number; failed: number; body: ArticleBody }>
  /** The requests importUrl was asked, in order. */
  requested: { url: string; requestId: string }[]
  cancelled: string[]
  handlers: Record<string, (req: never) => unknown>
}

export const step = (phase: UrlImportProgress['phase'], more: Partial<UrlImportProgress> = {}): UrlImportProgress => ({
  phase,
  bytes: 0,
  imagesDone: 0,
  imagesTotal: 0,
  ...more
})

export function webPages(library: Library, bodies: ArticleBody[], newId: () => string): FakeWeb {
  const pages = new Map<string, FakePage>()
  const retries = new Map<string, { saved: number; failed: number; body: ArticleBody }>()
  const requested: { url: string; requestId: string }[] = []
  const cancelled: string[] = []
  const running = new Map<string, { polls: number; page: FakePage; cancel: () => void }>()

  async function importUrl({ url, requestId }: { url: string; requestId: string }): Promise<ImportItemResult> {
    requested.push({ url, requestId })
    const page = pages.get(url)
    if (!page) return { fileName: url, status: 'failed', message: 'The page was not found (the server answered 404).' }
    const stopped = new Promise<'cancelled'>((resolve) => running.set(requestId, { polls: 0, page, cancel: () => resolve('cancelled') }))
    const how = await Promise.race([page.until?.then(() => 'done' as const) ?? 'done', stopped])
    running.delete(requestId)
    if (how === 'cancelled') return { fileName: url, status: 'failed', message: 'The download was cancelled.' }
    const { answer } = page
    if ('failed' in answer) return { fileName: url, status: 'failed', message: answer.failed }
    if ('duplicateOf' in answer) return { fileName: url, status: 'duplicate', duplicateOf: answer.duplicateOf }
    const id = newId()
    library.articles.push({
      id,
      title: answer.title,
      format: 'html',
      addedAt: '2024-05-16T12:00:00.000Z',
      wordCount: 1,
      textHash: id,
      tags: [],
      url
    })
    bodies.push({ id, blocks: [{ kind: 'paragraph', text: `The text of ${answer.title}.` }] })
    return { fileName: url, status: 'imported', articleId: id, images: answer.images }
  }

  function importUrlProgress({ requestId }: { requestId: string }): UrlImportProgress | null {
    const job = running.get(requestId)
    const steps = job?.page.progress ?? []
    if (!job || steps.length === 0) return null
    return steps[Math.min(job.polls++, steps.length - 1)]
  }

  function retryImages({ articleId }: { articleId: string }) {
    const retry = retries.get(articleId)
    if (!retry) return undefined
    const i = bodies.findIndex((b) => b.id === articleId)
    bodies[i] = retry.body
    return { saved: retry.saved, failed: retry.failed }
  }

  return {
    pages,
    retries,
    requested,
    cancelled,
    handlers: {
      importUrl,
      importUrlProgress,
      cancelImportUrl: ({ requestId }: { requestId: string }) => {
        cancelled.push(requestId)
        running.get(requestId)?.cancel()
      },
      retryImages
    }
  }
}
