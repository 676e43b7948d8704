// Defects seen in the screenshots (npm run shots) at small sizes, each checked by the boxes on screen.
import { expect, test } from './fixtures'

for (const [width, height] of [
  [720, 480],
  [1280, 760]
]) {
  test(`at ${width}×${height} with Compare open no line of the text runs under the strip of counterparts`, async ({ app }) => {
    const page = app.page
    await page.setViewportSize({ width, height })
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Comparison' }).locator('.pair').first()).toBeVisible()
    for (const side of ['left', 'right']) {
      const pane = page.getByRole('region', { name: `${side} pane` })
      const strip = pane.locator('.coverage-strip')
      await expect(strip).toBeVisible()
      const stripLeft = (await strip.boundingBox())!.x
      // The right edge of each line of text: the blocks' boxes are as wide as the column, not as their lines.
      const lineEnds = await pane.locator('.article-text, .title-block').evaluateAll((blocks) =>
        blocks.flatMap((block) => {
          const range = document.createRange()
          range.selectNodeContents(block)
          return Array.from(range.getClientRects(), (r) => Math.round(r.right))
        })
      )
      expect(lineEnds.length).toBeGreaterThan(0)
      expect(lineEnds.filter((right) => right > stripLeft)).toEqual([])
    }
  })
}
