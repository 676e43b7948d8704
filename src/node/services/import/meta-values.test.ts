import { describe, expect, it } from 'vitest'
import { firstText, metaDate, metaLanguage, metaTags, metaText } from './meta-values'

describe('metaText', () => {
  it('makes one trimmed line of a string or number, and shortens long values', () => {
    expect(metaText('  two\n  lines\t ')).toBe('two lines')
    expect(metaText(2024)).toBe('2024')
    expect(metaText({ name: 'x' })).toBeUndefined()
    expect(metaText('   ')).toBeUndefined()
    const long = metaText('word '.repeat(200))!
    expect(long.length).toBeLessThanOrEqual(300)
    expect(long.endsWith('…')).toBe(true)
  })

  it('takes the first usable candidate', () => {
    expect(firstText(undefined, '', ' ', 'second', 'third')).toBe('second')
  })
})

describe('metaDate', () => {
  it('keeps ISO dates and date-times as given', () => {
    expect(metaDate('2024-05-16')).toBe('2024-05-16')
    expect(metaDate('2024-05-16T08:30:00+01:00')).toBe('2024-05-16T08:30:00+01:00')
    expect(metaDate('2024-05-16T08:30:00.000Z')).toBe('2024-05-16T08:30:00.000Z')
  })

  it('reads other dates as a calendar day', () => {
    expect(metaDate('May 16, 2024')).toBe('2024-05-16')
    expect(metaDate('16 May 2024')).toBe('2024-05-16')
    expect(metaDate(new Date(Date.UTC(2021, 8, 14)))).toBe('2021-09-14')
  })

  it('drops what is not a date', () => {
    expect(metaDate('Chapter 7')).toBeUndefined()
    expect(metaDate('2024-13-45')).toBeUndefined()
    expect(metaDate('sometime in 2024ish')).toBeUndefined()
    expect(metaDate(20240516)).toBeUndefined()
  })
})

describe('metaLanguage and metaTags', () => {
  it('accepts BCP 47 tags and og:locale spellings only', () => {
    expect(metaLanguage('en')).toBe('en')
    expect(metaLanguage('zh-Hant-TW')).toBe('zh-Hant-TW')
    expect(metaLanguage('pt_BR')).toBe('pt-BR')
    expect(metaLanguage('English')).toBeUndefined()
    expect(metaLanguage('en"><script>')).toBeUndefined()
  })

  it('reads tags from lists and comma-separated lines, without "#" and duplicates', () => {
    expect(metaTags(['a', '#b', 'a', '', 3])).toEqual(['a', 'b', '3'])
    expect(metaTags('one, two ,#three')).toEqual(['one', 'two', 'three'])
    expect(metaTags([])).toBeUndefined()
    expect(metaTags({ a: 1 })).toBeUndefined()
  })
})
