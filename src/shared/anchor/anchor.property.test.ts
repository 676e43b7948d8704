import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { anchor } from './anchor'
import { anchorMany } from './anchor-many'
import { selectorsFor } from './selectors-for'
import type { Edit, TrackedSpan } from '../../testing/tracked-edits'
import { applyEdits, judge, trackEdit } from '../../testing/tracked-edits'

// Vocabularies. Prose repeats short words but rarely a whole 70-character window; the repetitive ones
// make every short quote, and often its context too, occur many times; the unicode one mixes accents,
// CJK, right-to-left script and astral characters (surrogate pairs, an emoji with a skin-tone modifier).
const PROSE = 'the a of and to in minister said that press conference statement agency report on was it by for not'.split(' ')
const REPETITIVE = ['ab', 'ba', 'abab', 'the cat', 'sat', ' ', ' ', '. ']
const UNICODE = ['été', 'straße', '日本語', 'مرحبا', '😀', '👍🏽', 'naïve', 'x', ' ', ' ', '\n\n']

type Kind = 'prose' | 'repetitive' | 'periodic' | 'unicode'

function wordsText(vocabulary: readonly string[], separator: fc.Arbitrary<string>, min: number, max: number) {
  return fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), separator), { minLength: min, maxLength: max })
    .map((parts) => parts.map(([w, s]) => w + s).join(''))
}

const proseSeparator = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', '\n\n')

function textOf(kind: Kind): fc.Arbitrary<string> {
  switch (kind) {
    case 'prose':
      return wordsText(PROSE, proseSeparator, 20, 400)
    case 'repetitive':
      return wordsText(REPETITIVE, fc.constant(''), 10, 300)
    case 'periodic':
      return fc.tuple(fc.constantFrom('ab', 'abc', 'the cat sat. '), fc.integer({ min: 5, max: 120 })).map(([u, n]) => u.repeat(n))
    case 'unicode':
      return wordsText(UNICODE, fc.constantFrom(' ', ''), 10, 200)
  }
}

function insertionOf(kind: Kind): fc.Arbitrary<string> {
  const vocabulary = kind === 'prose' ? PROSE : kind === 'unicode' ? UNICODE : REPETITIVE
  return fc.oneof(wordsText(vocabulary, fc.constantFrom(' ', ''), 1, 3), fc.string({ minLength: 1, maxLength: 12 }))
}

/** An edit placed relative to the quote: before or after it (near or far), or inside it. */
interface EditPlan {
  where: 'inside' | 'near' | 'anywhere'
  /** A number in [0, 1) that picks the offset within the region. */
  spot: number
  remove: number
  insert: string
}

function editPlan(kind: Kind): fc.Arbitrary<EditPlan> {
  return fc.record({
    where: fc.constantFrom('inside', 'near', 'anywhere'),
    spot: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
    insert: fc.oneof(fc.constant(''), insertionOf(kind))
  })
}

/** Turns plans into concrete edits against the text as it is when each applies. */
function realise(text: string, span: TrackedSpan, plans: readonly EditPlan[]): Edit[] {
  const edits: Edit[] = []
  let length = text.length
  let current = { ...span }
  for (const plan of plans) {
    let from = 0
    let to = length
    if (plan.where === 'inside') [from, to] = [current.start, current.end]
    if (plan.where === 'near') [from, to] = [Math.max(0, current.start - 40), Math.min(length, current.end + 40)]
    const at = Math.min(length, from + Math.floor(plan.spot * (to - from + 1)))
    const remove = Math.min(plan.remove, length - at)
    if (remove === 0 && plan.insert === '') continue
    const edit = { at, remove, insert: plan.insert }
    edits.push(edit)
    length += edit.insert.length - remove
    current = trackEdit(current, edit)
  }
  return edits
}

const scenario = (kind: Kind) =>
  fc
    .tuple(
      textOf(kind),
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 20 }), fc.integer({ min: 20, max: 90 }))
    )
    .filter(([text]) => text.length >= 2)
    .map(([text, spot, length]) => {
      const start = Math.min(text.length - 1, Math.floor(spot * text.length))
      const end = Math.min(text.length, start + length)
      return { text, start, end }
    })

const KINDS: Kind[] = ['prose', 'repetitive', 'periodic', 'unicode']

