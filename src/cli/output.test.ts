import { describe, expect, it } from 'vitest'
import { oneLine, table, truncate } from './output'

describe('output', () => {
  it('cuts long cells with an ellipsis and pads columns, numbers to the right', () => {
    expect(truncate('abcdefghij', 5)).toBe('abcd…')
    expect(truncate('abc', 5)).toBe('abc')
    expect(table([{ header: 'NAME', max: 6 }, { header: 'N', right: true }], [['Belarus offers', '7'], ['Trend', '12']])).toEqual([
      'NAME     N',
      'Belar…   7',
      'Trend   12'
    ])
  })
})

describe('oneLine', () => {
  it('puts article text on one line without control characters', () => {
    expect(oneLine('A\ttitle\n\nwith \u001b[31mred\u001b[0m\u0007 in it ')).toBe('A title with [31mred[0m in it')
  })
})
