// The bundled seed pair: Anadolu Agency's report of a press conference (A) and Trend's transcript of
// President Aliyev's statement (B). The report renders Aliyev in another English translation.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalText, type Block } from '../model'
import { align } from './align'
import { quoteCheck } from './quoteCheck'
import type { Span } from './types'

function article(id: string): string {
  const file = new URL(`../../../resources/articles/${id}.json`, import.meta.url)
  return canonicalText((JSON.parse(readFileSync(file, 'utf8')) as { blocks: Block[] }).blocks)
}

const report = article('anadolu-2024-05-16')
const statement = article('trend-2024-05-16')

function spanOf(text: string, passage: string, occurrence = 0): Span {
  let at = -1
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(passage, at + 1)
  if (at < 0) throw new Error(`not in the text: ${passage}`)
  return { start: at, end: at + passage.length }
}

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end

// Aliyev's words as the report renders them, and where the transcript has them (any one will do).
const renderings: [string, string[]][] = [
  [
    'described the scale of the work in Karabakh as enormous, adding he has invited Belarusian companies',
    [
      'I have invited Belarusian companies to actively participate in the reconstruction of the Karabakh and Eastern Zangezur regions. The scale of work we are carrying out and will carry out is enormous'
    ]
  ],
  ['We have to rebuild a significant area from scratch', ['In essence, we have to rebuild from scratch an area']],
  [
    'Therefore, we invite Belarusian companies to join this work actively',
    ['Therefore, we invite Belarusian companies to get actively engaged in this work']
  ],
  [
    'Belarus has expertise in urban planning, modern technologies, and experience in constructing agricultural towns',
    [
      'Belarus has very good experience in urban planning, modern technologies - we have also talked about this today - experience in building agro-towns'
    ]
  ],
  [
    "Azerbaijan's primary tasks are not only providing housing and social infrastructure in the relevant territories but also creating modern, technological jobs for the people",
    [
      'Our primary task, of course, is to return the former IDPs to their homes as soon as possible, but also to provide them with appropriate work so that the people returning to the liberated territories will also be employed in well-paid jobs'
    ]
  ]
]

// Lukashenko's words and the background: nothing in the statement is their counterpart.
const unmatched = [
  'Speaking at a news conference in Baku, Lukashenko praised the return of Azerbaijani lands, saying it "will be remembered for centuries, for many epochs."',
  '"If in this great cause of the revival of these lands, you find us a place where we can lend our shoulder and it will benefit you, we will do it with great pleasure.',
  '"Moreover, we will do what no one else in the world will do… because of the mutual respect and friendship between the peoples of Belarus and Azerbaijan," he said.',
  'Since 1991, tensions have persisted between Baku and Yerevan when Armenian forces seized Karabakh and seven surrounding regions, recognized internationally as part of Azerbaijan.',
  'In a 44-day conflict in late 2020, Azerbaijan reclaimed most of the territory, and last September attained full sovereignty over Karabakh through an "anti-terrorist operation," leading to the surrender of separatist forces in the region.'
]

describe('align on the seed pair', () => {
  const pairs = align(report, statement)

  it.each(renderings)('finds the place of "%s" in the transcript', (rendering, places) => {
    const a = spanOf(report, rendering)
    const b = places.flatMap((p) => [
      spanOf(statement, p),
      ...(statement.indexOf(p) !== statement.lastIndexOf(p) ? [spanOf(statement, p, 1)] : [])
    ])
    const hits = pairs.filter((p) => overlaps(p.a, a) && b.some((s) => overlaps(p.b, s)))
    expect(hits.length).toBeGreaterThan(0)
    // and the pair's transcript side stays on those sentences rather than running over the statement.
    for (const p of hits) expect(p.b.end - p.b.start).toBeLessThan(2 * Math.max(...b.map((s) => s.end - s.start)))
  })

  it.each(unmatched)('finds nothing for "%s"', (passage) => {
    const a = spanOf(report, passage)
    expect(pairs.filter((p) => overlaps(p.a, a))).toEqual([])
  })

  it('is the same every time', () => {
    expect(align(report, statement)).toEqual(pairs)
  })

  it("shows five pairs by default, each on one of Aliyev's renderings: no false pair", () => {
    expect(renderings).toHaveLength(5)
    expect(pairs).toHaveLength(5)
    for (const p of pairs) expect(renderings.some(([rendering]) => overlaps(p.a, spanOf(report, rendering)))).toBe(true)
  })
})

describe('quoteCheck on the seed pair', () => {
  const entries = quoteCheck(report, statement)
  const quoteText = (e: { quote: Span }): string => report.slice(e.quote.start, e.quote.end)

  it("gives Aliyev's quotes their counterparts in the transcript", () => {
    const aliyev = entries.filter(
      (e) =>
        overlaps(e.quote, spanOf(report, 'We have to rebuild a significant area from scratch. ... Therefore')) ||
        overlaps(e.quote, spanOf(report, 'Belarus has expertise'))
    )
    expect(aliyev.map(quoteText)).toEqual([
      'We have to rebuild a significant area from scratch',
      'Therefore, we invite Belarusian companies to join this work actively',
      'Belarus has expertise in urban planning, modern technologies, and experience in constructing agricultural towns'
    ])
    const expected = [
      'we have to rebuild from scratch an area',
      'Therefore, we invite Belarusian companies to get actively engaged in this work',
      'Belarus has very good experience in urban planning'
    ]
    aliyev.forEach((e, i) => {
      expect(e.counterpart).not.toBeNull()
      expect(overlaps(e.counterpart!, spanOf(statement, expected[i]))).toBe(true)
      expect(e.kind).toBe('paraphrase')
      expect(e.diff.some((op) => op.op !== 'equal')).toBe(true)
    })
  })

  it("says Lukashenko's quotes and the scare quote have no counterpart", () => {
    const none = entries.filter((e) => e.counterpart === null).map(quoteText)
    expect(none).toEqual([
      'will be remembered for centuries, for many epochs',
      'If in this great cause of the revival of these lands, you find us a place where we can lend our shoulder and it will benefit you, we will do it with great pleasure',
      'Moreover, we will do what no one else in the world will do… because of the mutual respect and friendship between the peoples of Belarus and Azerbaijan',
      'anti-terrorist operation'
    ])
    for (const e of entries.filter((x) => x.counterpart === null)) expect([e.kind, e.score, e.diff]).toEqual([null, 0, []])
  })

  it('keeps the two paragraphs of the news-style quote in one quotation', () => {
    const parts = entries.filter((e) => quoteText(e).startsWith('If in this') || quoteText(e).startsWith('Moreover'))
    expect(parts).toHaveLength(2)
    expect(parts[0].quotation).toBe(parts[1].quotation)
  })

  it("lists Lukashenko's quotes as attributed to him, not to Aliyev whose statement the source is", () => {
    const checked = quoteCheck(report, statement, { sourceSpeaker: 'Ilham Aliyev' })
    const other = checked.filter((e) => e.otherSpeaker)
    expect(other.map((e) => e.speaker)).toEqual(['Lukashenko', 'Lukashenko', 'Lukashenko'])
    expect(other.map(quoteText)[0]).toBe('will be remembered for centuries, for many epochs')
    expect(checked.filter((e) => e.counterpart !== null).map((e) => e.speaker)).toEqual(
      checked.filter((e) => e.counterpart !== null).map(() => 'Ilham Aliyev')
    )
  })
})
