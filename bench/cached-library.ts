// Generated libraries kept between bench runs: L takes minutes to generate and check, and is the same
// every time for the same generator. Kept in the system's temporary folder under a name that changes
// with the generator's source, generated and checked once, then copied for each run (a run writes to
// its library).
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import type { ArticleBody } from '../src/shared/model'
import { checkAnchors, generateLibrary, type GeneratedLibrary, type LibrarySize } from './generate-library'

const GENERATOR_SOURCES = ['generate-library.ts', '../src/testing/compare-eval/syntheticProse.ts']

function generatorHash(): string {
  const hash = createHash('sha256')
  for (const file of GENERATOR_SOURCES) hash.update(readFileSync(path.join(import.meta.dirname, file)))
  return hash.digest('hex').slice(0, 12)
}

/** A generated library of `size` copied into `dir`, generated and checked the first time only. */
export function cachedLibrary(dir: string, size: LibrarySize): GeneratedLibrary & { cached: boolean } {
  const cache = path.join(os.tmpdir(), 'diptych-bench-libraries', `${size.name}-${generatorHash()}`)
  const meta = path.join(cache, 'generated.json')
  const cached = existsSync(meta)
  if (!cached) {
    const building = `${cache}.${process.pid}`
    rmSync(building, { recursive: true, force: true })
    mkdirSync(building, { recursive: true })
    const g = generateLibrary(path.join(building, 'library'), size)
    const readBody = (id: string) =>
      (JSON.parse(readFileSync(path.join(building, 'library', 'articles', `${id}.json`), 'utf8')) as ArticleBody).blocks
    checkAnchors(g.dir, g, readBody)
    writeFileSync(path.join(building, 'generated.json'), JSON.stringify({ popularUses: g.popularUses, searchWord: g.searchWord }))
    rmSync(cache, { recursive: true, force: true })
    renameSync(building, cache)
  }
  cpSync(path.join(cache, 'library'), dir, { recursive: true })
  const { popularUses, searchWord } = JSON.parse(readFileSync(meta, 'utf8')) as Pick<GeneratedLibrary, 'popularUses' | 'searchWord'>
  const lib = JSON.parse(readFileSync(path.join(dir, 'library.json'), 'utf8')) as Pick<GeneratedLibrary, 'articles' | 'highlights'>
  return { dir, articles: lib.articles, highlights: lib.highlights, popularUses, searchWord, cached }
}
