// `diptych align`: offsets a reader can cut the passages out of the files with.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { cliOk, ensureBuilt, runCli, SEEDS, STACK_LINE } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

interface AlignJson {
  a: { file: string; length: number; offsetsInto: 'file' | 'canonical' }
  b: { file: string; length: number; offsetsInto: 'file' | 'canonical' }
  pairs: { a: { start: number; end: number }; b: { start: number; end: number }; kind: string; score: number }[]
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

describe('diptych align', { timeout: 60_000 }, () => {
  it('gives offsets into the text files themselves, which cut out the aligned passages', async () => {
    const run = await cliOk(['align', ...SEEDS, '--json'])
    const result = JSON.parse(run.stdout) as AlignJson
    const [a, b] = SEEDS.map((f) => readFileSync(f, 'utf8'))
    expect(result.a).toEqual({ file: SEEDS[0], length: a.length, offsetsInto: 'file' })
    expect(result.b).toEqual({ file: SEEDS[1], length: b.length, offsetsInto: 'file' })
    expect(result.pairs.length).toBeGreaterThan(0)
    for (const p of result.pairs) {
      expect(['verbatim', 'close', 'paraphrase']).toContain(p.kind)
      expect(p.score).toBeGreaterThan(0)
      expect(p.score).toBeLessThanOrEqual(1)
      for (const [span, text] of [
        [p.a, a],
        [p.b, b]
      ] as const) {
        expect(0 <= span.start && span.start < span.end && span.end <= text.length).toBe(true)
        // Passages start and end on a word, so the cut is whole words.
        expect(text.slice(span.start, span.start + 1)).toMatch(/[\p{L}\p{N}"“'‘]/u)
      }
    }
    // The report's translation of the statement's sentence, found in both files at the offsets given.
    const rebuild = result.pairs.find((p) => a.slice(p.a.start, p.a.end).includes('We have to rebuild a significant area from scratch'))
    expect(rebuild, 'the “rebuild from scratch” pair').toBeDefined()
    expect(b.slice(rebuild!.b.start, rebuild!.b.end)).toContain('rebuild from scratch an area')
    // Every pair shares content words: the offsets point at related passages, not anywhere.
    for (const p of result.pairs) {
      const shared = new Set(words(a.slice(p.a.start, p.a.end)))
      expect(words(b.slice(p.b.start, p.b.end)).filter((w) => shared.has(w) && w.length > 4).length).toBeGreaterThan(1)
    }
  })

  it('counts decoded characters, not bytes: a byte-order mark is not counted, CRLF line breaks are', async () => {
    const dir = tempDir()
    const [a, b] = SEEDS.map((f) => readFileSync(f, 'utf8'))
    // A BOM, Windows line breaks and a prefix of non-ASCII letters: byte offsets would differ from these.
    const aText = 'Ünïcödé prélude — «ça va»\r\n\r\n' + a.replace(/\n/g, '\r\n')
    const aFile = path.join(dir, 'report.txt')
    writeFileSync(aFile, '\uFEFF' + aText)
    const result = JSON.parse((await cliOk(['align', aFile, SEEDS[1], '--json'])).stdout) as AlignJson
    expect(result.a.length).toBe(aText.length)
    const direct = JSON.parse((await cliOk(['align', ...SEEDS, '--json'])).stdout) as AlignJson
    expect(result.pairs.length).toBe(direct.pairs.length)
    for (const [i, p] of result.pairs.entries()) {
      const passage = aText.slice(p.a.start, p.a.end)
      expect(passage.replace(/\r\n/g, '\n')).toBe(a.slice(direct.pairs[i].a.start, direct.pairs[i].a.end))
      expect(b.slice(p.b.start, p.b.end)).toBe(b.slice(direct.pairs[i].b.start, direct.pairs[i].b.end))
    }
  })

  it('gives offsets into the canonical text for Markdown', async () => {
    const dir = tempDir()
    const md = path.join(dir, 'statement.md')
    // The heading is the title, not part of the text; emphasis marks are not text either.
    writeFileSync(
      md,
      '# Statement\n\nThe President *said*:\n\n**We** have to rebuild from scratch an area that was *completely* destroyed.\n'
    )
    const txt = path.join(dir, 'report.txt')
    writeFileSync(txt, 'Aliyev said: "We have to rebuild from scratch an area that was completely destroyed," at the conference.\n')
    const result = JSON.parse((await cliOk(['align', txt, md, '--json'])).stdout) as AlignJson
    const canonical = 'The President said:\n\nWe have to rebuild from scratch an area that was completely destroyed.'
    expect(result.b).toEqual({ file: md, length: canonical.length, offsetsInto: 'canonical' })
    expect(result.pairs).toHaveLength(1)
    expect(result.pairs[0].kind).toBe('verbatim')
    expect(result.pairs[0].b.start).toBe(canonical.indexOf('We have'))
    expect(canonical.slice(result.pairs[0].b.start, result.pairs[0].b.end)).toMatch(
      /^We have to rebuild from scratch an area that was completely destroyed/
    )
  })

  it('prints a table with excerpts', async () => {
    const run = await cliOk(['align', ...SEEDS])
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(`A: ${SEEDS[0]} (${readFileSync(SEEDS[0], 'utf8').length} characters, offsets into the file)`)
    expect(lines[3]).toMatch(/^#\s+KIND\s+SCORE\s+A\s+B$/)
    expect(lines).toContainEqual(expect.stringMatching(/^\s*\d+\s+paraphrase\s+0\.\d{3}\s+\d+–\d+\s+\d+–\d+$/))
    expect(lines).toContainEqual('      A  “We have to rebuild a significant area from scratch”')
    expect(lines).toContainEqual(expect.stringMatching(/^\d+ pairs: \d+ verbatim, \d+ close, \d+ paraphrase$/))
  })

  it('explains a file it cannot read', async () => {
    const dir = tempDir()
    const binary = path.join(dir, 'data.txt')
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]))
    for (const [args, message] of [
      [[path.join(dir, 'nothing.txt'), SEEDS[0]], /could not be read: it does not exist\./],
      [[binary, SEEDS[0]], /data\.txt/],
      [[SEEDS[0]], /Name two files to align \(got 1\)\./]
    ] as const) {
      const run = await runCli(['align', ...args])
      expect(run.code).not.toBe(0)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).not.toMatch(STACK_LINE)
    }
  })
})
