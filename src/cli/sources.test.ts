// `diptych sources`: the real command line on a new library folder, which holds the two bundled
// articles: a news report and the statement it quotes.
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourcesResult } from '../shared/sources/types'
import { useTempDirs } from '../node/test-support/temp-dir'
import { openTestApp } from '../node/test-support/test-app'
import { cliOk, ensureBuilt, runCli } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

const REPORT = 'anadolu-2024-05-16'
const STATEMENT = 'trend-2024-05-16'

describe('diptych sources', { timeout: 60_000 }, () => {
  it('lists the statement the report quotes, readably and as JSON, by an id prefix as list shows', async () => {
    const dir = tempDir()
    const plain = (await cliOk(['sources', 'anad', '--data-dir', dir])).stdout
    expect(plain).toMatch(/^Sources of “Belarus offers Azerbaijan help in restoring Karabakh region” \(anadolu-2024-05-16\)/)
    expect(plain).toMatch(/1\. I have invited Belarusian companies .* \(trend-2024-05-16\)/)
    expect(plain).toMatch(/\d+% of the article, \d+ passages shared/)
    expect(plain).toMatch(/1 source found among 1 likely article compared\./)

    const json = JSON.parse((await cliOk(['sources', REPORT, '--json', '--limit', '3', '--data-dir', dir])).stdout) as SourcesResult
    expect(json.articleId).toBe(REPORT)
    expect(json.sources.map((s) => s.articleId)).toEqual([STATEMENT])
    expect(Object.keys(json.sources[0])).toEqual(['articleId', 'title', 'sharedChars', 'share', 'pairs', 'passages'])
    expect(json.sources[0].passages[0]).toEqual(
      expect.objectContaining({ kind: expect.any(String), a: expect.any(Object), text: expect.any(String) })
    )
  })

  it('says in a sentence what is wrong: an unknown id, an empty library, a bad limit', async () => {
    const dir = tempDir()
    const unknown = await runCli(['sources', 'zzz', '--data-dir', dir])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/No article in the library has the id “zzz” \(see "diptych list"\)\./)

    const limit = await runCli(['sources', REPORT, '--limit', '0', '--data-dir', dir])
    expect(limit.code).toBe(2)
    expect(limit.stderr).toMatch(/--limit takes a whole number from 1 to 100 \(got “0”\)\./)

    const app = await openTestApp(dir)
    for (const id of [REPORT, STATEMENT]) await app.library.trashArticle(id)
    await app.store.close()
    const empty = await runCli(['sources', REPORT, '--data-dir', dir])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toMatch(/The library is empty: import some articles first\./)
    expect(empty.stderr).not.toMatch(/at .*\.(ts|js|mjs):\d+/)
  })
})
