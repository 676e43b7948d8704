// `/media/<name>` of the app's own origin: the pictures of the library, and nothing else. The Electron
// shell (app://) and the Chromium test harness both answer through this function, so that the one path
// check (assetFromPath) and the one set of headers hold for both.
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { assetFromPath, ASSET_ROUTE } from '../shared/asset-url'

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml'
}

export type MediaResponse = { status: 200; body: Buffer; headers: Record<string, string> } | { status: 404 }

/** Whether a request path belongs to the media route (answered by it alone, found or not). */
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith(`/${ASSET_ROUTE}/`)
}

/**
 * The picture a request path names, read from `<dataDir>/assets`, with its headers; 404 for a path
 * assetFromPath does not accept, a missing file, or anything but a regular file (a symlink is not
 * followed out of the folder). An SVG opened on its own gets a policy that lets it run and fetch nothing.
 */
export async function readMedia(dataDir: string, pathname: string): Promise<MediaResponse> {
  const name = assetFromPath(pathname)
  if (!name) return { status: 404 }
  const file = path.join(dataDir, 'assets', name)
  const stat = await fs.lstat(file).catch(() => null)
  if (!stat?.isFile()) return { status: 404 }
  const body = await fs.readFile(file).catch(() => null)
  if (!body) return { status: 404 }
  const ext = name.slice(name.lastIndexOf('.') + 1)
  const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[ext], 'X-Content-Type-Options': 'nosniff' }
  if (ext === 'svg') headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'"
  return { status: 200, body, headers }
}
