import path from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { inlineParser, WorkerParser } from './worker-parser'

let workerFile = ''

beforeAll(async () => {
  // The app runs the bundled worker (out/main/parse-worker.js); bundle the same entry here.
  // Inside the project, so that the bundle finds its packages in node_modules.
  workerFile = path.resolve(import.meta.dirname, '../../../../node_modules/.cache/diptych-test', `parse-worker-${process.pid}.mjs`)
  await build({
    entryPoints: [path.join(import.meta.dirname, 'parse-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    absWorkingDir: path.resolve(import.meta.dirname, '../../../..')
  })
}, 60_000)

const page = new TextEncoder().encode(
  `<html><head><title>Port ruling</title></head><body><article><h1>Port ruling</h1>${'<p>The appeals court ruled on Tuesday that the contract for the new container terminal stands.</p>'.repeat(8)}</article></body></html>`
)

describe('WorkerParser', () => {
  it('parses in a worker thread exactly as in place', async () => {
    const parser = new WorkerParser(workerFile)
    const [viaWorker, inPlace] = await Promise.all([
      parser.parse({ kind: 'file', bytes: page, fileName: 'ruling.html' }),
      inlineParser.parse({ kind: 'file', bytes: page, fileName: 'ruling.html' })
    ])
    expect(viaWorker, JSON.stringify(viaWorker).slice(0, 300)).toMatchObject({ ok: true })
    expect(viaWorker).toEqual(inPlace)
  })

  it('keeps the typed failure of a bad file', async () => {
    const parser = new WorkerParser(workerFile)
    const result = await parser.parse({
      kind: 'file',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      fileName: 'photo.html'
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'import', reason: 'binary' } })
  })

  it('falls back to parsing in place when there is no worker file', () => {
    expect(WorkerParser.orInline(undefined)).toBe(inlineParser)
    expect(WorkerParser.orInline('/nonexistent/parse-worker.js')).toBe(inlineParser)
  })
})
