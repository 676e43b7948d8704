import { describe, expect, it } from 'vitest'
import { selectorsFor } from '../anchor'
import { editedEdition } from '../../testing/edition-edits'
import { judge } from '../../testing/tracked-edits'
import { moveHighlights, type HighlightMove } from './move-highlights'

const OLD = [
  'The council met on Tuesday to discuss the new bridge over the river.',
  'The mayor said the bridge would open in the spring of next year.',
  'Residents asked whether the old ferry would keep running during the works.',
  'A spokesman for the builders declined to comment on the cost.'
].join('\n\n')

function highlightOf(text: string, passage: string, id = passage) {
  const start = text.indexOf(passage)
  return { id, ...selectorsFor(text, start, start + passage.length) }
}

const only = (moves: HighlightMove[]) => moves[0]

describe('moving highlights onto a new edition', () => {
  it('moves a passage whose words did not change, wherever the edits before it pushed it', () => {
    const next = OLD.replace('The council met', 'After weeks of delay, the town council finally met')
    const h = highlightOf(OLD, 'Residents asked whether the old ferry would keep running')
    const move = only(moveHighlights(OLD, next, [h]))
    expect(move.outcome).toBe('moved')
    if (move.outcome !== 'moved') return
    expect(next.slice(move.selectors.position.start, move.selectors.position.end)).toBe(h.quote.exact)
    expect(move.selectors.position.start).toBe(next.indexOf('Residents asked'))
  })

  it('marks a passage whose wording changed, with the words before and after', () => {
    const next = OLD.replace('would open in the spring of next year', 'would open in the autumn of next year')
    const move = only(moveHighlights(OLD, next, [highlightOf(OLD, 'The mayor said the bridge would open in the spring of next year.')]))
    expect(move).toMatchObject({
      outcome: 'revised',
      before: 'The mayor said the bridge would open in the spring of next year.',
      after: 'The mayor said the bridge would open in the autumn of next year.'
    })
  })

  it('leaves a passage that is gone on the old edition, rather than put it anywhere', () => {
    const next = OLD.replace('A spokesman for the builders declined to comment on the cost.', 'The builders published their accounts.')
    const move = only(moveHighlights(OLD, next, [highlightOf(OLD, 'A spokesman for the builders declined to comment')]))
    expect(move.outcome).toBe('stayed')
  })

  it('keeps a short common word whose sentence was rewritten behind, even though "the" is still there', () => {
    const next = OLD.replace('Residents asked whether the old ferry would keep running during the works.', 'The ferry stops next month.')
    const h = highlightOf(OLD, 'the old', 'short')
    const move = only(moveHighlights(OLD, next, [h]))
    expect(move.outcome).toBe('stayed')
  })

  it('follows a paragraph moved elsewhere when its words and context came with it', () => {
    const parts = OLD.split('\n\n')
    const next = [parts[0], parts[2], parts[1], parts[3]].join('\n\n')
    const move = only(moveHighlights(OLD, next, [highlightOf(OLD, 'the bridge would open in the spring')]))
    expect(move.outcome).toBe('moved')
  })

  it('puts none of 1,000 highlights in a wrong place when 5% of the sentences were edited', () => {
    for (const seed of [1, 2, 3]) {
      const edition = editedEdition({ words: 20_000, highlights: 1000, editShare: 0.05, seed })
      const moves = moveHighlights(
        edition.oldText,
        edition.newText,
        edition.highlights.map((h, i) => ({ id: String(i), ...h }))
      )
      const verdicts = moves.map((m, i) => {
        const truth = edition.truth[i]
        if (!('selectors' in m)) return 'orphan'
        const { start, end } = m.selectors.position
        return judge({ status: 'fuzzy', start, end, score: 1 }, truth, edition.newText, edition.highlights[i])
      })
      const count = (v: string) => verdicts.filter((x) => x === v).length
      expect(count('wrong') + count('lookalike'), `seed ${seed}`).toBe(0)
      // Most passages are untouched by the edits: they all move.
      expect(count('right') + count('twin')).toBeGreaterThan(900)
      // What stayed is what the edits destroyed or changed past recognition, not more.
      const destroyed = edition.truth.filter((t) => t.touched).length
      expect(count('orphan')).toBeLessThanOrEqual(destroyed)
    }
  })

  it('changes nothing for an unchanged text', () => {
    const moves = moveHighlights(OLD, OLD, [highlightOf(OLD, 'declined to comment')])
    expect(moves[0]).toMatchObject({ outcome: 'moved', selectors: { position: { start: OLD.indexOf('declined to comment') } } })
  })
})
