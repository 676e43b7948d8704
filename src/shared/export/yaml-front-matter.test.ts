import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { frontMatterLines, yamlQuoted } from './yaml-front-matter'

describe('YAML front matter', () => {
  it('quotes every string so that YAML reads it back unchanged, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(YAML.parse(`key: ${yamlQuoted(text)}`)).toEqual({ key: text })
      }),
      { numRuns: 500 }
    )
  })

  it('keeps every value on its line', () => {
    expect(yamlQuoted('a: b\n---\n# c "d" \\ \u2028\u0085')).toBe('"a: b\\n---\\n# c \\"d\\" \\\\ \\u2028\\u0085"')
  })

  it('writes strings, numbers and lists, and leaves out undefined fields', () => {
    const lines = frontMatterLines([
      ['title', 'Belarus: offers #help'],
      ['author', undefined],
      ['tags', ['a b', 'c']],
      ['none', []],
      ['highlights', 3]
    ])
    expect(lines).toEqual(['---', 'title: "Belarus: offers #help"', 'tags:', '  - "a b"', '  - "c"', 'none: []', 'highlights: 3', '---'])
    expect(YAML.parse(lines.slice(1, -1).join('\n'))).toEqual({
      title: 'Belarus: offers #help',
      tags: ['a b', 'c'],
      none: [],
      highlights: 3
    })
  })
})
