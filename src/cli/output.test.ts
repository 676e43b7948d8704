import { describe, expect, it } from 'vitest'
import { displayPath, escapeControls, oneLine, table, truncate } from './output'

describe('output', () => {
  it('cuts long cells with an ellipsis and pads columns, numbers to the right', () => {
    expect(truncate('abcdefghij', 5)).toBe('abcd…')
    expect(truncate('abc', 5)).toBe('abc')
    // Combining marks take no column and stay with their letter; a character beyond the BMP is one column.
    expect(truncate('e\u0301'.repeat(6), 4)).toBe('e\u0301'.repeat(3) + '…')
    expect(truncate('😀'.repeat(5), 3)).toBe('😀😀…')
    expect(
      table(
        [
          { header: 'NAME', max: 6 },
          { header: 'N', right: true }
        ],
        [
          ['Belarus offers', '7'],
          ['Trend', '12']
        ]
      )
    ).toEqual(['NAME     N', 'Belar…   7', 'Trend   12'])
  })
})

describe('oneLine', () => {
  it('puts article text on one line without control characters', () => {
    expect(oneLine('A\ttitle\n\nwith \u001b[31mred\u001b[0m\u0007 in it ')).toBe('A title with [31mred[0m in it')
  })
})

describe('escapeControls and displayPath', () => {
  it('writes out C0, C1, DEL and bidi controls, keeping a message’s own line breaks', () => {
    const name = 'a\u001b]0;x\u0007\tb\u009b2J\u007f\u202eexe.txt\u2066'
    expect(escapeControls(name)).toBe('a\\x1b]0;x\\x07\\x09b\\x9b2J\\x7f\\u202eexe.txt\\u2066')
    expect(escapeControls('one\ntwo\r\n', 'lines')).toBe('one\ntwo\\x0d\n')
    expect(escapeControls('one\ntwo')).toBe('one\\x0atwo')
    expect(escapeControls('Ünïcödé, עברית, 😀')).toBe('Ünïcödé, עברית, 😀')
  })

  it('keeps JSON valid and exact', () => {
    const value = { file: 'a\u001b\u009b\u007f\u202e\nb' }
    const text = escapeControls(JSON.stringify(value), 'json')
    expect(text).toBe('{"file":"a\\u001b\\u009b\\u007f\\u202e\\nb"}')
    expect(JSON.parse(text)).toEqual(value)
  })

  it('shows the bytes of a name that are not UTF-8, and the characters of those that are', () => {
    expect(displayPath(Buffer.from('caf\xe9 é.txt', 'latin1'))).toBe('caf\\xe9 \\xe9.txt')
    expect(displayPath(Buffer.from('café\u0007 ☕ 😀 \xff', 'utf8'))).toBe('café\\x07 ☕ 😀 ÿ')
    expect(displayPath(Buffer.concat([Buffer.from('café '), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80])]))).toBe(
      'café \\xc3(\\xed\\xa0\\x80'
    )
  })
})
