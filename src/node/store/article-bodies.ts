// Article bodies: one file per article, `articles/<id>.json`, written once, atomically, and checked
// against the schema both ways. An import writes the body before the library names the article, so
// that the library never names a missing body; an import killed in between leaves an orphan body.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ArticleBody } from '../../shared/model'
import { articleBodySchema } from '../schemas'
import { writeFileAtomic } from './atomic-file'
import { CorruptLibraryError, firstIssue } from './library-file'
import { SENTENCES } from '../error-messages'
import { StoreWriteError, whyWriteFailed } from './write-errors'

/** Younger than this, a body nothing names may belong to an import still running in another process. */
export const ORPHAN_AGE_MS = 3_600_000

/** `<id>.json` as `path` names a body; any other file in the folder is not ours to remove. */
const BODY_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]{0,79})\.json$/

export class ArticleBodies {
  constructor(readonly dir: string) {}

  path(id: string): string {
    return path.join(this.dir, `${id}.json`)
  }

  /** A body that fails the schema or a failed write (disk full, read-only folder) is a StoreWriteError that says so. */
  async write(body: ArticleBody): Promise<void> {
    const check = articleBodySchema.safeParse(body)
    if (!check.success) {
      const why = firstIssue(check.error, 'body')
      throw new StoreWriteError(why, `Could not save the article: its text is not in a form Diptych can read back (${why}).`)
    }
    try {
      await writeFileAtomic(this.path(body.id), JSON.stringify(body))
    } catch (error) {
      throw new StoreWriteError(error, SENTENCES.articleNotSaved(whyWriteFailed(error)))
    }
  }

  async read(id: string): Promise<ArticleBody | null> {
    let text: string
    try {
      text = await fs.readFile(this.path(id), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    const parsed = articleBodySchema.safeParse(JSON.parse(text))
    if (!parsed.success || parsed.data.id !== id) throw new CorruptLibraryError(this.path(id), 'not an article body')
    return parsed.data
  }

  async delete(id: string): Promise<void> {
    await fs.rm(this.path(id), { force: true })
  }

  /** Bodies older than ORPHAN_AGE_MS whose id is not in `named` (ids of all articles, trashed ones too). */
  async orphans(named: ReadonlySet<string>): Promise<string[]> {
    const found: string[] = []
    for (const name of await fs.readdir(this.dir).catch(() => [] as string[])) {
      const id = BODY_NAME.exec(name)?.[1]
      if (!id || named.has(id)) continue
      const file = path.join(this.dir, name)
      const stat = await fs.lstat(file).catch(() => null)
      if (stat?.isFile() && Date.now() - stat.mtimeMs > ORPHAN_AGE_MS) found.push(file)
    }
    return found
  }
}
