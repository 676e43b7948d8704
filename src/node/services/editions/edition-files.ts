// Earlier editions' bodies: `articles/<id>.edition-<n>.json`, written atomically and checked against the
// body schema both ways. The latest edition is the article's own body (`articles/<id>.json`); an earlier
// one is written once, before the library names it, and never changed after.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { ArticleBody } from '../../../shared/model'
import { SENTENCES } from '../../error-messages'
import { AppError } from '../../errors'
import { articleBodySchema } from '../../schemas'
import { writeFileAtomic } from '../../store/atomic-file'
import { StoreWriteError, whyWriteFailed } from '../../store/write-errors'

export class EditionFiles {
  constructor(private readonly dir: string) {}

  path(id: string, n: number): string {
    return path.join(this.dir, `${id}.edition-${n}.json`)
  }

  async write(body: ArticleBody, n: number): Promise<void> {
    if (!articleBodySchema.safeParse(body).success)
      throw new AppError('internal', 'An earlier edition could not be kept: its text is not in a form Diptych can read back.')
    try {
      await writeFileAtomic(this.path(body.id, n), JSON.stringify(body))
    } catch (error) {
      throw new StoreWriteError(error, SENTENCES.articleNotSaved(whyWriteFailed(error)))
    }
  }

  /** The body of edition `n`, or null when its file is missing; a damaged file is an error that says so. */
  async read(id: string, n: number): Promise<ArticleBody | null> {
    let text: string
    try {
      text = await fs.readFile(this.path(id, n), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new AppError('io', 'The text of this earlier edition could not be read.')
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      raw = null
    }
    const parsed = articleBodySchema.safeParse(raw)
    if (!parsed.success || parsed.data.id !== id)
      throw new AppError('io', 'The text of this earlier edition is damaged; its file could not be read.')
    return parsed.data
  }

  /** Removes every earlier edition of an article (emptying the trash). */
  async deleteAll(id: string): Promise<void> {
    const prefix = `${id}.edition-`
    for (const name of await fs.readdir(this.dir).catch(() => [] as string[])) {
      if (name.startsWith(prefix) && /^\d+\.json$/.test(name.slice(prefix.length))) await fs.rm(path.join(this.dir, name), { force: true })
    }
  }
}
