// The candidate stage, measured three ways on one generated library, in memory: how often a planted
// source is among the candidates the aligner reads (recall@15), and what each keeps per article.
//  - word pairs, all or one in 2 or 4 kept, in an inverted index weighted by rarity (what Diptych does);
//  - MinHash of the same word pairs (128 hashes), ranked by estimated resemblance (Jaccard), which is
//    the best LSH banding on those signatures could do: banding only loses candidates.
import { shingles } from '../src/shared/sources/shingles'
import type { SourcesLibrary } from './generate-sources'
import { printRow } from './report'

const CANDIDATES = 15
const HASHES = 128

function mix(h: number, seed: number): number {
  h = Math.imul(h ^ seed, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function minhash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const x of set) for (let k = 0; k < HASHES; k++) sig[k] = Math.min(sig[k], mix(x, k * 0x9e3779b9))
  return sig
}

export function compareCandidateStages(library: SourcesLibrary): void {
  const docs = [...library.articles()].map((a) => shingles(a.text, 1))
  const planted = library.planted()
  const n = docs.length
  const topOf = (scores: Float64Array, self: number) => {
    scores[self] = -1
    return [...scores.keys()].sort((x, y) => scores[y] - scores[x]).slice(0, CANDIDATES)
  }
  const recallOf = (rank: (q: number) => number[]) => {
    let found = 0
    let total = 0
    for (const p of planted) {
      const q = Number(p.id.slice(4))
      const top = rank(q)
      for (const s of p.sources) {
        total++
        if (top.includes(Number(s.slice(4)))) found++
      }
    }
    return `${((100 * found) / total).toFixed(1)}% (${found}/${total})`
  }
  for (const sample of [1, 2, 4]) {
    const kept = docs.map((d) => d.filter((h) => (h & (sample - 1)) === 0))
    const postings = new Map<number, number[]>()
    kept.forEach((d, i) => d.forEach((h) => (postings.get(h) ?? postings.set(h, []).get(h)!).push(i)))
    const size = kept.reduce((s, d) => s + d.length, 0)
    const recall = recallOf((q) => {
      const scores = new Float64Array(n)
      for (const h of kept[q]) {
        const list = postings.get(h)!
        if (list.length > Math.max(32, n / 100)) continue
        for (const d of list) scores[d] += Math.log(n / list.length)
      }
      return topOf(scores, q)
    })
    printRow(
      `  word pairs, one in ${sample} kept: recall@${CANDIDATES}`,
      `${recall}; ${Math.round((size / n) * 4)} bytes of postings an article`
    )
  }
  const sigs = docs.map(minhash)
  const recall = recallOf((q) => {
    const scores = new Float64Array(n)
    sigs.forEach((s, d) => {
      let same = 0
      for (let k = 0; k < HASHES; k++) if (s[k] === sigs[q][k]) same++
      scores[d] = same
    })
    return topOf(scores, q)
  })
  printRow(`  MinHash (${HASHES}) of word pairs: recall@${CANDIDATES}`, `${recall}; ${HASHES * 4} bytes an article`)
}
