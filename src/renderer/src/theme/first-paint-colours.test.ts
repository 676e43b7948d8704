// The window's colour before the page paints (src/shared/first-paint.ts) is each theme's canvas.
import { expect, it } from 'vitest'
import { CANVAS_COLOURS } from '../../../shared/first-paint'
import { PAINTED_THEMES, THEME_TOKENS } from './tokens'

it('the window behind the page has each theme’s canvas colour', () => {
  for (const theme of PAINTED_THEMES) expect(CANVAS_COLOURS[theme], theme).toBe(THEME_TOKENS[theme].canvas)
})
