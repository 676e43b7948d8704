// What a reader sees at a spot: the colour on screen in the middle of an element, read back from a
// screenshot of it (not from the element's own data), and the page's background to compare with.
import type { Locator, Page } from '@playwright/test'

export async function colourAtCentre(element: Locator): Promise<[number, number, number]> {
  return centreOf(element.page(), await element.screenshot())
}

/** The colour on screen in the middle of a small rectangle of the page (an edge, a ring). */
export async function colourAt(
  page: Page,
  clip: { x: number; y: number; width: number; height: number }
): Promise<[number, number, number]> {
  return centreOf(page, await page.screenshot({ clip }))
}

async function centreOf(page: Page, shot: Buffer): Promise<[number, number, number]> {
  return page.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const context = canvas.getContext('2d')!
    context.drawImage(img, 0, 0)
    const [r, g, b] = context.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 2), 1, 1).data
    return [r, g, b] as [number, number, number]
  }, shot.toString('base64'))
}

/** Whether two colours are within `tolerance` (sum of channel differences) of each other. */
export function near(a: readonly number[], b: readonly number[], tolerance = 30): boolean {
  return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) < tolerance
}
