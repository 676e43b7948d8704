// Word-level diff of two short texts (a quote and its source): Myers' O(ND) algorithm over word ids,
// case and punctuation aside but no stemming, so "rebuild" → "rebuilding" shows as a change.
import { Lexicon } from './lexicon'
import { tokenize, type TokenStream } from './tokenize'
import type { WordDiffOp } from './types'

/** Beyond this many edits the diff is not worth the time or memory (D² entries of trace): the two
 *  texts are then shown as one deletion and one insertion around their common start and end. */
const MAX_EDITS = 2000

const EQUAL = 0
const DELETE = 1
const INSERT = 2

export function wordDiff(a: string, b: string): WordDiffOp[] {
  const lexicon = new Lexicon()
  const ta = tokenize(a, lexicon)
  const tb = tokenize(b, lexicon)
  const x = ta.form
  const y = tb.form
  let prefix = 0
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++
  let suffix = 0
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++
  const midX = x.subarray(prefix, x.length - suffix)
  const midY = y.subarray(prefix, y.length - suffix)
  const middle = myers(midX, midY) ?? [...Array(midX.length).fill(DELETE), ...Array(midY.length).fill(INSERT)]
  const script = [...Array(prefix).fill(EQUAL), ...middle, ...Array(suffix).fill(EQUAL)]
  return toOps(script, a, ta, b, tb)
}

/** The edit script from x to y, or null past MAX_EDITS. */
function myers(x: Int32Array, y: Int32Array): number[] | null {
  const n = x.length
  const m = y.length
  if (n === 0 || m === 0) return [...Array(n).fill(DELETE), ...Array(m).fill(INSERT)]
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let j = i - k
      while (i < n && j < m && x[i] === y[j]) {
        i++
        j++
      }
      v[offset + k] = i
      if (i >= n && j >= m) return backtrack(trace, d, n, m)
    }
    trace.push(v.slice(offset - d, offset + d + 1))
  }
  return null
}

function backtrack(trace: Int32Array[], depth: number, n: number, m: number): number[] {
  const script: number[] = []
  let i = n
  let j = m
  for (let d = depth; d > 0; d--) {
    const prev = trace[d - 1] // prev[k + d - 1] is the furthest i on diagonal k after d - 1 edits
    const k = i - j
    const down = k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])
    const prevK = down ? k + 1 : k - 1
    const prevI = prev[prevK + d - 1]
    const prevJ = prevI - prevK
    while (i > prevI && j > prevJ) {
      script.push(EQUAL)
      i--
      j--
    }
    script.push(down ? INSERT : DELETE)
    if (down) j--
    else i--
  }
  while (i > 0 && j > 0) {
    script.push(EQUAL)
    i--
    j--
  }
  return script.reverse()
}

/** Runs of equal ops, each with the text from its first word to its last, in the text it is in. */
function toOps(script: number[], a: string, ta: TokenStream, b: string, tb: TokenStream): WordDiffOp[] {
  const ops: WordDiffOp[] = []
  let i = 0
  let j = 0
  for (let s = 0; s < script.length;) {
    const op = script[s]
    let run = 0
    while (s + run < script.length && script[s + run] === op) run++
    if (op === INSERT) {
      ops.push({ op: 'insert', text: b.slice(tb.start[j], tb.end[j + run - 1]) })
      j += run
    } else {
      ops.push({ op: op === EQUAL ? 'equal' : 'delete', text: a.slice(ta.start[i], ta.end[i + run - 1]) })
      i += run
      if (op === EQUAL) j += run
    }
    s += run
  }
  return ops
}
