// Which page may talk to main: our renderer on app://diptych/, or the dev server electron-vite started.
// A custom scheme has no web origin (`new URL('app://diptych/').origin` is "null"), so scheme and host
// are compared, never origins or string prefixes.
export const APP_SCHEME = 'app'
export const APP_HOST = 'diptych'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export function isTrustedUrl(raw: string, devServer?: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (!devServer) return false
  try {
    const dev = new URL(devServer)
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin
  } catch {
    return false
  }
}