describe('describe then anchor on the same text', () => {
  for (const kind of KINDS) {
    it(`is always exact, in ${kind} text`, () => {
      fc.assert(
        fc.property(scenario(kind), ({ text, start, end }) => {
          const result = anchor(text, selectorsFor(text, start, end))
          expect(result).toEqual({ status: 'exact', start, end, score: 1 })
        }),
        { numRuns: 300 }
      )
    })
  }
})

describe('anchor after edits finds the right place or none, never a wrong place', () => {
  for (const kind of KINDS) {
    it(`in ${kind} text`, () => {
      fc.assert(
        fc.property(scenario(kind), fc.array(editPlan(kind), { minLength: 1, maxLength: 5 }), ({ text, start, end }, plans) => {
          const selectors = selectorsFor(text, start, end)
          const edits = realise(text, { start, end, touched: false }, plans)
          const after = applyEdits(text, edits, [{ start, end, touched: false }])
          const result = anchor(after.text, selectors)
          const verdict = judge(result, after.spans[0], after.text, selectors)
          expect(verdict, JSON.stringify({ result, truth: after.spans[0], text: after.text })).not.toBe('wrong')
        }),
        { numRuns: 1500 }
      )
    })
  }
})

describe('anchorMany after edits', () => {
  it('finds the right place or none for every passage of a batch, never a wrong place', () => {
    fc.assert(
      fc.property(
        textOf('prose'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(12), insertionOf('prose')), { minLength: 1, maxLength: 10 }),
        (text, picks, raw) => {
          fc.pre(text.length > 2)
          const list = picks.map(([at, length]) => {
            const start = at % (text.length - 1)
            return selectorsFor(text, start, Math.min(text.length, start + length))
          })
          let current = text
          const edits: Edit[] = []
          for (const [at, remove, insert] of raw) {
            const edit = { at: at % (current.length + 1), remove: 0, insert }
            edit.remove = Math.min(remove, current.length - edit.at)
            edits.push(edit)
            current = applyEdits(current, [edit], []).text
          }
          const after = applyEdits(
            text,
            edits,
            list.map((s) => ({ ...s.position, touched: false }))
          )
          anchorMany(after.text, list).forEach((result, i) => {
            const verdict = judge(result, after.spans[i], after.text, list[i])
            expect(verdict, JSON.stringify({ result, truth: after.spans[i] })).not.toBe('wrong')
          })
        }
      ),
      { numRuns: 400 }
    )
  })
})

describe('anchor finds what it should', () => {
  // Prose where every 70-character window is unique, so the right place is knowable.
  it('finds every passage, exactly, after edits that leave it and its context alone', () => {
    fc.assert(
      fc.property(
        scenario('prose'),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.nat(12), insertionOf('prose')), {
          maxLength: 6
        }),
        ({ text, start, end }, raw) => {
          const selectors = selectorsFor(text, start, end)
          let current = text
          let span: TrackedSpan = { start, end, touched: false }
          for (const [spot, remove, insert] of raw) {
            const at = Math.floor(spot * current.length)
            // Keep clear of the quote and its context, with a margin for the context's insertion room.
            if (at + remove > span.start - 72 && at < span.end + 72) continue
            const after = applyEdits(current, [{ at, remove: Math.min(remove, current.length - at), insert }], [span])
            ;[current, span] = [after.text, after.spans[0]]
          }
          const result = anchor(current, selectors)
          expect(judge(result, span, current, selectors)).toMatch(/right|twin/)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('finds a passage of 16 or more characters through one small edit inside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PROSE), { minLength: 60, maxLength: 300 }).map((w) => w.join(' ')),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 16, max: 120 }),
        fc.double({ min: 0.2, max: 0.8, noNaN: true }),
        fc.constantFrom('insert', 'delete', 'replace'),
        (text, spot, length, inner, kind) => {
          fc.pre(text.length >= length + 80)
          const start = 40 + Math.floor(spot * (text.length - length - 80))
          const end = start + length
          const selectors = selectorsFor(text, start, end)
          const at = start + Math.floor(inner * length)
          const size = Math.max(1, Math.floor(length / 10))
          const edit =
            kind === 'insert'
              ? { at, remove: 0, insert: 'x'.repeat(size) }
              : { at, remove: size, insert: kind === 'replace' ? 'Q'.repeat(size) : '' }
          const after = applyEdits(text, [edit], [{ start, end, touched: false }])
          const result = anchor(after.text, selectors)
          expect(judge(result, after.spans[0], after.text, selectors), JSON.stringify(result)).toBe('right')
        }
      ),
      { numRuns: 1000 }
    )
  })
})
