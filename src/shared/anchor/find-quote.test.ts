import { describe, expect, it } from 'vitest'
import { findQuote } from './find-quote'

const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(200)
const passage = 'The minister said that we have to rebuild the bridge before winter comes.'
const text = filler + passage + filler
const at = text.indexOf('we have to')
const quote = { exact: 'we have to rebuild the bridge', prefix: 'The minister said that ', suffix: ' before winter comes.' }

describe('finding a passage from a link’s quote', () => {
  it('finds it far from the start, with or without its context', () => {
    expect(findQuote(text, quote)).toEqual({ start: at, end: at + quote.exact.length })
    expect(findQuote(text, { ...quote, prefix: '', suffix: '' })).toEqual({ start: at, end: at + quote.exact.length })
  })

  it('tells two copies apart by their context', () => {
    const twice = `${filler}He said: we have to go. ${filler}She said: we have to stay.`
    const second = twice.lastIndexOf('we have to')
    const prefix = twice.slice(second - 32, second)
    expect(findQuote(twice, { exact: 'we have to', prefix, suffix: ' stay.' })).toEqual({ start: second, end: second + 10 })
  })

  it('finds a passage edited a little since, and refuses one that is not there', () => {
    const edited = text.replace('rebuild the bridge', 'rebuild the old bridge')
    const found = findQuote(edited, quote)
    expect(found && edited.slice(found.start, found.end)).toMatch(/^we have to rebuild the (old )?bridge/)
    expect(findQuote(filler, quote)).toBeNull()
  })
})
