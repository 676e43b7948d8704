import { describe, expect, it } from 'vitest'
import { acceptArrival, LinkInbox, linksInArgv, type LinkArrival } from './link-inbox'

const HIGHLIGHT = 'diptych://article/a1/highlight/h2?quote=we%20have%20to'

function inbox() {
  const handed: LinkArrival[] = []
  const box = new LinkInbox((a) => handed.push(a))
  return { box, handed, uris: () => handed.map((a) => ('uri' in a ? a.uri : a.refused)) }
}

describe('the links a command line carries', () => {
  it('finds the link among the program, the app path and Chromium’s switches (Windows, Linux, development)', () => {
    // Packaged on Windows: the registry's command is "Diptych.exe" "%1".
    expect(linksInArgv(['C:\\Program Files\\Diptych\\Diptych.exe', 'diptych://article/a1'])).toEqual(['diptych://article/a1'])
    // A second instance's argv as Chromium passes it on, with switches of its own before the link.
    expect(
      linksInArgv(['/opt/Diptych/diptych', '--allow-file-access-from-files', '--original-process-start-time=1337', 'diptych://pair/a/b'])
    ).toEqual(['diptych://pair/a/b'])
    // In development: electron, the app's folder, then the link.
    expect(linksInArgv(['/usr/lib/electron/electron', '/home/r/diptych', 'DIPTYCH://article/a1/'])).toEqual(['DIPTYCH://article/a1/'])
    // A cold start without a link, and a file path that merely mentions the scheme.
    expect(linksInArgv(['/opt/Diptych/diptych', '--data-dir=/tmp/x'])).toEqual([])
    expect(linksInArgv(['/opt/Diptych/diptych', '/home/r/diptych:notes.md'])).toEqual([])
  })
})

describe('the inbox between the system and the page', () => {
  it('holds links that come before the page is ready (macOS open-url before ready, a cold start’s argv), then hands them in order', () => {
    const { box, handed, uris } = inbox()
    box.receive(HIGHLIGHT)
    box.receiveArgv(['/opt/Diptych/diptych', 'diptych://article/b2'])
    expect(handed).toEqual([])
    box.pageReady()
    expect(uris()).toEqual([HIGHLIGHT, 'diptych://article/b2'])
    expect(handed[0]).toMatchObject({ link: { kind: 'highlight', articleId: 'a1', highlightId: 'h2' } })
  })

  it('hands a link once when it comes twice as the app starts (open-url and argv for one click), and again when opened again', () => {
    const { box, uris } = inbox()
    box.receive('diptych://article/a1')
    box.receiveArgv(['diptych', 'diptych://article/a1/'])
    box.pageReady()
    expect(uris()).toEqual(['diptych://article/a1'])
    box.receive('diptych://article/a1')
    expect(uris()).toEqual(['diptych://article/a1', 'diptych://article/a1'])
  })

  it('refuses a link that does not parse, in a sentence, and hands nothing of it', () => {
    const { box, handed } = inbox()
    box.pageReady()
    box.receiveArgv(['diptych', 'diptych://article/..%2F..%2Flibrary.json'])
    box.receive('diptych://library/all')
    expect(handed).toEqual([
      { refused: 'Diptych cannot open this link: it does not name an article, or an article and one of its highlights.' },
      { refused: 'Diptych cannot open this link: Diptych has no “library” to open.' }
    ])
  })

  it('waits again while the page reloads', () => {
    const { box, uris } = inbox()
    box.pageReady()
    box.pageGone()
    box.receive('diptych://pair/a1/b2/link/l3')
    expect(uris()).toEqual([])
    box.pageReady()
    expect(uris()).toEqual(['diptych://pair/a1/b2/link/l3'])
  })
})

describe('what the page side accepts from main', () => {
  it('takes a link that parses or a refusal, nothing else', () => {
    expect(acceptArrival({ uri: 'diptych://article/a1' })).toEqual({
      uri: 'diptych://article/a1',
      link: { kind: 'article', articleId: 'a1' }
    })
    expect(acceptArrival({ uri: 'diptych://article/a1', link: { kind: 'pair' } })).toEqual({
      uri: 'diptych://article/a1',
      link: { kind: 'article', articleId: 'a1' }
    })
    expect(acceptArrival({ refused: 'x'.repeat(1000) })).toEqual({ refused: 'x'.repeat(300) })
    for (const bad of [
      null,
      'diptych://article/a1',
      { uri: 'diptych://article/../a1' },
      { uri: 'DIPTYCH://article/a1' },
      { uri: 'https://example.org' },
      { uri: 42 },
      {}
    ])
      expect(acceptArrival(bad)).toBeNull()
  })
})
