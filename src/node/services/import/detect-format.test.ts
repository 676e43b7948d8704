import { describe, expect, it } from 'vitest'
import { detectFormat, hasMarkup, looksLikeHtmlDocument, looksLikeMarkdown } from './detect-format'

describe('detectFormat', () => {
  it('lets the extension say what the reader meant', () => {
    expect(detectFormat('<p>markup</p>', 'html')).toBe('html')
    expect(detectFormat('no markup at all', 'htm')).toBe('text')
    expect(detectFormat('<!DOCTYPE html><p>x', 'txt')).toBe('text')
    expect(detectFormat('plain words', 'md')).toBe('markdown')
  })

  it('sniffs the content when the extension says nothing', () => {
    expect(detectFormat('\ufeff  <!-- saved --><!doctype HTML><html>', '')).toBe('html')
    expect(detectFormat('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', 'xml')).toBe('html')
    expect(detectFormat('---\ntitle: x\n---\nBody', '')).toBe('markdown')
    expect(detectFormat('Intro\n\n## Section\n\ntext', 'log')).toBe('markdown')
    expect(detectFormat('See [the site](https://x.example) for more.', '')).toBe('markdown')
    expect(detectFormat('A letter. It mentions <b> once and #hashtags.', '')).toBe('text')
  })

  it('has helpers that do not mistake prose for markup', () => {
    expect(hasMarkup('5 < 6 and 7 > 3')).toBe(false)
    expect(looksLikeHtmlDocument('Text first, then <html>')).toBe(false)
    expect(looksLikeMarkdown('#1 priority, not a heading')).toBe(false)
  })

  it('stays fast on a line of brackets', () => {
    const started = Date.now()
    expect(looksLikeMarkdown('['.repeat(60_000))).toBe(false)
    expect(looksLikeMarkdown(`${'[a'.repeat(30_000)}`)).toBe(false)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
