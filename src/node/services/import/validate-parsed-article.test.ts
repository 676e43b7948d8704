import { describe, expect, it } from 'vitest'
import type { ParseResult } from './parsed-article'
import { parseResultProblems } from './validate-parsed-article'

const withBlocks = (blocks: unknown[]): ParseResult => ({ ok: true, value: { meta: { title: 'T', format: 'text' }, blocks } as never })

describe('parseResultProblems', () => {
  it('accepts a well-formed article and a well-formed failure', () => {
    expect(
      parseResultProblems(
        withBlocks([{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'link', start: 0, end: 2, href: 'https://x.example/' }] }])
      )
    ).toEqual([])
    expect(parseResultProblems({ ok: false, error: { kind: 'import', reason: 'empty', message: 'It is empty.' } })).toEqual([])
  })

  it('reports what is wrong', () => {
    expect(parseResultProblems(withBlocks([]))).toEqual(['no blocks'])
    expect(parseResultProblems(withBlocks([{ kind: 'paragraph', text: ' ' }]))).toEqual(['block 0 has no text'])
    expect(parseResultProblems(withBlocks([{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'emphasis', start: 1, end: 3 }] }]))).toEqual([
      'block 0 has a mark out of bounds: 1–3 of 2'
    ])
    expect(
      parseResultProblems(
        withBlocks([{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'link', start: 0, end: 1, href: 'javascript:x' }] }])
      )
    ).toEqual(['block 0 has a mark with href javascript:x'])
    expect(parseResultProblems(withBlocks([{ kind: 'heading', level: 7, text: 'h' }]))).toEqual(['heading 0 has level 7'])
    expect(parseResultProblems(withBlocks([{ kind: 'heading', text: 'h' }]))).toEqual(['heading 0 has level undefined'])
    expect(parseResultProblems(withBlocks([{ kind: 'paragraph', level: 1, text: 'p' }]))).toEqual(['paragraph 0 has level 1'])
    expect(parseResultProblems(withBlocks([{ kind: 'quote', ordered: false, text: 'q' }]))).toEqual(['quote 0 has ordered false'])
    expect(parseResultProblems(withBlocks([{ kind: 'listItem', level: 1, text: 'i' }]))).toEqual(['list item 0 has ordered undefined'])
    expect(parseResultProblems(withBlocks([{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'link', start: 0, end: 1 }] }]))).toEqual([
      'block 0 has a mark with href undefined'
    ])
    expect(
      parseResultProblems(
        withBlocks([{ kind: 'paragraph', text: 'ab', marks: [{ kind: 'emphasis', start: 0, end: 1, href: 'https://x.example/' }] }])
      )
    ).toEqual(['block 0 has a mark with href https://x.example/'])
    expect(parseResultProblems({ ok: false, error: { kind: 'import', reason: 'oops' as never, message: '' } })).toEqual([
      'unknown failure reason oops',
      'failure has no message'
    ])
  })
})
