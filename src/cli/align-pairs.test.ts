// `diptych align --pairs FILE` and `--min-score`: many pairs in one call, weaker pairs on request.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { DEFAULT_MIN_SCORE } from '../shared/compare'
import { cliOk, ensureBuilt, runCli, SEEDS } from './cli-harness'

const tempDir = useTempDirs()
beforeAll(ensureBuilt)

describe('diptych align --pairs', { timeout: 60_000 }, () => {
  it('prints one JSON line per pair of files, the same as --json, and an error line for a line that fails', async () => {
    const dir = tempDir()
    const list = path.join(dir, 'pairs.tsv')
    const missing = path.join(dir, 'missing.txt')
    writeFileSync(list, `${SEEDS[0]}\t${SEEDS[1]}\n${SEEDS[0]}\t${missing}\n\nonly-one-path.txt\n${SEEDS[1]}\t${SEEDS[0]}\n`)
    const run = await runCli(['align', '--pairs', list])
    expect(run.code).toBe(1)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error?: string; pairs?: unknown[] })
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 5])
    const single = JSON.parse((await cliOk(['align', ...SEEDS, '--json'])).stdout) as object
    expect(lines[0]).toEqual({ line: 1, ...single })
    expect(lines[1].error).toContain('missing.txt')
    expect(lines[2].error).toBe('Line 4 is not two paths separated by one tab.')
    expect(lines[3].pairs?.length).toBeGreaterThan(0)
  })

  it('lists weaker pairs when asked with a lower --min-score, and refuses a score outside 0 to 1', async () => {
    const dir = tempDir()
    const [a, b] = ['a.txt', 'b.txt'].map((f) => path.join(dir, f))
    // Two independent heatwave reports: one loose paraphrase of a stock sentence, alone, a weaker match.
    writeFileSync(
      a,
      'Temperatures climbed above 40 degrees Celsius in several southern towns on Tuesday as the heatwave entered its second week. Hospitals in Seville reported a rise in admissions for heatstroke, mostly among elderly patients living alone. City councils opened libraries as cooling rooms and kept swimming pools open until midnight. Scientists say heatwaves in southern Europe have become longer and more frequent as the climate warms.\n'
    )
    writeFileSync(
      b,
      'A heatwave gripped northern Italy for a fifth day on Wednesday, with temperatures reaching 38 degrees Celsius in Milan. Electricity demand hit a record as offices and homes ran air conditioners around the clock. Rice growers in the Po valley said the river was at its lowest level in decades. Climate scientists have warned that heatwaves in Europe are becoming more frequent and more intense as global temperatures rise.\n'
    )
    const count = async (minScore: string) =>
      (JSON.parse((await cliOk(['align', a, b, '--json', '--min-score', minScore])).stdout) as { pairs: unknown[] }).pairs.length
    expect(await count(String(DEFAULT_MIN_SCORE))).toBe(0)
    expect(await count('0')).toBeGreaterThan(0)
    const bad = await runCli(['align', a, b, '--min-score', '2'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--min-score takes a number from 0 to 1')
  })
})
