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

test('at 1024×700 a title or a hint too long for its field ends in an ellipsis, not cut mid-letter', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 1024, height: 700 })
  const picker = page.getByRole('region', { name: 'left pane' }).getByRole('combobox')
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await expect(picker).toHaveValue(/Belarus offers Azerbaijan/)
  // Both are cut at this size (the check is moot otherwise); how the cut ends is drawn, not boxed, so the
  // field's own rule for it is what can be read back.
  const cut = await picker.evaluate((input: HTMLInputElement) => [
    input.scrollWidth > input.clientWidth,
    getComputedStyle(input).textOverflow
  ])
  expect(cut).toEqual([true, 'ellipsis'])
  const hint = await search.evaluate((input: HTMLInputElement) => {
    const probe = document.createElement('span')
    probe.style.cssText = `font: ${getComputedStyle(input).font}; position: absolute; white-space: pre`
    probe.textContent = input.placeholder
    document.body.append(probe)
    const wide = probe.getBoundingClientRect().width
    probe.remove()
    const style = getComputedStyle(input)
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return [wide > room, style.textOverflow]
  })
  expect(hint).toEqual([true, 'ellipsis'])
})
