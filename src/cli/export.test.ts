// `diptych export`: the seed texts imported into a new folder, highlighted, noted, tagged and linked by the
// app (its real handler table in another process), then exported by the CLI and compared with golden files.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { NewHighlight } from '../shared/api'
import { canonicalText, type ArticleBody } from '../shared/model'
import { useTempDirs } from '../node/test-support/temp-dir'
import { highlightOf as highlight, useAppProcess } from './app-harness'
import { cliOk, ensureBuilt, expectGolden, normalise, runCli, SEEDS, STACK_LINE } from './cli-harness'
import type { ImportedItem } from './import'

const tempDir = useTempDirs()

/** Each file of a folder: its bytes and its modification time. */
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((name) => [name, { bytes: readFileSync(path.join(dir, name)), mtime: statSync(path.join(dir, name)).mtimeMs }])
  )
const startApp = useAppProcess()
beforeAll(ensureBuilt)

/** Imports both seeds with the CLI, then annotates them in the app; returns the two article ids. */
async function annotatedLibrary(dir: string): Promise<[string, string]> {
  const items = JSON.parse((await cliOk(['import', ...SEEDS, '--json', '--data-dir', dir])).stdout) as ImportedItem[]
  const [report, statement] = items.map((i) => i.articleId!)
  const app = await startApp(dir)
  const text = async (id: string) => canonicalText((await app.call<ArticleBody>('getArticleBody', { id })).blocks)
  const a = await text(report)
  const b = await text(statement)
  const highlights: NewHighlight[] = [
    highlight(report, a, 'We have to rebuild a significant area from scratch', 'yellow', {
      id: 'report-rebuild',
      note: 'The report\'s translation; the statement says **"from scratch an area"**.',
      tags: ['reconstruction']
    }),
    highlight(report, a, 'Belarus has expertise in urban planning', 'green', { id: 'report-expertise', tags: ['cooperation'] }),
    highlight(report, a, 'will be remembered for centuries, for many epochs', 'pink', {
      id: 'report-lukashenko',
      note: 'Lukashenko: no counterpart in the statement.'
    }),
    highlight(statement, b, 'we have to rebuild from scratch an area', 'yellow', { id: 'statement-rebuild', tags: ['reconstruction'] }),
    highlight(statement, b, 'Belarus has very good experience in urban planning', 'green', {
      id: 'statement-expertise',
      note: 'Compare: "expertise" in the report.',
      tags: ['cooperation', 'reconstruction']
    })
  ]
  for (const h of highlights) await app.call('createHighlight', h)
  await app.call('createLink', { id: 'link-rebuild', from: 'report-rebuild', to: 'statement-rebuild', relation: 'paraphrases' })
  await app.call('createLink', { id: 'link-expertise', from: 'report-expertise', to: 'statement-expertise', relation: 'paraphrases' })
  expect(await app.quit()).toBe(0)
  return [report, statement]
}

