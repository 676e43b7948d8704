// The afterPack hook against a synthetic Electron binary: no real one can be downloaded here, so this
// checks which fuses the hook flips (and the release switch), not that a packaged app starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const require = createRequire(import.meta.url)
const { default: flipFuses } = require('./flip-fuses.cjs') as { default: (context: unknown) => Promise<void> }
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof import('@electron/fuses')

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ON = 49
const OFF = 48
// Electron's defaults, in FuseV1Options order: RunAsNode, CookieEncryption, NodeOptions, Inspect,
// AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, FileProtocolExtraPrivileges.
const DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]

const dirs: string[] = []
afterEach(() => {
  vi.unstubAllEnvs()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function packAndFlip(release: boolean) {
  const appOutDir = mkdtempSync(path.join(os.tmpdir(), 'diptych-fuses-'))
  dirs.push(appOutDir)
  const binary = path.join(appOutDir, 'diptych')
  writeFileSync(
    binary,
    Buffer.concat([Buffer.from('\x7fELF…'), Buffer.from(SENTINEL), Buffer.from([1, DEFAULTS.length, ...DEFAULTS]), Buffer.from('…')])
  )
  vi.stubEnv('DIPTYCH_RELEASE', release ? '1' : '')
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  await flipFuses({
    appOutDir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: { appInfo: { productFilename: 'Diptych' }, executableName: 'diptych' }
  })
  const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>
  return (fuse: (typeof FuseV1Options)[keyof typeof FuseV1Options]) =>
    wire[fuse] === ON ? 'on' : wire[fuse] === OFF ? 'off' : String(wire[fuse])
}

describe('flip-fuses (afterPack)', () => {
  it('turns off running as Node, NODE_OPTIONS and file:// privileges, and loads only an intact asar', async () => {
    const fuse = await packAndFlip(false)
    expect(fuse(FuseV1Options.RunAsNode)).toBe('off')
    expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('off')
    expect(fuse(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('off')
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe('on')
    expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('on')
    // Not a release build: Playwright's _electron needs the inspect arguments.
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe('on')
  })

  it('also turns off the inspect arguments in a release build', async () => {
    const fuse = await packAndFlip(true)
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe('off')
    expect(fuse(FuseV1Options.RunAsNode)).toBe('off')
  })
})
