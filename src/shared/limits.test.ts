import { describe, expect, it } from 'vitest'
import { fitTags } from './limits'

describe('fitTags', () => {
  it('keeps one tag of those that differ only in case, as first written, and says so', () => {
    expect(fitTags(['Quote', 'quote', 'QUOTE', 'claim', 'claim'])).toEqual({
      tags: ['Quote', 'claim'],
      changes: ['a tag repeated in another case was kept once, as first written']
    })
  })

  it('folds line breaks before it compares', () => {
    expect(fitTags(['line\nbreak', 'Line break']).tags).toEqual(['line break'])
  })
})
