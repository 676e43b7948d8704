// Where each character of one edition's text went in the next: a word-level diff of the two texts (the
// `diff` package's Myers over tokens), kept as the runs both texts share. A passage in the old text maps
// through it to what became of it in the new one; the anchoring's choice is checked against this.
import { diffArrays } from 'diff'

/** A stretch both texts share: old[oldStart, oldStart + length) equals new[newStart, newStart + length). */
interface SharedRun {
  oldStart: number
  newStart: number
  length: number
}

/** What became of a passage of the old text. */
export interface MappedRange {
  start: number
  end: number
  /** Share of the passage's characters found unchanged in the new text, 0 to 1. */
  kept: number
  /** Whether the passage is one unchanged stretch of the new text. */
  intact: boolean
}

/** Beyond this many token edits the texts are too different for a diff to say where a passage went. */
const MAX_EDIT_LENGTH = 20_000

const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

export class TextMap {
  private constructor(private readonly runs: SharedRun[]) {}

  /** The map from `before` to `after`; null when they differ too much to map. */
  static between(before: string, after: string): TextMap | null {
    if (before === after) return new TextMap([{ oldStart: 0, newStart: 0, length: before.length }])
    const changes = diffArrays(tokens(before), tokens(after), { maxEditLength: MAX_EDIT_LENGTH })
    if (!changes) return null
    const runs: SharedRun[] = []
    let oldAt = 0
    let newAt = 0
    for (const change of changes) {
      const length = change.value.reduce((sum, t) => sum + t.length, 0)
      if (change.added) newAt += length
      else if (change.removed) oldAt += length
      else {
        runs.push({ oldStart: oldAt, newStart: newAt, length })
        oldAt += length
        newAt += length
      }
    }
    return new TextMap(runs)
  }

  /** What became of old[start, end): the new range from its first to its last kept character; null when none was kept. */
  map(start: number, end: number): MappedRange | null {
    let first = -1
    let last = -1
    let kept = 0
    let pieces = 0
    for (const run of this.runsOver(start, end)) {
      const from = Math.max(start, run.oldStart)
      const to = Math.min(end, run.oldStart + run.length)
      if (to <= from) continue
      const newFrom = run.newStart + (from - run.oldStart)
      if (first < 0) first = newFrom
      last = run.newStart + (to - run.oldStart)
      kept += to - from
      pieces++
    }
    if (first < 0) return null
    return { start: first, end: last, kept: kept / (end - start), intact: pieces === 1 && kept === end - start }
  }

  /** The runs that overlap old[start, end), found by binary search. */
  private *runsOver(start: number, end: number): Generator<SharedRun> {
    let lo = 0
    let hi = this.runs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.runs[mid].oldStart + this.runs[mid].length <= start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.runs.length && this.runs[i].oldStart < end; i++) yield this.runs[i]
  }
}
