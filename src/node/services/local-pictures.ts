// The pictures of a file imported from disk: figure blocks whose `image.src` is a path relative to the
// file (a browser's "Save page, complete" puts them in `Page_files/`; Markdown often keeps them in a
// folder beside it) are read from there and kept in the library's assets. Confined to the file's own
// folder: the path, once every symlink is followed, must stay inside it, so that a page cannot make the
// import read ~/.ssh or /etc. A picture that is missing, outside, too large or not a picture leaves its
// figure as it was (alt text, no asset): it never fails the article.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGE_BYTES, MAX_IMAGES_PER_ARTICLE } from '../../shared/limits'
import type { Block, FigureBlock } from '../../shared/model'
import type { Result } from '../../shared/result'
import { readArticleFile } from './read-article-file'

/** The part of the AssetStore this needs. */
export interface PictureSaver {
  save(bytes: Uint8Array): Promise<Result<string, string>>
}

export interface LocalPictures {
  /** The blocks, figures given the asset of their saved picture (new objects; the input is not changed). */
  blocks: Block[]
  /** Each asset the figures now show, once. */
  assets: string[]
  saved: number
  failed: number
}

/** A path to look up beside the file: not a URL (`https:`, `data:`, `file:`…), not absolute, not `//host`. */
export function isRelativePicture(src: string): boolean {
  return src.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('\\')
}

/** The names `src` may stand for: as percent-decoded in a page's URL (without ?query or #fragment), then as written. */
function candidates(src: string): string[] {
  const found: string[] = []
  try {
    found.push(decodeURIComponent(src.replace(/[?#].*$/, '')))
  } catch {
    // Not valid percent-encoding: only the name as written can be meant.
  }
  if (!found.includes(src)) found.push(src)
  return found
}

const inside = (folder: string, file: string) => file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)

/** The bytes of the picture `src` names under `folder`, or undefined (missing, outside, not a file, too large). */
async function readBeside(folder: string, src: string): Promise<Buffer | undefined> {
  for (const name of candidates(src)) {
    if (name.includes('\0') || path.isAbsolute(name)) continue
    const real = await fs.realpath(path.resolve(folder, name)).catch(() => undefined)
    if (!real || !inside(folder, real)) continue
    const read = await readArticleFile(real, MAX_IMAGE_BYTES)
    if (read.ok) return read.value
  }
  return undefined
}

/** Saves the pictures of `blocks` found beside the imported file in `folder`; see the top of the file. */
export async function saveLocalPictures(blocks: readonly Block[], folder: string, assets: PictureSaver): Promise<LocalPictures> {
  const realFolder = await fs.realpath(folder).catch(() => undefined)
  const bySrc = new Map<string, string | undefined>()
  const kept = new Set<string>()
  let bytesKept = 0
  let saved = 0
  let failed = 0
  const out: Block[] = []
  for (const block of blocks) {
    const src = block.kind === 'figure' ? block.image.src : undefined
    if (block.kind !== 'figure' || block.image.asset !== undefined || src === undefined || !isRelativePicture(src)) {
      out.push(block)
      continue
    }
    if (!bySrc.has(src)) {
      let name: string | undefined
      const bytes = realFolder && bySrc.size < MAX_IMAGES_PER_ARTICLE ? await readBeside(realFolder, src) : undefined
      if (bytes && bytesKept + bytes.length <= MAX_ARTICLE_IMAGE_BYTES) {
        const result = await assets.save(bytes)
        if (result.ok) {
          name = result.value
          bytesKept += bytes.length
        }
      }
      bySrc.set(src, name)
    }
    const name = bySrc.get(src)
    if (name === undefined) {
      failed++
      out.push(block)
      continue
    }
    saved++
    kept.add(name)
    out.push({ ...block, image: { ...block.image, asset: name } } satisfies FigureBlock)
  }
  return { blocks: out, assets: [...kept], saved, failed }
}
