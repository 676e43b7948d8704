import { describe, expect, it, vi } from 'vitest'
import { BlockBuilder, finishBlock } from './block-builder'

describe('BlockBuilder', () => {
  it('collapses whitespace as a browser does, keeping no-break spaces', () => {
    const b = new BlockBuilder()
    b.append('  Hello \n\t world,  ')
    b.append('  again\u00a0and\u00a0again ')
    b.flush()
    expect(b.blocks).toEqual([{ kind: 'paragraph', text: 'Hello world, again\u00a0and\u00a0again' }])
  })

  it('records marks over the text appended while they are open, trimmed to visible characters', () => {
    const b = new BlockBuilder()
    b.append('Read ')
    b.openMark({ kind: 'link', href: 'https://example.org/' })
    b.append(' the ')
    b.openMark({ kind: 'emphasis' })
    b.append('whole ')
    b.closeMark()
    b.append('report ')
    b.closeMark()
    b.append(' today.')
    b.flush()
    const [block] = b.blocks
    expect(block.text).toBe('Read the whole report today.')
    expect(block.marks).toEqual([
      { kind: 'link', start: 5, end: 21, href: 'https://example.org/' },
      { kind: 'emphasis', start: 9, end: 14 }
    ])
    expect(block.text.slice(5, 21)).toBe('the whole report')
  })

  it('carries a mark that spans a block boundary into the next block', () => {
    const b = new BlockBuilder()
    b.openMark({ kind: 'strong' })
    b.append('First part')
    b.flush()
    b.style = { kind: 'heading', level: 2 }
    b.append('Second part')
    b.closeMark()
    b.flush()
    expect(b.blocks).toEqual([
      { kind: 'paragraph', text: 'First part', marks: [{ kind: 'strong', start: 0, end: 10 }] },
      { kind: 'heading', level: 2, text: 'Second part', marks: [{ kind: 'strong', start: 0, end: 11 }] }
    ])
  })

  it('turns one line break into a newline and two into a new block', () => {
    const b = new BlockBuilder()
    b.lineBreak()
    b.append('Roses are red, ')
    b.lineBreak()
    b.append('violets are blue')
    b.lineBreak()
    b.lineBreak()
    b.append('Next stanza')
    b.flush()
    expect(b.blocks.map((x) => x.text)).toEqual(['Roses are red,\nviolets are blue', 'Next stanza'])
  })

  it('keeps preformatted text as it is, trimming only blank lines around it', () => {
    const b = new BlockBuilder()
    b.style = { kind: 'preformatted' }
    b.append('\n  \n    indented()\n\n  second line\r\n\n', true)
    b.flush()
    expect(b.blocks).toEqual([{ kind: 'preformatted', text: '    indented()\n\n  second line' }])
  })

  it('drops blocks with no visible text, and control characters from text', () => {
    const b = new BlockBuilder()
    b.append(' \u00a0 ')
    b.flush()
    b.append('bell\u0007 and\u0000 null\u009b')
    b.flush()
    expect(b.blocks).toEqual([{ kind: 'paragraph', text: 'bell and null' }])
  })

  it('normalises text to NFC, so that one word has one spelling', () => {
    const b = new BlockBuilder()
    b.append('Cafe\u0301')
    b.flush()
    expect(b.blocks[0].text).toBe('Café')
  })
})

/** Characters of the strings that `methods` were called on while `work` ran. */
function charactersScanned(methods: ('endsWith' | 'slice' | 'trim' | 'trimEnd')[], work: () => void): number {
  let scanned = 0
  const spies = methods.map((name) => {
    const original = String.prototype[name] as (...args: unknown[]) => unknown
    return vi.spyOn(String.prototype, name).mockImplementation(function (this: string, ...args: unknown[]) {
      scanned += this.length
      return original.apply(this, args)
    } as never)
  })
  try {
    work()
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  return scanned
}

describe('BlockBuilder on long paragraphs', () => {
  const LINES = 20_000
  const line = (i: number) => `line ${i} of the poem`

  it('does not rescan the paragraph written so far on each line (work grows with the text, not its square)', () => {
    const b = new BlockBuilder()
    const scanned = charactersScanned(['endsWith', 'slice', 'trim', 'trimEnd'], () => {
      for (let i = 0; i < LINES; i++) {
        b.append(line(i))
        b.append(' ')
        b.lineBreak()
      }
    })
    b.flush()
    const text = b.blocks[0].text
    // Scanning the whole text once per line would be LINES × text.length / 2, about 2,000 times more.
    expect(scanned).toBeLessThan(10 * text.length)
  })

  it('keeps every line of a 100,000-line paragraph, in order', () => {
    const b = new BlockBuilder()
    for (let i = 0; i < 100_000; i++) {
      b.append(`${line(i)}  `)
      if (i % 2 === 0) b.append(' ')
      b.lineBreak()
    }
    b.flush()
    expect(b.blocks).toHaveLength(1)
    const lines = b.blocks[0].text.split('\n')
    expect(lines).toHaveLength(100_000)
    expect(lines[0]).toBe('line 0 of the poem')
    expect(lines[99_999]).toBe('line 99999 of the poem')
    expect(lines.every((l, i) => l === line(i))).toBe(true)
  })
})

describe('finishBlock', () => {
  it('merges touching marks of one kind and link target, keeps others apart, sorts by start', () => {
    const block = finishBlock({ kind: 'paragraph' }, 'abcdefghij', [
      { kind: 'emphasis', start: 4, end: 6 },
      { kind: 'emphasis', start: 0, end: 2 },
      { kind: 'emphasis', start: 2, end: 4 },
      { kind: 'link', start: 0, end: 3, href: 'https://a.example/' },
      { kind: 'link', start: 3, end: 5, href: 'https://b.example/' }
    ])
    expect(block?.marks).toEqual([
      { kind: 'emphasis', start: 0, end: 6 },
      { kind: 'link', start: 0, end: 3, href: 'https://a.example/' },
      { kind: 'link', start: 3, end: 5, href: 'https://b.example/' }
    ])
  })

  it('clamps marks to the text and drops the ones left empty', () => {
    const block = finishBlock({ kind: 'paragraph' }, '  word  ', [
      { kind: 'code', start: 0, end: 100 },
      { kind: 'strong', start: 6, end: 8 }
    ])
    expect(block).toEqual({ kind: 'paragraph', text: 'word', marks: [{ kind: 'code', start: 0, end: 4 }] })
  })
})
