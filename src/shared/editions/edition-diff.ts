// What changed between two editions of an article, paragraph by paragraph, for "Compare editions": the
// paragraphs both have word for word; those the aligner pairs across the two (reworded, with a word-level
// diff); those only the older has (removed) or only the newer (added). Rows whose quotations changed
// wording come first in the list of changes: what someone is reported to have said matters most.
import { diffArrays, diffWords } from 'diff'
import { align, findQuotations, type WordDiffOp } from '../compare'

export type EditionRowKind = 'same' | 'reworded' | 'removed' | 'added'

/** One row of the side-by-side view: a paragraph of the older edition, of the newer, or of both. */
export interface EditionRow {
  kind: EditionRowKind
  /** Index of the paragraph in the older edition's blocks, and in the newer's. */
  old?: number
  new?: number
  /** From the older text to the newer, for reworded rows. */
  diff?: WordDiffOp[]
  /** A quotation in it says something else now (or is new, or gone). */
  quoteChanged: boolean
}

export interface EditionDiff {
  rows: EditionRow[]
  /** Indices into `rows` of what changed: quotations whose wording changed first, then in reading order. */
  changes: number[]
  counts: Record<Exclude<EditionRowKind, 'same'>, number>
}

/** Compares the paragraphs (block texts) of an older and a newer edition. */
export function editionDiff(older: readonly string[], newer: readonly string[]): EditionDiff {
  const rows: EditionRow[] = []
  let gapOld: number[] = []
  let gapNew: number[] = []
  const flush = () => {
    rows.push(...pairGap(older, newer, gapOld, gapNew))
    gapOld = []
    gapNew = []
  }
  let i = 0
  let j = 0
  // Paragraphs equal word for word anchor the rows; the aligner pairs those of the gaps between them.
  for (const change of diffArrays([...older], [...newer])) {
    const n = change.count ?? change.value.length
    if (change.removed) for (let k = 0; k < n; k++) gapOld.push(i++)
    else if (change.added) for (let k = 0; k < n; k++) gapNew.push(j++)
    else {
      flush()
      for (let k = 0; k < n; k++) rows.push({ kind: 'same', old: i++, new: j++, quoteChanged: false })
    }
  }
  flush()
  const changed = rows.map((_, k) => k).filter((k) => rows[k].kind !== 'same')
  const changes = [...changed.filter((k) => rows[k].quoteChanged), ...changed.filter((k) => !rows[k].quoteChanged)]
  const count = (kind: EditionRowKind) => rows.filter((r) => r.kind === kind).length
  return { rows, changes, counts: { reworded: count('reworded'), removed: count('removed'), added: count('added') } }
}

/**
 * The words of `after` that replace words of `before`, every character of both kept (punctuation and
 * spaces included, unlike the aligner's word diff, which keeps words only): what a reader compares.
 */
export function wordChanges(before: string, after: string): WordDiffOp[] {
  return diffWords(before, after).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }))
}

const quotationsOf = (text: string) => findQuotations(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)).join(' '))

/**
 * The aligner's score is the chance that two texts share a passage, calibrated on texts that may be
 * unrelated; two paragraphs in the same gap between two editions of one article are far likelier to be
 * one revised, so weaker matches count here (a changed figure in a short sentence scores about 0.25).
 */
const EDITION_MIN_SCORE = 0.15

/** Pairs the paragraphs of one gap that the aligner finds sharing passages, one to one and in order. */
function pairGap(older: readonly string[], newer: readonly string[], olds: number[], news: number[]): EditionRow[] {
  const removed = (o: number): EditionRow => ({ kind: 'removed', old: o, quoteChanged: quotationsOf(older[o]).length > 0 })
  const added = (n: number): EditionRow => ({ kind: 'added', new: n, quoteChanged: quotationsOf(newer[n]).length > 0 })
  if (olds.length === 0 || news.length === 0) return [...olds.map(removed), ...news.map(added)]
  const a = joined(older, olds)
  const b = joined(newer, news)
  // How much of each (old, new) paragraph pair the aligner matched, in characters.
  const shared = new Map<string, { o: number; n: number; size: number }>()
  for (const pair of align(a.text, b.text, { minScore: EDITION_MIN_SCORE })) {
    const o = a.blockAt(pair.a.start)
    const n = b.blockAt(pair.b.start)
    const key = `${o}:${n}`
    const entry = shared.get(key) ?? { o, n, size: 0 }
    entry.size += pair.a.end - pair.a.start
    shared.set(key, entry)
  }
  // The best-matched pairs first, each paragraph used once, never crossing a pair already taken.
  const chosen: { o: number; n: number }[] = []
  for (const c of [...shared.values()].sort((x, y) => y.size - x.size)) {
    if (chosen.some((p) => p.o === c.o || p.n === c.n || p.o < c.o !== p.n < c.n)) continue
    chosen.push(c)
  }
  chosen.sort((x, y) => x.o - y.o)
  const rows: EditionRow[] = []
  let oi = 0
  let ni = 0
  for (const { o, n } of chosen) {
    while (olds[oi] !== o) rows.push(removed(olds[oi++]))
    while (news[ni] !== n) rows.push(added(news[ni++]))
    const before = quotationsOf(older[o])
    const after = quotationsOf(newer[n])
    const quoteChanged = before.length !== after.length || before.some((q, k) => q !== after[k])
    rows.push({ kind: 'reworded', old: o, new: n, diff: wordChanges(older[o], newer[n]), quoteChanged })
    oi++
    ni++
  }
  while (oi < olds.length) rows.push(removed(olds[oi++]))
  while (ni < news.length) rows.push(added(news[ni++]))
  return rows
}

/** The paragraphs of a gap as one text, and which paragraph an offset of it falls in. */
function joined(texts: readonly string[], indices: number[]): { text: string; blockAt: (offset: number) => number } {
  const starts: number[] = []
  let text = ''
  for (const k of indices) {
    starts.push(text.length)
    text += texts[k] + '\n\n'
  }
  return {
    text,
    blockAt: (offset) => {
      let k = 0
      while (k + 1 < starts.length && starts[k + 1] <= offset) k++
      return indices[k]
    }
  }
}
