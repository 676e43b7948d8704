import { describe, expect, it } from 'vitest'
import { anchorMany, selectorsFor } from '../../shared/anchor'
import type { Highlight } from '../../shared/model'
import { orphanIds } from './export-orphans'

const TEXT =
  'The river rose in the night. By morning the bridge was gone, and the village on the far bank could only be reached by boat. ' +
  'The mayor said the bridge would be rebuilt before winter. Nobody believed him, but everyone repeated it.'

const highlight = (id: string, text: string, quote: string, extra: Partial<Highlight> = {}): Highlight => {
  const start = text.indexOf(quote)
  return {
    id,
    articleId: 'a',
    color: 'yellow',
    ...selectorsFor(text, start, start + quote.length),
    note: '',
    tags: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...extra
  }
}

/** What the export listed before the check at the stored place: anchorMany over all, and earlier editions. */
const anchoredOrphans = (text: string, hs: Highlight[]) => {
  const anchors = anchorMany(
    text,
    hs.map((h) => ({ quote: h.quote, position: h.position }))
  )
  return new Set(hs.filter((h, i) => h.edition !== undefined || anchors[i].status === 'orphan').map((h) => h.id))
}

describe('orphanIds', () => {
  const bridge = highlight('h1', TEXT, 'the bridge was gone')
  const mayor = highlight('h2', TEXT, 'The mayor said')
  const kept = highlight('h3', TEXT, 'Nobody believed him', { edition: 1 })

  it('lists only the highlights left on an earlier edition when every other one is where it was saved', () => {
    expect(orphanIds(TEXT, [bridge, mayor, kept])).toEqual(new Set(['h3']))
  })

  it('still finds a passage that moved, and lists one whose words are gone, as anchoring does', () => {
    const edited = 'A storm came first. ' + TEXT.replace('The mayor said', 'The council announced')
    const hs = [bridge, mayor, kept]
    expect(orphanIds(edited, hs)).toEqual(new Set(['h2', 'h3']))
    expect(orphanIds(edited, hs)).toEqual(anchoredOrphans(edited, hs))
  })

  it('lists an empty quote, and a quote whose context changed is anchored in full', () => {
    const empty = { ...bridge, id: 'h4', quote: { ...bridge.quote, exact: '' } }
    const otherContext = TEXT.replace('By morning', 'At dawn')
    expect(orphanIds(TEXT, [empty, mayor])).toEqual(anchoredOrphans(TEXT, [empty, mayor]))
    expect(orphanIds(otherContext, [bridge, mayor])).toEqual(anchoredOrphans(otherContext, [bridge, mayor]))
  })
})
