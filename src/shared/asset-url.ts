// Where the renderer finds a picture of the library: a path of the app's own origin, which the shell
// (app://) and the test harness map to the library's `assets` folder and nowhere else.

/** An asset file name: a SHA-256 in hex and an image extension; nothing that could leave the folder. */
export const ASSET_NAME = /^[0-9a-f]{64}\.(?:png|jpg|gif|webp|avif|svg)$/

/** The first path segment of asset addresses; not `assets`, which the built renderer's own files use. */
export const ASSET_ROUTE = 'media'

/** The address, relative to the app's page, of a saved picture; undefined for a name that is no asset. */
export function assetUrl(name: string): string | undefined {
  return ASSET_NAME.test(name) ? `${ASSET_ROUTE}/${name}` : undefined
}

/** The asset a request path names (`/media/<name>`), or undefined when it names anything else. */
export function assetFromPath(pathname: string): string | undefined {
  const match = /^\/media\/([^/]+)$/.exec(pathname)
  return match && ASSET_NAME.test(match[1]) ? match[1] : undefined
}

/** Every asset the articles of a library use, trashed articles included (they may be restored). */
export function assetsInUse(library: { articles: readonly { assets?: readonly string[] }[] }): Set<string> {
  return new Set(library.articles.flatMap((a) => a.assets ?? []))
}
