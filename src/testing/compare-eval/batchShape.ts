// Checks a held-out batch's data, not the aligner: every labelled passage is in its text, every answer
// set has the levels it claims, texts are of the length the batch was written to. Shared by the batches'
// tests (Vitest only).
import { describe, expect, it } from 'vitest'
import { words } from './answers/metrics'
import type { AnswerSet } from './answers/types'
import { resolveLabels } from './score'
import type { EvalCase } from './types'

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** A passage's words as a reader compares them, without a leading list marker ("1.", "(a)", "2)"). */
const readWords = (text: string): string[] => words(text.replace(/^\s*\(?[a-z0-9]{1,2}[.)]\)?\s*/i, '')).map((w) => w.word)

/** Words equal in order (longest common subsequence). */
function inOrder(x: readonly string[], y: readonly string[]): number {
  let row = new Array<number>(y.length + 1).fill(0)
  for (const wx of x) {
    const next = [0]
    for (let j = 1; j <= y.length; j++) next[j] = wx === y[j - 1] ? row[j - 1] + 1 : Math.max(row[j], next[j - 1])
    row = next
  }
  return row[y.length]
}

/** The kind types.ts gives a pair of passages: verbatim when every word is equal, close when at least
 *  four words in five are equal in order on both sides, paraphrase otherwise. */
function kindByRule(a: string, b: string): 'verbatim' | 'close' | 'paraphrase' {
  const x = readWords(a)
  const y = readWords(b)
  if (x.join(' ') === y.join(' ')) return 'verbatim'
  const shared = inOrder(x, y)
  return shared >= 0.8 * x.length && shared >= 0.8 * y.length ? 'close' : 'paraphrase'
}

export interface BatchShape {
  name: string
  answerSets: readonly AnswerSet[]
  cases: readonly EvalCase[]
  minSets: number
  minCases: number
  /** Word counts the batch was written to: [least, most] for sources and for answers. */
  sourceWords: [number, number]
  answerWords: [number, number]
}

function between(text: string, [least, most]: [number, number]): void {
  expect(wordCount(text), text.slice(0, 60)).toBeGreaterThanOrEqual(least)
  expect(wordCount(text), text.slice(0, 60)).toBeLessThanOrEqual(most)
}

export function describeBatchShape(batch: BatchShape): void {
  describe(`${batch.name}: answer sets`, () => {
    it(`has at least ${batch.minSets} sets with distinct topics`, () => {
      expect(batch.answerSets.length).toBeGreaterThanOrEqual(batch.minSets)
      expect(new Set(batch.answerSets.map((s) => s.topic)).size).toBe(batch.answerSets.length)
    })

    for (const set of batch.answerSets) {
      describe(set.topic, () => {
        it('has a cut, a light and a heavy answer and at least two independent ones', () => {
          const count = (level: string): number => set.answers.filter((a) => a.level === level).length
          expect(count('cut')).toBeGreaterThanOrEqual(1)
          expect(count('light')).toBeGreaterThanOrEqual(1)
          expect(count('heavy')).toBeGreaterThanOrEqual(1)
          expect(count('non')).toBeGreaterThanOrEqual(2)
        })

        it('keeps every text to the length the batch was written to', () => {
          between(set.source, batch.sourceWords)
          for (const answer of set.answers) between(answer.text, batch.answerWords)
        })

        it('finds every passage marked as the writer’s own in its answer', () => {
          for (const answer of set.answers) for (const own of answer.own ?? []) expect(answer.text).toContain(own)
        })

        it('names a source speaker who is in the source', () => {
          if (set.sourceSpeaker) expect(set.source).toContain(set.sourceSpeaker)
        })
      })
    }
  })

  describe(`${batch.name}: span-labelled cases`, () => {
    it(`has at least ${batch.minCases} cases with distinct names`, () => {
      expect(batch.cases.length).toBeGreaterThanOrEqual(batch.minCases)
      expect(new Set(batch.cases.map((c) => c.name)).size).toBe(batch.cases.length)
    })

    for (const c of batch.cases) {
      it(`${c.name}: every label's passages are in their texts`, () => {
        expect(() => resolveLabels(c.textA, c.textB, c.labels)).not.toThrow()
      })

      it(`${c.name}: a label with no counterpart is "none", and one with a counterpart is not`, () => {
        for (const label of c.labels) expect(label.kind === 'none', label.a).toBe(label.b.length === 0)
      })

      it(`${c.name}: each kind is the one the rule of types.ts gives, against at least one counterpart`, () => {
        for (const label of c.labels.filter((l) => l.kind !== 'none' && !l.optional))
          expect(
            label.b.map((b) => kindByRule(label.a, b)),
            label.a
          ).toContain(label.kind)
      })
    }
  })
}
