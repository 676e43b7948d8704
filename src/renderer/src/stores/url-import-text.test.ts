import { describe, expect, it } from 'vitest'
import { bareUrl, checkUrl, missingPicturesText, progressText, retryText } from './url-import-text'

const problem = (raw: string) => {
  const check = checkUrl(raw)
  return 'problem' in check ? check.problem : undefined
}

describe('checkUrl', () => {
  it('accepts web addresses, trimmed, and a host typed without its scheme as https', () => {
    expect(checkUrl('  https://example.org/a?b=1#c ')).toEqual({ url: 'https://example.org/a?b=1#c' })
    expect(checkUrl('http://127.0.0.1:8080/x')).toEqual({ url: 'http://127.0.0.1:8080/x' })
    expect(checkUrl('example.org/news/1')).toEqual({ url: 'https://example.org/news/1' })
    expect(checkUrl('example.org:8443/x')).toEqual({ url: 'https://example.org:8443/x' })
  })

  it('explains what is wrong without a request: empty, spaces, another scheme, not an address, credentials', () => {
    expect(problem('   ')).toBe('Type or paste the address of a web page.')
    expect(problem('https://example.org/a b')).toBe('A web address has no spaces: check what was typed or pasted.')
    expect(problem('ftp://example.org/file')).toMatch(/must start with http:\/\/ or https:\/\/, not ftp:/)
    expect(problem('javascript:alert(1)')).toMatch(/not javascript:/)
    expect(problem('file:///etc/passwd')).toMatch(/not file:/)
    expect(problem('hello')).toMatch(/^That is not a web address/)
    expect(problem('https://')).toMatch(/^That is not a web address/)
    expect(problem('https://user:secret@example.org/')).toMatch(/user names or passwords/)
    expect(problem(`https://example.org/${'a'.repeat(3000)}`)).toMatch(/too long/)
  })
})

describe('bareUrl', () => {
  it('is a pasted text that is one http(s) address and nothing else', () => {
    expect(bareUrl('https://example.org/a\n')).toBe('https://example.org/a')
    expect(bareUrl('see https://example.org/a')).toBeUndefined()
    expect(bareUrl('https://example.org/a https://example.org/b')).toBeUndefined()
    expect(bareUrl('example.org/a')).toBeUndefined()
    expect(bareUrl('mailto:someone@example.org')).toBeUndefined()
    expect(bareUrl('A paragraph of text.')).toBeUndefined()
  })
})

describe('progressText', () => {
  const at = (p: Partial<Parameters<typeof progressText>[0] & object>) =>
    progressText({ phase: 'connecting', bytes: 0, imagesDone: 0, imagesTotal: 0, ...p })
  it('says each phase in words, with sizes people read', () => {
    expect(progressText(null)).toBe('Connecting…')
    expect(at({})).toBe('Connecting…')
    expect(at({ phase: 'downloading', bytes: 340 * 1024, totalBytes: 1.2 * 1024 * 1024 })).toBe('Downloading 340 KB of 1.2 MB')
    expect(at({ phase: 'downloading', bytes: 900 })).toBe('Downloading 900 bytes')
    expect(at({ phase: 'reading' })).toBe('Reading the article…')
    expect(at({ phase: 'images', imagesDone: 2, imagesTotal: 30 })).toBe('Saving pictures 3 of 30')
    expect(at({ phase: 'images', imagesDone: 30, imagesTotal: 30 })).toBe('Saving pictures 30 of 30')
    expect(at({ phase: 'saving' })).toBe('Saving the article…')
  })
})

describe('picture notices', () => {
  it('counts what a retry saved and what is still missing', () => {
    expect(retryText({ saved: 3, failed: 1 })).toBe('3 pictures saved, 1 still missing.')
    expect(retryText({ saved: 1, failed: 0 })).toBe('1 picture saved.')
    expect(retryText({ saved: 0, failed: 2 })).toBe('No picture saved, 2 still missing.')
  })

  it('says nothing when every picture was saved', () => {
    expect(missingPicturesText('T', { saved: 4, failed: 0 })).toBeUndefined()
    expect(missingPicturesText('T', undefined)).toBeUndefined()
    expect(missingPicturesText('T', { saved: 28, failed: 2 })).toMatch(/^Added “T”, but 2 of its 30 pictures could not be saved\./)
  })
})
