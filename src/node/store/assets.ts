// The pictures of the library: `assets/<sha256>.<ext>`, content-addressed, so that the same picture in
// two articles is stored once, and shared. Bytes are checked before they are kept (magic bytes only,
// SVG sanitised, a size limit), written atomically, and removed once no article names them (articles
// list theirs in `ArticleMeta.assets`): when the trash is emptied, and, for files an import killed
// midway left behind, by a sweep on open that spares young files as the sweep of bodies does.
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { ASSET_NAME } from '../../shared/asset-url'
import { MAX_IMAGE_BYTES } from '../../shared/limits'
import { err, ok, type Result } from '../../shared/result'
import { ORPHAN_AGE_MS } from './article-bodies'
import { removeStaleTempFiles, writeFileAtomic } from './atomic-file'
import { imageType } from './image-type'
import { whyWriteFailed } from './write-errors'

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export const PICTURE_REASONS = {
  empty: 'The picture is empty.',
  tooLarge: `The picture is larger than the ${megabytes(MAX_IMAGE_BYTES)} a picture may have.`,
  notPicture: 'The file is not a picture Diptych can keep: PNG, JPEG, GIF, WebP, AVIF or SVG.',
  unsafeSvg: 'The SVG picture holds nothing that can be shown safely.',
  notWritten: (why: string) => `The picture could not be saved in the library folder: ${why}.`
}

export class AssetStore {
  readonly dir: string

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'assets')
  }

  /** Checks the bytes (magic bytes; SVG sanitised or refused; MAX_IMAGE_BYTES), stores them once by SHA-256. */
  async save(bytes: Uint8Array): Promise<Result<string, string>> {
    if (bytes.length === 0) return err(PICTURE_REASONS.empty)
    if (bytes.length > MAX_IMAGE_BYTES) return err(PICTURE_REASONS.tooLarge)
    const type = imageType(bytes)
    if (!type) return err(PICTURE_REASONS.notPicture)
    let kept = bytes
    if (type === 'svg') {
      // Loaded when first needed: jsdom is heavy, and most pictures are not SVG.
      const { sanitizeSvg } = await import('./svg-sanitize')
      const clean = sanitizeSvg(new TextDecoder().decode(bytes))
      if (clean === undefined) return err(PICTURE_REASONS.unsafeSvg)
      kept = new TextEncoder().encode(clean)
    }
    const name = `${createHash('sha256').update(kept).digest('hex')}.${type}`
    const file = path.join(this.dir, name)
    try {
      if (await this.refreshIfPresent(file)) return ok(name)
      await fs.mkdir(this.dir, { recursive: true })
      await writeFileAtomic(file, kept)
      return ok(name)
    } catch (error) {
      return err(PICTURE_REASONS.notWritten(whyWriteFailed(error)))
    }
  }

  /**
   * True when the file is there already: its bytes are then the same (the name is their hash), so nothing
   * is written; its time is set to now, so that the sweep on open in another process counts it as young
   * while the import that saved it again has not yet named it in the library.
   */
  private async refreshIfPresent(file: string): Promise<boolean> {
    const stat = await fs.lstat(file).catch(() => null)
    if (!stat?.isFile()) return false
    const now = new Date()
    await fs.utimes(file, now, now).catch(() => undefined)
    return true
  }

  /** Absolute path of an asset, undefined for a bad name. */
  path(name: string): string | undefined {
    return ASSET_NAME.test(name) ? path.join(this.dir, name) : undefined
  }

  /** Asset files of the folder that `used` does not name, with their age; any other file is not ours. */
  private async unnamed(used: ReadonlySet<string>): Promise<{ file: string; ageMs: number }[]> {
    const found: { file: string; ageMs: number }[] = []
    for (const name of await fs.readdir(this.dir).catch(() => [] as string[])) {
      if (!ASSET_NAME.test(name) || used.has(name)) continue
      const file = path.join(this.dir, name)
      const stat = await fs.lstat(file).catch(() => null)
      if (stat?.isFile()) found.push({ file, ageMs: Date.now() - stat.mtimeMs })
    }
    return found
  }

  /**
   * Removes the assets that `used` does not name; with `among` (the assets of the articles just deleted),
   * only those, so that a file an import running meanwhile has saved and not yet named is left alone.
   */
  async removeUnused(used: ReadonlySet<string>, among?: Iterable<string>): Promise<number> {
    const candidates = among && new Set(among)
    const doomed = (await this.unnamed(used)).filter((f) => !candidates || candidates.has(path.basename(f.file)))
    for (const { file } of doomed) await fs.rm(file, { force: true })
    return doomed.length
  }

  /** Assets no article in `used` names that are older than ORPHAN_AGE_MS (younger ones may belong to an import still running elsewhere). */
  async orphans(used: ReadonlySet<string>): Promise<string[]> {
    return (await this.unnamed(used)).filter((f) => f.ageMs > ORPHAN_AGE_MS).map((f) => f.file)
  }

  /** Removes the orphans (see `orphans`); says how many. */
  async removeOrphans(used: ReadonlySet<string>): Promise<number> {
    const doomed = await this.orphans(used)
    for (const file of doomed) await fs.rm(file, { force: true })
    return doomed.length
  }

  /** Temporary files of picture writes that died midway. */
  removeStaleTemp(): Promise<number> {
    return removeStaleTempFiles(this.dir)
  }
}
