// The first frame in the reader's theme. The page's policy allows no inline script, so nothing on the
// page can set the theme before the stylesheet paints; instead whoever serves index.html (the app://
// protocol, the browser mode's server, the test harness) writes the saved theme into its <html> element,
// and the Electron window is made with the theme's background behind the page.
import type { Theme } from './model'

/** Behind the page in each painted theme: the stylesheets' `--canvas` (a test holds them equal). */
export const CANVAS_COLOURS = { light: '#efece6', sepia: '#e9dec6', dark: '#141413' } as const

/** index.html with the theme on its root element, where styles/themes.css keys on it. */
export function pageInTheme(html: string, theme: Theme): string {
  return html.replace(/<html\b([^>]*)>/i, (_tag, attributes: string) => {
    const others = attributes.replace(/\sdata-theme=("[^"]*"|'[^']*'|\S*)/gi, '')
    return `<html${others} data-theme="${theme}">`
  })
}

/** The window's own colour before the page paints; `system` follows what the system shows. */
export function windowBackground(theme: Theme, systemDark: boolean): string {
  return CANVAS_COLOURS[theme === 'system' ? (systemDark ? 'dark' : 'light') : theme]
}
