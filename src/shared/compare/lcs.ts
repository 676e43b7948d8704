// Longest common subsequence of two short id ranges, in one reusable row: O(|x|·|y|) time, O(|y|)
// memory. Only ever run on small pieces (gaps between seeds, clause edges, a sentence pair).

/** Two token ranges, [a0, a1) in A and [b0, b1) in B, and how many of their words are equal in
 *  order: by stem (`lcs`) and as written, case and punctuation aside (`lcsForm`). */
export interface AlignedTokens {
  a0: number
  a1: number
  b0: number
  b1: number
  lcs: number
  lcsForm: number
}

export function lcsLength(x: Int32Array, x0: number, x1: number, y: Int32Array, y0: number, y1: number, row: Int32Array): number {
  const m = y1 - y0
  if (x1 <= x0 || m <= 0) return 0
  row.fill(0, 0, m + 1)
  for (let i = x0; i < x1; i++) {
    const xi = x[i]
    let diagonal = 0
    for (let j = 1; j <= m; j++) {
      const up = row[j]
      if (xi === y[y0 + j - 1]) row[j] = diagonal + 1
      else if (row[j - 1] > up) row[j] = row[j - 1]
      diagonal = up
    }
  }
  return row[m]
}

/**
 * How far an alignment can be pushed past an edge: the end point (i words of x, j words of y,
 * counted away from the edge) of the best-scoring alignment that starts at the edge, scoring +1 a
 * match and -1 a mismatch or a skipped word, or [0, 0] if nothing scores above zero. `dir` is +1 to
 * extend forward from x0/y0, -1 to extend backward from x0-1/y0-1. This is the X-drop extension of
 * seed-and-extend search, bounded to a small box.
 */
export function extendEdge(
  x: Int32Array,
  x0: number,
  maxX: number,
  y: Int32Array,
  y0: number,
  maxY: number,
  dir: 1 | -1,
  row: Int32Array
): [number, number] {
  if (maxX <= 0 || maxY <= 0) return [0, 0]
  const w = maxY + 1
  // row holds the previous DP row in [0, w) and the current one in [w, 2w).
  for (let j = 0; j <= maxY; j++) row[j] = -j
  let best = 0
  let bestI = 0
  let bestJ = 0
  for (let i = 1; i <= maxX; i++) {
    const xi = x[dir > 0 ? x0 + i - 1 : x0 - i]
    row[w] = -i
    for (let j = 1; j <= maxY; j++) {
      const match = xi === y[dir > 0 ? y0 + j - 1 : y0 - j]
      let h = row[j - 1] + (match ? 1 : -1)
      if (row[j] - 1 > h) h = row[j] - 1
      if (row[w + j - 1] - 1 > h) h = row[w + j - 1] - 1
      row[w + j] = h
      // Only end on a match: an alignment never profits from trailing edits.
      if (match && h > best) {
        best = h
        bestI = i
        bestJ = j
      }
    }
    row.copyWithin(0, w, 2 * w)
  }
  return [bestI, bestJ]
}
