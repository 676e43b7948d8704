// The themes as painted: styles/themes.css is exactly what the tokens generate, and in every theme
// text on each highlight colour and each highlight's mark against the page are readable.
// eslint-disable-next-line no-restricted-imports -- a test, not the renderer: it reads the files it checks
import { readdirSync, readFileSync } from 'node:fs'
// eslint-disable-next-line no-restricted-imports -- as above
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS } from '../../../shared/model'
import { contrast } from './contrast'
import { themeCss } from './theme-css'
import { PAINTED_THEMES, THEME_TOKENS } from './tokens'

const src = path.resolve(import.meta.dirname, '..')
const read = (names: string[]) => Object.fromEntries(names.map((n) => [n, readFileSync(path.join(src, n), 'utf8')]))
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
const sheets = read(files.filter((f) => f.startsWith('styles') && f.endsWith('.css')))
const vues = read(files.filter((f) => f.endsWith('.vue')))

describe('themes.css', () => {
  it('is generated from the tokens (node scripts/write-theme-css.mjs)', () => {
    expect(sheets[path.join('styles', 'themes.css')]).toBe(themeCss())
  })

  it('is the only stylesheet that names a colour: the others and the components use the tokens', () => {
    const named = Object.entries({ ...sheets, ...vues })
      .filter(([name]) => !name.endsWith('themes.css'))
      .flatMap(([name, css]) => (css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).map((c) => `${name}: ${c}`))
    expect(named).toEqual([])
    expect(Object.keys(vues).length, 'the components were read').toBeGreaterThan(20)
  })
})

describe.each(PAINTED_THEMES)('the %s theme', (theme) => {
  const t = THEME_TOKENS[theme]
  const ratio = (fg: string, bg: string) => Math.round(contrast(fg, bg, t.paper) * 100) / 100

  it.each(HIGHLIGHT_COLORS)('text on a %s highlight is at least 4.5:1', (color) => {
    expect(ratio(t.ink, t[`hl-${color}`])).toBeGreaterThanOrEqual(4.5)
  })

  // The second cue: each highlight is underlined in its mark colour, which stands out from the page and
  // from the highlight's own tint (the tint alone is often under 3:1 against the page).
  it.each(HIGHLIGHT_COLORS)('the %s mark (its underline) is at least 3:1 against the page and its tint', (color) => {
    expect(ratio(t[`mark-${color}`], t.paper)).toBeGreaterThanOrEqual(3)
    expect(ratio(t[`mark-${color}`], t[`hl-${color}`])).toBeGreaterThanOrEqual(3)
  })

  it('text, links, buttons, messages and word diffs are at least 4.5:1', () => {
    const pairs: [string, string, string][] = [
      ['ink on paper', t.ink, t.paper],
      ['soft ink on paper', t['ink-soft'], t.paper],
      ['faint ink on paper', t['ink-faint'], t.paper],
      ['faint ink on a side panel', t['ink-faint'], t.sunk],
      ['accent on paper', t.accent, t.paper],
      ['accent on a surface', t.accent, t.surface],
      ['accent on its soft tint', t.accent, t['accent-soft']],
      ['faint ink on an open article (the soft tint)', t['ink-faint'], t['accent-soft']],
      ['soft ink on a raised surface', t['ink-soft'], t.surface],
      ['text on an accent button', t['on-accent'], t.accent],
      ['danger on paper', t.danger, t.paper],
      ['ok on paper', t.ok, t.paper],
      ['caution on paper', t.caution, t.paper],
      ['a message', t['chip-ink'], t['chip-bg']],
      ['a warning', t['chip-ink'], t['notice-warning']],
      ['an error', t['chip-ink'], t['notice-error']],
      ['a removed word', t['diff-del-ink'], t['diff-del-bg']],
      ['an added word', t['diff-ins-ink'], t['diff-ins-bg']]
    ]
    const low = pairs.filter(([, fg, bg]) => ratio(fg, bg) < 4.5).map(([what, fg, bg]) => `${what}: ${ratio(fg, bg)}`)
    expect(low).toEqual([])
  })

  it('focus rings and field borders stand out: the accent at least 3:1 against the page', () => {
    expect(ratio(t.accent, t.paper)).toBeGreaterThanOrEqual(3)
  })
})
