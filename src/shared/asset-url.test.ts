import { describe, expect, it } from 'vitest'
import { assetFromPath, assetUrl } from './asset-url'

const NAME = 'a'.repeat(64) + '.png'

describe('asset addresses', () => {
  it('are relative paths under media/ for asset names only', () => {
    expect(assetUrl(NAME)).toBe(`media/${NAME}`)
    for (const bad of ['../library.json', 'A'.repeat(64) + '.png', 'a'.repeat(64) + '.exe', 'a'.repeat(63) + '.png', `${NAME}/x`]) {
      expect(assetUrl(bad), bad).toBeUndefined()
    }
  })

  it('are read back from a request path, and nothing else is', () => {
    expect(assetFromPath(`/media/${NAME}`)).toBe(NAME)
    for (const bad of [`/media/../${NAME}`, `/assets/${NAME}`, `/media/${NAME}/`, `/media/%2e%2e`, '/media/']) {
      expect(assetFromPath(bad), bad).toBeUndefined()
    }
  })
})
