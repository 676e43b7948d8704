// `diptych refresh` by the real command line, against the local test web server: a page, then the same
// page, then a changed one; and a failure said plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { libraryOnDisk } from '../node'
import { STORY_V1, STORY_V2, storyPage } from '../node/test-support/edition-pages'
import { useTempDirs } from '../node/test-support/temp-dir'
import { useWebServer } from '../node/test-support/web-server'
import { ensureBuilt, runCli } from './cli-harness'
import type { EditionCheck } from '../shared/editions/types'

const tempDir = useTempDirs()
beforeAll(() => ensureBuilt())
const web = useWebServer({ beforeAll, afterAll })

describe('diptych refresh', { timeout: 60_000 }, () => {
  it('says unchanged, then saves a new edition when the page changed, and sums up', async () => {
    const dir = tempDir()
    const url = web().page('/story', storyPage(STORY_V1))
    const imported = await runCli(['import', url, '--data-dir', dir])
    const id = /imported as (\S+)/.exec(imported.stdout)![1]

    const same = await runCli(['refresh', '--data-dir', dir])
    expect(same.stdout).toBe(
      `${id} “Council approves the new river bridge”: unchanged\n1 article checked: 1 unchanged, 0 new editions, 0 failed.\n`
    )
    expect(same.stderr).toBe('[1/1] Checking “Council approves the new river bridge”…\n')
    expect(same.code).toBe(0)

    web().page('/story', storyPage(STORY_V2))
    const changed = await runCli(['refresh', id.slice(0, 8), '--data-dir', dir])
    expect(changed.stdout.split('\n')[0]).toBe(`${id} “Council approves the new river bridge”: new edition 2: no highlights to move.`)
    expect(changed.stdout.split('\n')[1]).toBe('1 article checked: 0 unchanged, 1 new edition, 0 failed.')
    const library = await libraryOnDisk(dir)
    expect(library.articles.find((a) => a.id === id)?.editions?.map((e) => e.n)).toEqual([1, 2])

    const json = JSON.parse((await runCli(['refresh', id, '--json', '--data-dir', dir])).stdout) as EditionCheck[]
    expect(json).toMatchObject([{ articleId: id, status: 'unchanged' }])
  })

  it('names the reason a page could not be fetched, and exits with 1', async () => {
    const dir = tempDir()
    const url = web().page('/going', storyPage(STORY_V1))
    const id = /imported as (\S+)/.exec((await runCli(['import', url, '--data-dir', dir])).stdout)![1]
    web().page('/going', '<!doctype html><html><body><div id="app"></div><script>boot()</script></body></html>')
    const run = await runCli(['refresh', id, '--data-dir', dir])
    expect(run.stdout).toBe(
      `${id} “Council approves the new river bridge”: failed: The page at ${url} has no article text that Diptych can find. ` +
        'If it builds its text with scripts, open the page in your browser, save it there (Save Page As…) and import the saved file once it has loaded.\n' +
        '1 article checked: 0 unchanged, 0 new editions, 1 failed.\n'
    )
    expect(run.code).toBe(1)
    expect((await runCli(['refresh', 'nope', '--data-dir', dir])).stderr).toBe(
      'diptych: No article in the library has the id “nope” (see "diptych list").\n'
    )
  })
})
