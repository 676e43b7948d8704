import { describe, expect, it } from 'vitest'
import type { ArticleMeta, Highlight } from './model'
import {
  applyTagChange,
  dedupeTags,
  deleting,
  hasTag,
  isEmptyTagChange,
  isTagUsed,
  renaming,
  retag,
  sameTagChange,
  spellTags,
  tagChangeApplies,
  tagCounts,
  tagSpellings,
  tagsAsInLibrary
} from './tag-ops'

const tagged = (id: string, tags: string[]) => ({ id, tags }) as unknown as Highlight
const article = (id: string, tags: string[], deletedAt?: string) => ({ id, tags, deletedAt }) as unknown as ArticleMeta

function library() {
  return {
    highlights: [tagged('h1', ['quote', 'aliyev']), tagged('h2', ['Quote']), tagged('h3', ['claim'])],
    articles: [article('a1', ['QUOTE', 'press']), article('a2', ['Trash'], '2024-05-16')]
  }
}

describe('tag ops', () => {
  it('match tags whatever their case and keep the first spelling', () => {
    expect(hasTag(['Quote'], 'qUOTE')).toBe(true)
    expect(dedupeTags([' quote ', 'Quote', '', 'QUOTE', 'claim'])).toEqual(['quote', 'claim'])
  })

  it('spell a tag as it is already in the library, leaving out the item being edited', () => {
    const lib = library()
    expect(tagsAsInLibrary(lib, ['Quote', 'PRESS', 'new', 'NEW'])).toEqual(['quote', 'press', 'new'])
    const h3 = lib.highlights[2]
    expect(tagsAsInLibrary(lib, ['Claim'], h3)).toEqual(['Claim'])
    expect(tagsAsInLibrary(lib, ['Claim'])).toEqual(['claim'])
  })

  it('spell a batch of tag lists with one map: a tag new to the library is spelt as it first came', () => {
    const spellings = tagSpellings(library())
    expect(spellTags(['QUOTE', 'Fresh'], spellings)).toEqual(['quote', 'Fresh'])
    expect(spellTags(['fresh', 'FRESH', 'claim'], spellings)).toEqual(['Fresh', 'claim'])
  })

  it('count each tag once whatever its spellings, leaving out articles in the trash', () => {
    expect(tagCounts(library())).toEqual([
      { tag: 'aliyev', highlights: 1, articles: 0 },
      { tag: 'claim', highlights: 1, articles: 0 },
      { tag: 'press', highlights: 0, articles: 1 },
      { tag: 'quote', highlights: 2, articles: 1 }
    ])
  })

  it('rename every spelling of a tag, and undo it exactly', () => {
    const lib = library()
    const change = retag(lib, 'QUOTE', renaming(lib, 'QUOTE', 'cited'))
    expect(lib.highlights.map((h) => h.tags)).toEqual([['cited', 'aliyev'], ['cited'], ['claim']])
    expect(lib.articles[0].tags).toEqual(['cited', 'press'])
    applyTagChange(lib, change)
    expect(lib).toEqual(library())
  })

  it('merge onto a tag that exists keeps that tag’s spelling; a rename of case only respells', () => {
    const lib = library()
    retag(lib, 'claim', renaming(lib, 'claim', 'ALIYEV'))
    expect(lib.highlights.map((h) => h.tags)).toEqual([['quote', 'aliyev'], ['Quote'], ['aliyev']])
    retag(lib, 'aliyev', renaming(lib, 'aliyev', 'Aliyev'))
    expect(lib.highlights.map((h) => h.tags)).toEqual([['quote', 'Aliyev'], ['Quote'], ['Aliyev']])
    retag(lib, 'aliyev', renaming(lib, 'aliyev', 'quote'))
    expect(lib.highlights[0].tags).toEqual(['quote'])
  })

  it('delete every spelling of a tag; a tag nobody carries changes nothing', () => {
    const lib = library()
    const change = retag(lib, 'Quote', deleting('Quote'))
    expect(change.highlights.map((h) => h.id)).toEqual(['h1', 'h2'])
    expect(lib.highlights.map((h) => h.tags)).toEqual([['aliyev'], [], ['claim']])
    expect(lib.articles[0].tags).toEqual(['press'])
    expect(isEmptyTagChange(retag(lib, 'nothing', deleting('nothing')))).toBe(true)
  })

  it('tell whether a tag is used at all, in any spelling, by a highlight or an article (in the trash too)', () => {
    const lib = library()
    expect(isTagUsed(lib, 'CLAIM')).toBe(true)
    expect(isTagUsed(lib, 'Press')).toBe(true)
    expect(isTagUsed(lib, 'trash')).toBe(true)
    expect(isTagUsed(lib, 'nothing')).toBe(false)
  })

  it('tell two changes apart by their items and the tags those had, not by their order', () => {
    const change = { highlights: [tagged('a', ['x']), tagged('b', ['x', 'y'])], articles: [] }
    expect(sameTagChange(change, { highlights: [tagged('b', ['x', 'y']), tagged('a', ['x'])], articles: [] })).toBe(true)
    expect(sameTagChange(change, { highlights: [tagged('a', ['x']), tagged('b', ['x'])], articles: [] })).toBe(false)
    expect(sameTagChange(change, { highlights: [tagged('a', ['x'])], articles: [] })).toBe(false)
    expect(sameTagChange(change, { highlights: change.highlights, articles: [article('c', ['x'])] })).toBe(false)
  })

  it('tell whether every item of a change is still in the library', () => {
    const lib = library()
    const change = retag(lib, 'quote', deleting('quote'))
    expect(tagChangeApplies(lib, change)).toBe(true)
    lib.highlights = lib.highlights.filter((h) => h.id !== 'h2')
    expect(tagChangeApplies(lib, change)).toBe(false)
  })
})