describe('diptych export', { timeout: 60_000 }, () => {
  it('exports the annotated seeds as the golden files say', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const out = tempDir()
    const [report, statement] = await annotatedLibrary(dir)
    const golden = (name: string, file: string) => expectGolden(name, normalise(readFileSync(file, 'utf8')))

    // The pair in one file, with the links between the two; ids by a prefix, as "list" shows them.
    const pair = path.join(out, 'pair.md')
    const run = await cliOk([
      'export',
      '--article',
      report.slice(0, 8),
      '--article',
      statement,
      '--format',
      'md',
      '--out',
      pair,
      '--data-dir',
      dir
    ])
    expect(run.stdout).toBe(`Wrote 1 file to ${pair}\n`)
    golden('pair.md', pair)

    // An existing folder as --out: the file goes in under its own name.
    const byColor = path.join(out, 'by-color')
    mkdirSync(byColor)
    await cliOk([
      'export',
      '--article',
      report,
      '--format',
      'md',
      '--order',
      'color',
      '--no-notes',
      '--images',
      'link',
      '--out',
      byColor,
      '--data-dir',
      dir
    ])
    expect(readdirSync(byColor)).toEqual(['Contact Us.md'])
    golden('report.by-color.no-notes.md', path.join(byColor, 'Contact Us.md'))

    const tagged = path.join(out, 'tagged.md')
    await cliOk([
      'export',
      '--article',
      statement,
      '--format=md',
      '--order',
      'tag',
      '--tag',
      'cooperation',
      '--out',
      tagged,
      '--data-dir',
      dir
    ])
    golden('statement.tag-cooperation.md', tagged)

    const annotations = path.join(out, 'report.json')
    await cliOk(['export', '--article', report, '--format', 'webannotation', '--out', annotations, '--data-dir', dir])
    const collection = JSON.parse(readFileSync(annotations, 'utf8')) as { total?: number; items?: unknown[]; first?: { items: unknown[] } }
    expect(JSON.stringify(collection)).toContain('We have to rebuild a significant area from scratch')
    golden('report.annotations.json', annotations)

    // The whole library: the two bundled articles, the two seeds, and an index.
    const library = path.join(out, 'library')
    const all = await cliOk(['export', '--all', '--format', 'md', '--out', library, '--data-dir', dir])
    const names = readdirSync(library).sort()
    expect(all.stdout).toBe(`Exported the library to ${library}: 5 notes written (5 new, 0 updated), 0 unchanged, 0 skipped.\n`)
    expect(names).toHaveLength(5)
    expectGolden('library/files.txt', names.join('\n') + '\n')
    for (const name of names) golden(`library/${name}`, path.join(library, name))
  })

  it('exports --all twice into a vault: a line added by hand stays, and the second run changes no byte', async () => {
    const dir = tempDir()
    const [report] = await annotatedLibrary(dir)
    const vault = path.join(tempDir(), 'vault')
    await cliOk(['export', '--all', '--format', 'md', '--out', vault, '--data-dir', dir])
    const note = readdirSync(vault).find((name) => readFileSync(path.join(vault, name), 'utf8').includes(`diptych://article/${report}"`))!
    const file = path.join(vault, note)
    // A line of the reader's, between two highlights.
    const end = '<!-- diptych:end h-'
    const text = readFileSync(file, 'utf8')
    const at = text.indexOf('\n', text.indexOf(end)) + 1
    writeFileSync(file, text.slice(0, at) + '\nMy own line, kept.\n' + text.slice(at))
    const before = files(vault)
    const again = await cliOk(['export', '--all', '--format', 'md', '--out', vault, '--data-dir', dir])
    expect(again.stdout).toBe(`Exported the library to ${vault}: 0 notes written (0 new, 0 updated), 5 unchanged, 0 skipped.\n`)
    expect(files(vault)).toEqual(before)
    expect(readFileSync(file, 'utf8')).toContain(`-->\n\nMy own line, kept.\n`)
  })

  it('refuses unclear requests with one sentence and writes nothing', async () => {
    const dir = tempDir()
    const out = path.join(tempDir(), 'x.md')
    const cases: [string[], RegExp, number][] = [
      [['--all', '--format', 'md'], /Say where to write the export: --out PATH\./, 2],
      [['--format', 'md', '--out', out], /Choose what to export: --article ID \(once or twice\) or --all\./, 2],
      [['--all', '--article', 'x', '--format', 'md', '--out', out], /either --article or --all/, 2],
      [['--all', '--format', 'pdf', '--out', out], /--format must be md or webannotation, not “pdf”/, 2],
      [['--all', '--format', 'md', '--order', 'size', '--out', out], /--order must be reading or color or tag/, 2],
      [['--all', '--format', 'md', '--images', 'embed', '--out', out], /--images must be copy or link, not “embed”/, 2],
      [['--article', 'nope', '--format', 'md', '--out', out], /No article in the library has the id “nope”/, 1],
      [['--article', 'anadolu-2024-05-16', '--article', 'anadolu', '--format', 'md', '--out', out], /two different articles/, 1]
    ]
    for (const [args, message, code] of cases) {
      const run = await runCli(['export', ...args, '--data-dir', dir])
      expect(run.code, run.stderr).toBe(code)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).not.toMatch(STACK_LINE)
      expect(run.stdout).toBe('')
    }
    expect(readdirSync(path.dirname(out))).toEqual([])
  })

  it('says where an export could not be written', async () => {
    const dir = tempDir()
    const blocked = path.join(tempDir(), 'file.md')
    await cliOk(['export', '--article', 'trend', '--format', 'md', '--out', blocked, '--data-dir', dir])
    const run = await runCli([
      'export',
      '--article',
      'trend',
      '--format',
      'md',
      '--out',
      path.join(blocked, 'inside.md'),
      '--data-dir',
      dir
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^diptych: The export could not be written to .*inside\.md: a file is in the way where a folder should be\.\n$/
    )
  })
})
