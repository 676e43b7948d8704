import { describe, expect, it } from 'vitest'
import { useTempDirs } from './test-support/temp-dir'
import { placeWindow, readWindowState, writeWindowState } from './window-state'

const tempDir = useTempDirs()
const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 }
const MONITOR_RIGHT = { x: 1440, y: -200, width: 2560, height: 1415 }
const DEFAULTS = { width: 1440, height: 900 }
const MIN = { width: 720, height: 480 }

describe('window placement', () => {
  it('opens where it was closed when that still shows', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1200, height: 800 }, maximized: false }
    expect(placeWindow(saved, [LAPTOP, MONITOR_RIGHT], DEFAULTS, MIN)).toEqual(saved)
  })

  it('keeps the maximised state', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }
    expect(placeWindow(saved, [LAPTOP], DEFAULTS, MIN)).toEqual(saved)
  })

  it('comes back onto the primary display when its monitor is gone', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1800, height: 1200 }, maximized: false }
    expect(placeWindow(saved, [LAPTOP], DEFAULTS, MIN)).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 875 }, maximized: false })
  })

  it('pulls back a window that only peeks onto a display', () => {
    const saved = { bounds: { x: 1400, y: 700, width: 900, height: 600 }, maximized: false }
    expect(placeWindow(saved, [LAPTOP], DEFAULTS, MIN).bounds).toEqual({ x: 540, y: 275, width: 900, height: 600 })
  })

  it('shrinks a window larger than the display, down to its minimum at most', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false }
    expect(placeWindow(saved, [LAPTOP], DEFAULTS, MIN).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }
    expect(placeWindow(tiny, [LAPTOP], DEFAULTS, MIN).bounds).toEqual({ x: 10, y: 10, width: 720, height: 480 })
  })

  it('opens at the default size, centred, when nothing usable was saved', () => {
    for (const saved of [
      null,
      'x',
      {},
      { bounds: { x: 0, y: 0, width: NaN, height: 10 } },
      { bounds: { x: 0, y: 0, width: -5, height: 10 } }
    ]) {
      expect(placeWindow(saved, [LAPTOP], DEFAULTS, MIN)).toEqual({ bounds: DEFAULTS, maximized: false })
    }
  })

  it('is written to and read back from the per-machine folder', async () => {
    const dir = tempDir()
    expect(readWindowState(dir)).toBeNull()
    const state = { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: true }
    await writeWindowState(dir, state)
    expect(readWindowState(dir)).toEqual(state)
  })
})
