// The fingerprint of an article for finding what it quotes: hashed pairs of consecutive content words
// (stems, function words skipped), so that a quote survives light edits, changed function words and a
// few substituted words, while two articles on the same topic, which share words but not their order,
// share few pairs. A share of the pairs can be kept (those whose hash is 0 modulo SAMPLE): both sides
// sample alike, so a pair kept in one text is kept in every text that has it. Pure: runs anywhere.
import { Lexicon } from '../compare/lexicon'
import { tokenize } from '../compare/tokenize'

/** Bumped whenever shingles change meaning: an index built with other parameters is rebuilt. */
export const SHINGLE_VERSION = 1
/** One pair in SAMPLE is kept (a power of two). Measured in bench/sources.bench.ts on 2,000 articles:
 *  every pair kept puts every planted source among the 15 candidates aligned; one in 2 halves the index
 *  but misses one heavily edited quote in 240, one in 4 one in 27, and MinHash of the pairs one in 10.
 *  Finding the source is the point, so every pair is kept. */
export const SAMPLE = 1

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function fnvString(s: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h
}

/** murmur3's finaliser: every input bit moves every output bit, so the low bits sample fairly. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The distinct sampled shingle hashes of a text, sorted ascending. */
export function shingles(text: string, sample = SAMPLE): Uint32Array {
  const lexicon = new Lexicon(text.length / 40)
  const tokens = tokenize(text, lexicon)
  // Stem ids are per lexicon; the hash of the stem's text is what two texts have in common.
  const stemHash = new Map<number, number>()
  const hashOf = (id: number): number => {
    let h = stemHash.get(id)
    if (h === undefined) stemHash.set(id, (h = fnvString(lexicon.text(id))))
    return h
  }
  const out = new Set<number>()
  let previous = 0
  let first = true
  for (let k = 0; k < tokens.count; k++) {
    const id = tokens.stem[k]
    if (lexicon.stop[id]) continue
    const h = hashOf(id)
    if (!first) {
      const s = mix(Math.imul(previous, 0x9e3779b1) ^ h)
      if ((s & (sample - 1)) === 0) out.add(s)
    }
    previous = h
    first = false
  }
  return Uint32Array.from(out).sort()
}
