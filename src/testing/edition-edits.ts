// Support for the editions tests and benchmark: an article, highlights on it, and a next edition in which
// a share of the sentences were edited (a word changed, a clause rewritten, the sentence deleted, a
// sentence added after it), with where each highlight's passage truly went (tracked-edits.ts).
import { selectorsFor } from '../shared/anchor/selectors-for'
import type { Selectors } from '../shared/anchor/types'
import { applyEdits, type Edit, type TrackedSpan } from './tracked-edits'
import { prng, proseWords, render, vocabulary, zipf } from './compare-eval/syntheticProse'

export interface EditedEdition {
  oldText: string
  newText: string
  highlights: Selectors[]
  /** Where each highlight's passage is in the new text. */
  truth: TrackedSpan[]
  editedSentences: number
}

interface Sentence {
  start: number
  end: number
}

export function editedEdition(options: { words: number; highlights: number; editShare: number; seed: number }): EditedEdition {
  const random = prng(options.seed)
  const vocab = vocabulary(4000, random)
  const draw = zipf(vocab.length, random)
  const word = () => vocab[draw()]
  const { words, sentenceEnd } = proseWords(options.words, vocab, draw, random)
  const oldText = render(words, sentenceEnd, random)
  const sentences = sentencesOf(oldText)
  const highlights: Selectors[] = []
  while (highlights.length < options.highlights) {
    const s = sentences[Math.floor(random() * sentences.length)]
    const roll = random()
    // A whole sentence, a clause of one, or two sentences running on.
    const next = sentences[sentences.indexOf(s) + 1]
    const range = roll < 0.3 ? s : roll < 0.9 || !next ? clause(oldText, s, random) : { start: s.start, end: next.end }
    if (range.end > range.start) highlights.push(selectorsFor(oldText, range.start, range.end))
  }
  const edits: Edit[] = []
  let edited = 0
  // From the end backwards, so that each edit's offsets are those of the text as first written.
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (random() >= options.editShare) continue
    edited++
    const s = sentences[i]
    const kind = random()
    if (kind < 0.4) {
      const w = wordIn(oldText, s, random)
      edits.push({ at: w.start, remove: w.end - w.start, insert: word() })
    } else if (kind < 0.65) {
      const c = clause(oldText, s, random)
      const n = oldText.slice(c.start, c.end).split(' ').length
      edits.push({ at: c.start, remove: c.end - c.start, insert: Array.from({ length: n }, word).join(' ') })
    } else if (kind < 0.85) {
      // Deleted with the space after it, as an editor cuts a sentence.
      const end = oldText[s.end] === ' ' ? s.end + 1 : s.end
      edits.push({ at: s.start, remove: end - s.start, insert: '' })
    } else {
      const added = Array.from({ length: 12 }, word).join(' ')
      edits.push({ at: s.end, remove: 0, insert: ` ${added[0].toUpperCase()}${added.slice(1)}.` })
    }
  }
  const spans = highlights.map((h) => ({ start: h.position.start, end: h.position.end, touched: false }))
  const { text: newText, spans: truth } = applyEdits(oldText, edits, spans)
  return { oldText, newText, highlights, truth, editedSentences: edited }
}

function sentencesOf(text: string): Sentence[] {
  const found: Sentence[] = []
  for (const m of text.matchAll(/[^.\n]+\./g)) {
    const lead = m[0].length - m[0].trimStart().length
    found.push({ start: m.index + lead, end: m.index + m[0].length })
  }
  return found
}

/** A run of 3 to 8 whole words inside the sentence. */
function clause(text: string, s: Sentence, random: () => number): Sentence {
  const words = [...text.slice(s.start, s.end - 1).matchAll(/\S+/g)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length
  }))
  const n = Math.min(words.length, 3 + Math.floor(random() * 6))
  const first = Math.floor(random() * (words.length - n + 1))
  return { start: words[first].start, end: words[first + n - 1].end }
}

function wordIn(text: string, s: Sentence, random: () => number): Sentence {
  const words = [...text.slice(s.start, s.end - 1).matchAll(/[\p{L}]+/gu)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length
  }))
  return words[Math.floor(random() * words.length)]
}
