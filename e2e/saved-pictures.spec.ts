// A saved article's picture shows from the library folder alone: the pixels under it are the picture's,
// and showing it makes no request outside the app's own origin (the harness aborts any other; here
// they are counted). In every mode: how the app addresses its pictures is its own business.
import { expect, test } from './fixtures'
import { colourAtCentre, near } from './pixels'
import { openTestApp } from '../src/node/test-support/test-app'
import { solidPng } from '../src/node/test-support/pictures'

const RED: [number, number, number] = [200, 30, 30]

test('a figure with a saved picture shows it, and reading makes no request outside the app', async ({ app }) => {
  await app.stop()
  const library = await openTestApp(app.dataDir)
  const saved = await library.assets.save(solidPng(240, 160, RED))
  if (!saved.ok) throw new Error(saved.error)
  const article = await library.library.addArticle(
    { id: 'with-picture', title: 'A page with a chart', format: 'html', tags: [], assets: [saved.value] },
    [
      { kind: 'paragraph', text: 'The chart below shows the figures of the year.' },
      {
        kind: 'figure',
        text: 'The figures of the year.',
        image: { alt: 'A red chart', asset: saved.value, src: 'https://example.org/chart.png' }
      }
    ]
  )
  await library.library.updateSettings({ panes: [article.id, null] })
  await library.store.close()
  await app.start()

  // Counted from a fresh load of the page, every request it makes while showing the article.
  const requests: string[] = []
  app.page.on('request', (request) => requests.push(request.url()))
  await app.page.reload()
  await app.page.locator('.app[data-ready="true"]').waitFor()
  const picture = app.page.getByRole('region', { name: 'left pane' }).getByRole('img', { name: 'A red chart' })
  await expect(picture).toBeVisible()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240)

  // What is on screen where the picture is, read back from a screenshot of that spot.
  const [r, g, b] = await colourAtCentre(picture)
  const background = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(`rgb(${r}, ${g}, ${b})`).not.toBe(background)
  expect(near([r, g, b], RED)).toBe(true)

  // The app's own origin is wherever the page came from (a routed test host, the local server, app://).
  const page = new URL(app.page.url())
  const own = `${page.protocol}//${page.host}/`
  expect(requests.filter((url) => !url.startsWith(own))).toEqual([])
})

test('the app’s origin serves the library’s pictures under media/ and nothing else there', async ({ app }) => {
  await app.stop()
  const library = await openTestApp(app.dataDir)
  const saved = await library.assets.save(solidPng(24, 16, RED))
  if (!saved.ok) throw new Error(saved.error)
  await library.store.close()
  await app.start()
  const load = (src: string) =>
    app.page.evaluate(async (url) => {
      const img = new Image()
      img.src = url
      return img.decode().then(
        () => img.naturalWidth,
        () => 0
      )
    }, src)
  expect(await load(`media/${saved.value}`)).toBe(24)
  expect(await load(`media/${'f'.repeat(64)}.png`)).toBe(0)
  expect(await load('media/..%2flibrary.json')).toBe(0)
  // Remote pictures stay refused, whatever the page asks for.
  expect(await load('https://example.org/chart.png')).toBe(0)
})
