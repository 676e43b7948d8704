// What `diptych list` loads when the library's listing can be trusted, in the built command line: no
// package (zod comes bundled in the list kernel), not the store, and the listing's reader from the list
// kernel's script with the code cache made at build time, which V8 accepts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { highlightChanges, libraryWithListing } from '../node/test-support/listing-fixtures'
import { useTempDirs } from '../node/test-support/temp-dir'
import { ensureBuilt } from './cli-harness'
import type { ListedArticle } from './list'
import { tracedRun } from './load-trace'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

describe('diptych list on a library with its listing', { timeout: 60_000 }, () => {
  it('loads no package and not the store, and takes the listing reader from its code-cached script', async () => {
    const dir = await libraryWithListing(tempDir(), highlightChanges)
    const { run, modules, scripts } = tracedRun(['list', '--json', '--data-dir', dir], tempDir())
    expect(run.status, run.stderr).toBe(0)
    const listed = JSON.parse(run.stdout) as ListedArticle[]
    expect(listed.map((a) => a.highlights)).toEqual([9, 9, 11])

    expect(modules.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`))).toEqual([])
    const holding = (source: string) => modules.filter((file) => readFileSync(file, 'utf8').includes(`// ${source}`))
    expect(holding('src/node/store/store.ts')).toEqual([])
    expect(holding('src/node/store/library-listing.ts')).toEqual([])
    expect(scripts).toEqual([{ file: expect.stringMatching(/list-kernel-\w+\.cjs$/), rejected: false }])
  })
})
