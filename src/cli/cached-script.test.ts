import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../node/test-support/temp-dir'
import { keepCache, runCachedScript } from './cached-script'

const tempDir = useTempDirs()

const SCRIPT = `(function (module, exports, require, url) {
  const path = require('node:path')
  exports.join = (a, b) => path.join(a, b)
  exports.url = url
})`

describe('a script run with its code cache', () => {
  it('runs with require and its own URL, and is compiled from the cache it keeps', () => {
    const file = path.join(tempDir(), 'kernel.cjs')
    writeFileSync(file, SCRIPT)
    const first = runCachedScript(file)
    expect(first.exports).toMatchObject({ url: pathToFileURL(file).href })
    expect((first.exports as { join(a: string, b: string): string }).join('a', 'b')).toBe(path.join('a', 'b'))
    expect(first.cacheRefused).toBe(true)

    keepCache(file, first.script)
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['kernel.cjs', 'kernel.cjs.cache'])
    expect(runCachedScript(file).cacheRefused).toBe(false)
  })

  it('makes again a cache that V8 refuses', () => {
    const file = path.join(tempDir(), 'kernel.cjs')
    writeFileSync(file, SCRIPT)
    writeFileSync(`${file}.cache`, 'not a code cache')
    const refused = runCachedScript(file)
    expect(refused.cacheRefused).toBe(true)
    keepCache(file, refused.script)
    expect(runCachedScript(file).cacheRefused).toBe(false)
  })

  it('keeps no cache, and no temporary file, where the folder cannot be written to', () => {
    const file = path.join(tempDir(), 'kernel.cjs')
    writeFileSync(file, SCRIPT)
    const { script } = runCachedScript(file)
    keepCache(path.join(path.dirname(file), 'missing', 'kernel.cjs'), script)
    expect(existsSync(path.join(path.dirname(file), 'missing'))).toBe(false)
    expect(readdirSync(path.dirname(file))).toEqual(['kernel.cjs'])
  })
})
