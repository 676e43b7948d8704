// A small window (720×480) still reads: no title word broken across lines, every top-bar control on screen,
// each pane's bar on one row with all its commands still at hand.
import { expect, test } from './fixtures'
import { brokenWords } from './measure'

test('at 720×480 no word of an article title is broken across lines', async ({ app }) => {
  await app.page.setViewportSize({ width: 720, height: 480 })
  const broken = await brokenWords(app.page.locator('.pane .title'))
  expect(broken).toEqual([])
})

test('at 720×480 every control of the top bar is on screen', async ({ app }) => {
  const page = app.page
  await page.setViewportSize({ width: 720, height: 480 })
  await expect(page.locator('.topbar button').first()).toBeVisible()
  const off = await page
    .locator('.topbar button, .topbar input')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth)
        .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim())
    )
  expect(off).toEqual([])
})

for (const [width, height] of [
  [720, 480],
  [1024, 700]
]) {
  test(`at ${width}×${height} each pane's bar is one row, and Find Sources is still reached by the keyboard`, async ({ app }) => {
    const page = app.page
    // From the first window's size down to this one, as a reader narrows it: the library stays docked where it fits.
    await page.setViewportSize({ width, height })
    const left = page.getByRole('region', { name: 'left pane' })
    await expect(left.locator('.title')).toBeVisible()
    // At 1024 px the library stays docked beside the panes, which leaves each pane the least room.
    if (width === 1024) await expect(page.locator('.app')).not.toHaveClass(/library-hidden/)
    // The items of a bar (picker, buttons, menus) that lie below its first item's row, by name.
    const belowFirstRow = await page.locator('.pane-bar').evaluateAll((bars) =>
      bars.flatMap((bar) => {
        const items = Array.from(bar.children).filter((el) => el.getBoundingClientRect().height > 0)
        const firstBottom = items[0].getBoundingClientRect().bottom
        return items
          .filter((el) => el.getBoundingClientRect().top >= firstBottom)
          .map((el) => el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? el.getAttribute('aria-label') ?? el.textContent)
      })
    )
    expect(belowFirstRow).toEqual([])
    await page.screenshot({ path: `test-results/pane-bar-${width}x${height}.png` })

    // From the picker: Annotations, then the pane's More menu, whose first item finds the sources.
    await left.getByRole('combobox', { name: 'Article in left pane' }).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(left.getByRole('button', { name: 'More commands of the left pane' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(left.getByRole('menuitem', { name: 'Find sources' })).toBeFocused()
    await page.screenshot({ path: `test-results/pane-more-menu-${width}x${height}.png` })
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: /^Sources of “Belarus offers Azerbaijan help/ })).toBeVisible()
  })
}
