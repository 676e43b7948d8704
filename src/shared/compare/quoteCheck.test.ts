import { describe, expect, it } from 'vitest'
import { quoteCheck } from './quoteCheck'

const source = `Three winters ago, the river came over the embankment at Mill Street. I promised then that we would never be caught unprepared again.

Most of the money comes from the state resilience fund, and not one dollar of it will come from new property taxes. We have listened to you. The new wall will be lower than the first drawings showed.

We cannot stop the rain, but we can decide how ready we are when it comes.`

const report = `Ortiz said "not one cent of it will come from new property taxes," and added: “We have listened to you. The new wall will be lower than the first drawings showed.”

« We cannot stop the rain, but we can decide how ready we are when it comes, » she said. A councillor replied that "the wall is a waste of money and will never be finished on time."`

describe('quoteCheck', () => {
  const entries = quoteCheck(report, source)
  const quoted = entries.map((e) => report.slice(e.quote.start, e.quote.end))
  const counterparts = entries.map((e) => (e.counterpart ? source.slice(e.counterpart.start, e.counterpart.end) : null))

  it('finds every quotation, whatever its marks', () => {
    expect(quoted).toEqual([
      'not one cent of it will come from new property taxes',
      'We have listened to you. The new wall will be lower than the first drawings showed',
      'We cannot stop the rain, but we can decide how ready we are when it comes',
      'the wall is a waste of money and will never be finished on time'
    ])
    expect(entries.map((e) => e.quotation)).toEqual([0, 1, 2, 3])
  })

  it('gives each its counterpart, kind and word diff', () => {
    expect(counterparts.slice(0, 3)).toEqual([
      'not one dollar of it will come from new property taxes',
      'We have listened to you. The new wall will be lower than the first drawings showed',
      'We cannot stop the rain, but we can decide how ready we are when it comes'
    ])
    expect(entries.map((e) => e.kind)).toEqual(['close', 'verbatim', 'verbatim', null])
    expect(entries[0].diff).toEqual([
      { op: 'equal', text: 'not one' },
      { op: 'delete', text: 'dollar' },
      { op: 'insert', text: 'cent' },
      { op: 'equal', text: 'of it will come from new property taxes' }
    ])
    expect(entries[1].diff).toEqual([
      { op: 'equal', text: 'We have listened to you. The new wall will be lower than the first drawings showed' }
    ])
  })

  it('says so when a quote has no counterpart', () => {
    expect(entries[3]).toMatchObject({ counterpart: null, kind: null, score: 0, diff: [] })
  })

  it('shows what a quote left off the end of its source clause', () => {
    const [entry] = quoteCheck(
      'She said “the safety of our customers comes before everything” today.',
      'The safety of our customers comes before everything else, said the chief executive.'
    )
    expect(entry.kind).toBe('close')
    expect(entry.diff.at(-1)).toEqual({ op: 'delete', text: 'else' })
  })

  it('finds nothing in a text without quotation marks', () => {
    expect(quoteCheck(source, source)).toEqual([])
  })
})
