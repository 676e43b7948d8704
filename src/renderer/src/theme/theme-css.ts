// Writes styles/themes.css from the tokens: one block of custom properties per theme, and "system"
// taking the light or the dark one as the operating system says (prefers-color-scheme).
import { COLOR_SCHEME, PAINTED_THEMES, THEME_TOKENS, type PaintedTheme } from './tokens'

function block(selector: string, theme: PaintedTheme, indent = ''): string {
  const lines = Object.entries(THEME_TOKENS[theme]).map(([name, value]) => `${indent}  --${name}: ${value};`)
  lines.push(`${indent}  color-scheme: ${COLOR_SCHEME[theme]};`)
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}`
}

export function themeCss(): string {
  const parts = [
    '/* Generated from src/renderer/src/theme/tokens.ts by theme-css.ts: do not edit by hand.',
    '   Regenerate with UPDATE_THEME_CSS=1 npx vitest run src/renderer/src/theme */',
    block(":root,\n:root[data-theme='light'],\n:root[data-theme='system']", 'light'),
    ...PAINTED_THEMES.filter((t) => t !== 'light').map((t) => block(`:root[data-theme='${t}']`, t)),
    `@media (prefers-color-scheme: dark) {\n${block(":root[data-theme='system']", 'dark', '  ')}\n}`
  ]
  return parts.join('\n\n') + '\n'
}
