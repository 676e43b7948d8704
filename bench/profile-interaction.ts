// Where one of issue 20's interactions spends its time at L: a CPU profile of the renderer (Chrome
// DevTools protocol) and of main (the harness's Node process, node:inspector) taken around the same
// interaction, each summed by function (self time, heaviest first). Figures only.
// `npx vite-node bench/profile-interaction.ts -- rename|search|open|create|clear [S|M|L]`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/fixtures'
import { ChromiumApp } from '../e2e/harness/chromium-app'
import { cachedLibrary } from './cached-library'
import { POPULAR_TAG, SIZES } from './generate-library'
import { clearFilter, createHighlight, openArticle, renameTag, search, startWithPanes } from './library-ui-steps'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

/** Self time by function (name, file and line), in milliseconds, heaviest first. */
export function selfTimes(profile: Profile, top = 15): string[] {
  const byNode = new Map<number, number>()
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const where = url ? `${path.basename(url.split('?')[0])}:${lineNumber + 1}` : ''
    const key = `${functionName || '(anonymous)'} ${where}`.trim()
    byFunction.set(key, (byFunction.get(key) ?? 0) + (byNode.get(node.id) ?? 0))
  }
  const total = (profile.endTime - profile.startTime) / 1000
  return [
    `total ${total.toFixed(0)} ms`,
    ...[...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
  ]
}

const [interaction = 'rename', sizeName = 'L'] = process.argv.slice(2).filter((a) => a !== '--')
const size = SIZES[sizeName as keyof typeof SIZES]
const dir = mkdtempSync(path.join(os.tmpdir(), `diptych-profile-${size.name}-`))
const g = cachedLibrary(dir, size)
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true })
const app = new ChromiumApp(browser, dir, 600_000)
const main = new Session()
main.connect()
try {
  // Two articles open, as library-ui.bench.ts has them.
  const page = await startWithPanes(app, [g.articles[0].id, g.articles[1].id])
  // Once unprofiled, so that what is measured is a second run, as a reader's would mostly be.
  const runs: Record<string, (i: number) => Promise<unknown>> = {
    rename: (i) => renameTag(page, i ? 'famous-1' : POPULAR_TAG, i ? 'famous-2' : 'famous-1'),
    search: () => search(page, g.searchWord),
    open: () => openArticle(page, g.articles[3].title, 1),
    create: (i) => createHighlight(page, i),
    clear: () => clearFilter(page, g.articles[7].title)
  }
  const run = runs[interaction]
  if (!run) throw new Error(`no interaction ${interaction}: one of ${Object.keys(runs).join(', ')}`)
  await run(0)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await main.post('Profiler.enable')
  await main.post('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await main.post('Profiler.start')
  const result = await run(1)
  const { profile: mainProfile } = await main.post('Profiler.stop')
  const { profile: rendererProfile } = await cdp.send('Profiler.stop')
  console.log(`${interaction} at ${size.name}:`, JSON.stringify(result))
  console.log('\nrenderer, self time by function:\n  ' + selfTimes(rendererProfile as Profile).join('\n  '))
  console.log('\nmain, self time by function:\n  ' + selfTimes(mainProfile as unknown as Profile).join('\n  '))
  const out = path.join(os.tmpdir(), `diptych-profile-${interaction}-${size.name}`)
  writeFileSync(`${out}-renderer.cpuprofile`, JSON.stringify(rendererProfile))
  writeFileSync(`${out}-main.cpuprofile`, JSON.stringify(mainProfile))
  console.log(`\nprofiles: ${out}-renderer.cpuprofile, ${out}-main.cpuprofile`)
} finally {
  main.disconnect()
  await app.stop()
  await browser.close()
  rmSync(dir, { recursive: true, force: true })
}
