import { describe, expect, it } from 'vitest'
import { align } from '../../../shared/compare'
import { containment, coverage, words } from './metrics'

// What the verbatim+close coverage gives (align, then metrics.coverage) on a heavy rewrite that keeps the
// source's names and numbers, and on a partial copy: two sentences of the source among the writer's own.
const source = `The Harbour Board of Westport voted on Thursday to close the old pier at Kelly Point for at least 18 months, after engineers found that 40 of its 212 timber piles had rotted through. Repairs are expected to cost £4.2 million, to be shared between the board and Westport Council. The pier, built in 1893, is used by about 30 fishing boats and by the summer ferry to Inish Mor. The board's chair, Maura Quinn, said the decision had not been taken lightly. Boats will move to the new marina on the east side of the harbour, where 25 extra berths are being added.`

const heavy = `Fishermen at Kelly Point will have to find new moorings: engineers inspecting the pier, which dates from 1893, discovered rot in 40 of its 212 wooden supports, and the Harbour Board of Westport has shut it for a minimum of 18 months. Fixing it will take £4.2 million, with Westport Council paying part of the bill. Around 30 trawlers and the Inish Mor ferry tie up there each summer. Maura Quinn, who chairs the board, insisted the step was a hard one. The fleet is moving across to the marina on the harbour's east side, which is gaining 25 berths.`

const copied = [
  'The Harbour Board of Westport voted on Thursday to close the old pier at Kelly Point for at least 18 months, after engineers found that 40 of its 212 timber piles had rotted through.',
  'Boats will move to the new marina on the east side of the harbour, where 25 extra berths are being added.'
]
const partial = `Westport's fishermen are angry. ${copied[0]} Many skippers say they were not consulted, and some fear the new moorings will be too crowded in August. ${copied[1]} One skipper, who asked not to be named, said he would rather tie up in the next town along the coast.`

const cover = (answer: string): number =>
  coverage(
    answer,
    source,
    align(answer, source, { minScore: 0 }).filter((p) => p.kind !== 'paraphrase')
  )

describe('verbatim+close coverage', () => {
  it('gives a heavy rewrite little for the names and numbers it keeps, less than 3-gram containment does', () => {
    expect(cover(heavy)).toBeLessThan(0.1)
    expect(cover(heavy)).toBeLessThan(containment(heavy, source))
  })

  it('gives a partial copy about the share of its words that were copied', () => {
    const share = copied.reduce((n, s) => n + words(s).length, 0) / words(partial).length
    expect(cover(partial)).toBeGreaterThan(share - 0.1)
    expect(cover(partial)).toBeLessThanOrEqual(share)
  })
})
