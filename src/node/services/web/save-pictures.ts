// The pictures of an article's figures, downloaded through the same guarded client as the page (same
// address kind, same limits per picture) and handed to the asset store. A picture that fails leaves its
// figure as it was (source and alt text, no asset): the article is saved all the same.
import type { Block, FigureBlock } from '../../../shared/model'
import type { Result } from '../../../shared/result'
import { MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGE_BYTES, MAX_IMAGES_PER_ARTICLE } from '../../../shared/limits'
import type { WebClient } from './web-client'
import { WebError } from './web-error'

/** What saving needs of the library's asset store (src/node/store/assets.ts). */
export interface AssetSaver {
  save(bytes: Uint8Array): Promise<Result<string, string>>
}

export interface PictureLimits {
  maxImageBytes: number
  maxArticleImageBytes: number
  maxImages: number
  /** Pictures downloaded at once. */
  concurrency: number
}

export const PICTURE_LIMITS: PictureLimits = {
  maxImageBytes: MAX_IMAGE_BYTES,
  maxArticleImageBytes: MAX_ARTICLE_IMAGE_BYTES,
  maxImages: MAX_IMAGES_PER_ARTICLE,
  concurrency: 4
}

export interface SavedPictures {
  /** The blocks with `image.asset` set on every figure whose picture was saved. */
  blocks: Block[]
  saved: number
  failed: number
  /** The asset names the figures now show, each once. */
  assets: string[]
}

export interface SavePicturesOptions {
  client: WebClient
  assets: AssetSaver | undefined
  signal?: AbortSignal
  limits?: Partial<PictureLimits>
  onProgress?: (done: number, total: number) => void
}

/** A figure whose picture is on the web and not saved yet. */
export function missingPicture(block: Block): block is FigureBlock & { image: { src: string } } {
  return block.kind === 'figure' && !block.image.asset && typeof block.image.src === 'string' && /^https?:\/\//i.test(block.image.src)
}

/** Number of figures `savePictures` would try to download. */
export function countMissingPictures(blocks: readonly Block[]): number {
  return blocks.filter(missingPicture).length
}

/** Downloads and stores the missing pictures of `blocks`; throws only when cancelled. */
export async function savePictures(blocks: readonly Block[], options: SavePicturesOptions): Promise<SavedPictures> {
  const limits = { ...PICTURE_LIMITS, ...options.limits }
  const figures = blocks.filter(missingPicture)
  // One download per address, however many figures show it; past the count limit, none.
  const sources = [...new Set(figures.map((f) => f.image.src))].slice(0, options.assets ? limits.maxImages : 0)
  const names = new Map<string, string>()
  let budget = limits.maxArticleImageBytes
  let done = 0
  options.onProgress?.(0, sources.length)

  const saveOne = async (src: string): Promise<void> => {
    if (budget <= 0) return
    try {
      const { bytes } = await options.client.get(src, {
        want: 'image',
        maxBytes: Math.min(limits.maxImageBytes, budget),
        signal: options.signal
      })
      if (bytes.byteLength > budget) return
      budget -= bytes.byteLength
      const stored = await options.assets!.save(bytes)
      if (stored.ok) names.set(src, stored.value)
    } catch (error) {
      if (error instanceof WebError && error.reason === 'cancelled') throw error
      // Any other failure leaves this figure as a placeholder the reader can retry.
    } finally {
      options.onProgress?.(++done, sources.length)
    }
  }

  const queue = [...sources]
  const workers = Array.from({ length: Math.min(limits.concurrency, queue.length) }, async () => {
    for (let src = queue.shift(); src !== undefined; src = queue.shift()) await saveOne(src)
  })
  await Promise.all(workers)

  let saved = 0
  const result = blocks.map((block) => {
    if (!missingPicture(block)) return block
    const asset = names.get(block.image.src)
    if (!asset) return block
    saved++
    return { ...block, image: { ...block.image, asset } }
  })
  const assets = [...new Set(result.flatMap((b) => (b.kind === 'figure' && b.image.asset ? [b.image.asset] : [])))]
  return { blocks: result, saved, failed: figures.length - saved, assets }
}
