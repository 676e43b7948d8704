import { expect, test } from './fixtures'

const ANADOLU = 'Belarus offers Azerbaijan help in restoring Karabakh region'
const TREND =
  'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions'

test('first run opens the two seed articles side by side', async ({ app }) => {
  const left = app.page.getByRole('region', { name: 'left pane' })
  const right = app.page.getByRole('region', { name: 'right pane' })
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(ANADOLU)
  await expect(right.getByRole('heading', { level: 1 })).toHaveText(TREND)
  await expect(left.getByText('Anadolu Agency', { exact: true })).toBeVisible()
  await expect(right.getByText('Trend', { exact: true })).toBeVisible()
  // Capture noise is not article text.
  await expect(left.locator('.article-text')).not.toContainText('Contact Us')
  await expect(left.locator('.article-text')).not.toContainText('REUTERS File Photo')
  await expect(right.locator('.article-text')).not.toContainText('date 2024-05-16')
  // The transcript's salutations are paragraphs of their own.
  await expect(right.locator('.article-text p', { hasText: /^Dear guests\.$/ })).toHaveCount(1)
  await expect(right.getByRole('heading', { name: 'Statement by President Ilham Aliyev' })).toBeVisible()
  const [l, r] = await Promise.all([left.boundingBox(), right.boundingBox()])
  expect(l!.x + l!.width).toBeLessThanOrEqual(r!.x)
})

test('swap the panes, close one, and open an article in a pane', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const right = page.getByRole('region', { name: 'right pane' })
  await page.getByRole('button', { name: 'Swap panes' }).click()
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(TREND)
  await expect(right.getByRole('heading', { level: 1 })).toHaveText(ANADOLU)

  await page.getByRole('button', { name: 'Close right pane' }).click()
  await expect(right).toBeHidden()
  const single = await left.boundingBox()
  expect(single!.width).toBeGreaterThan(900)

  await page.getByRole('button', { name: `Open “${ANADOLU}” in the right pane` }).click()
  await expect(right.getByRole('heading', { level: 1 })).toHaveText(ANADOLU)

  // The picker is a searchable list: type words of the title, then pick with the mouse…
  const picker = left.getByRole('combobox', { name: 'Article in left pane' })
  await picker.fill(ANADOLU.split(' ').slice(0, 2).join(' '))
  await left.getByRole('option', { name: ANADOLU }).click()
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(ANADOLU)
  await expect(picker).toHaveValue(ANADOLU)

  // …or with the keyboard alone: the list opens on Arrow Down, Enter picks, Escape closes without picking.
  await picker.focus()
  await page.keyboard.type(TREND.split(' ').slice(0, 2).join(' ').toLowerCase())
  await expect(picker).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(picker).toHaveAttribute('aria-expanded', 'false')
  await expect(picker).toHaveValue(ANADOLU)
  await page.keyboard.press('ArrowDown')
  await expect(left.getByRole('option')).toHaveCount(2)
  await expect(left.getByRole('option', { name: ANADOLU })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(TREND.split(' ').slice(0, 2).join(' ').toLowerCase())
  await expect(left.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(TREND)
})

test('a restart keeps the open articles and the reading position', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Swap panes' }).click()
  const trendPane = page.getByRole('region', { name: 'left pane' })
  await expect(trendPane.getByRole('heading', { level: 1 })).toHaveText(TREND)
  // Blocks off screen have estimated heights until rendered: scroll until the paragraph stays at the top.
  const paragraphStart = await trendPane.locator('.pane-scroll').evaluate(async (el, text) => {
    const p = Array.from(el.querySelectorAll<HTMLElement>('[data-start]')).find((x) => x.textContent?.startsWith(text))!
    for (let i = 0; i < 10; i++) {
      el.scrollTop += p.getBoundingClientRect().top - el.getBoundingClientRect().top
      await new Promise(requestAnimationFrame)
    }
    return Number(p.dataset.start)
  }, 'Also today we discussed')
  // The position is saved shortly after scrolling stops: wait until the library holds it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const lib = await window.api.getLibrary()
        return lib.ok ? (lib.value.settings.positions['trend-2024-05-16'] ?? -1) : -1
      })
    )
    .toBeGreaterThanOrEqual(paragraphStart)

  await app.restart()
  const left = app.page.getByRole('region', { name: 'left pane' })
  await expect(left.getByRole('heading', { level: 1 })).toHaveText(TREND)
  await expect(app.page.getByRole('region', { name: 'right pane' }).getByRole('heading', { level: 1 })).toHaveText(ANADOLU)
  const topText = await left.locator('.pane-scroll').evaluate((el) => {
    const box = el.getBoundingClientRect()
    const p = Array.from(el.querySelectorAll<HTMLElement>('[data-start]')).find((b) => b.getBoundingClientRect().bottom > box.top + 10)
    return p?.textContent ?? ''
  })
  expect(topText).toContain('Also today we discussed issues related to security')
})

test('hiding the library gives its width to the panes', async ({ app }) => {
  const page = app.page
  const left = page.getByRole('region', { name: 'left pane' })
  const before = (await left.boundingBox())!.width
  await page.getByRole('button', { name: 'Show library' }).click()
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden()
  await expect.poll(async () => (await left.boundingBox())!.width).toBeGreaterThan(before + 100)
  await expect(left.getByRole('heading', { level: 1 })).toBeVisible()
})
