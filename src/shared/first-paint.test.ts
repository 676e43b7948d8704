import { describe, expect, it } from 'vitest'
import { pageInTheme, windowBackground } from './first-paint'

const page = '<!doctype html>\n<html lang="en">\n  <head></head><body><div id="app"></div></body>\n</html>\n'

describe('the first frame in the saved theme', () => {
  it('writes the theme on the root element, and nowhere else', () => {
    const dark = pageInTheme(page, 'dark')
    expect(dark).toContain('<html lang="en" data-theme="dark">')
    expect(dark.replace(' data-theme="dark"', '')).toBe(page)
  })

  it('replaces a theme already written rather than add a second', () => {
    expect(pageInTheme(pageInTheme(page, 'dark'), 'sepia').match(/data-theme/g)).toHaveLength(1)
    expect(pageInTheme(pageInTheme(page, 'dark'), 'sepia')).toContain('data-theme="sepia"')
  })

  it('gives the window the theme’s background, the system’s for “follow the system”', () => {
    expect(windowBackground('dark', false)).toBe('#141413')
    expect(windowBackground('system', true)).toBe('#141413')
    expect(windowBackground('system', false)).toBe('#efece6')
    expect(windowBackground('sepia', true)).toBe('#e9dec6')
  })
})
