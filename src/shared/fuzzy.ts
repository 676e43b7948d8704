// Fuzzy matching for the command palette: the query's letters in order, anywhere in the name; names
// where they run together, start words, or start the name come first. Folded like search.
import { fold } from './fold'

export interface FuzzyMatch {
  score: number
  /** Offsets of the matched characters in the name, for showing them. */
  at: number[]
}

const wordStart = (text: string, i: number) => i === 0 || /[\s\-–—:(/.,'"“‘]/.test(text[i - 1])

export function fuzzyMatch(query: string, name: string): FuzzyMatch | null {
  const q = fold(query.replace(/\s+/g, ''))
  if (!q) return { score: 0, at: [] }
  const text = fold(name)
  // A plain substring (spaces as typed) is the best kind of match; earlier and at a word start is better.
  const phrase = fold(query.trim().replace(/\s+/g, ' '))
  const direct = text.indexOf(phrase)
  if (direct >= 0) {
    const at = Array.from({ length: phrase.length }, (_, i) => direct + i)
    return { score: 1000 - direct + (wordStart(text, direct) ? 200 : 0) - name.length / 100, at }
  }
  // Letters at word starts read best, but reaching for them can skip letters needed later: then the
  // leftmost letters, which find every name holding the query in order.
  const found = lettersIn(text, q, true) ?? lettersIn(text, q, false)
  return found && { score: found.score - name.length / 100, at: found.at }
}

function lettersIn(text: string, q: string, preferWordStarts: boolean): FuzzyMatch | null {
  const at: number[] = []
  let score = 0
  let from = 0
  for (const ch of q) {
    let i = -1
    if (preferWordStarts) {
      for (let j = text.indexOf(ch, from); j >= 0 && i < 0; j = text.indexOf(ch, j + 1)) if (wordStart(text, j)) i = j
    }
    if (i < 0) i = text.indexOf(ch, from)
    if (i < 0) return null
    score += wordStart(text, i) ? 30 : at.length && i === at[at.length - 1] + 1 ? 20 : 1 - Math.min(10, i - from)
    at.push(i)
    from = i + 1
  }
  return { score, at }
}

/** The items whose name matches, best first (ties keep their order). */
export function fuzzyFilter<T>(query: string, items: readonly T[], name: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  const scored: { item: T; match: FuzzyMatch; index: number }[] = []
  items.forEach((item, index) => {
    const match = fuzzyMatch(query, name(item))
    if (match) scored.push({ item, match, index })
  })
  return scored.sort((a, b) => b.match.score - a.match.score || a.index - b.index).map(({ item, match }) => ({ item, match }))
}
