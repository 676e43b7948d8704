import { describe, expect, it } from 'vitest'
import { directionOfLanguage, directionOfText, resolveDirection } from './text-direction'

describe('text direction', () => {
  it('knows the right-to-left languages and scripts', () => {
    expect(directionOfLanguage('ar-EG')).toBe('rtl')
    expect(directionOfLanguage('he')).toBe('rtl')
    expect(directionOfLanguage('fa')).toBe('rtl')
    expect(directionOfLanguage('az-Arab')).toBe('rtl')
    expect(directionOfLanguage('ku-Latn')).toBe('ltr')
    expect(directionOfLanguage('en')).toBeUndefined()
    expect(directionOfLanguage(undefined)).toBeUndefined()
  })

  it('goes by the majority of letters, ignoring digits and punctuation', () => {
    expect(directionOfText('שלום, עולם! 2024 OK')).toBe('rtl')
    expect(directionOfText('The word سلام means peace.')).toBe('ltr')
    expect(directionOfText('12345 !!!')).toBe('ltr')
  })

  it('takes a declared direction first, then the language, then the text', () => {
    expect(resolveDirection('LTR', 'ar', 'مرحبا')).toBe('ltr')
    expect(resolveDirection('sideways', 'ar', 'hello')).toBe('rtl')
    expect(resolveDirection(undefined, undefined, 'مرحبا بالعالم')).toBe('rtl')
  })
})
