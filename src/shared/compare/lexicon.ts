// Word forms of both texts interned to small dense integer ids, without a string per token: the
// tokenizer hands over a buffer of lowercase UTF-16 codes, the lexicon hashes it (FNV-1a) into an
// open-addressing table and compares against a shared character pool. Each form also gets the id of
// its stem, and stems of function words are flagged, so later stages work on Int32Arrays only.
import { stem } from './stem'
import type { SynonymTable } from './synonyms'
import { COMMON_WORDS } from './commonWords'
import { ABBREVIATIONS, STOPWORDS } from './stopwords'

/** Longest word form kept; the rest of a longer "word" (a URL, a hash) is still one token. */
export const MAX_WORD = 48

export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

/** FNV-1a over buf[0, len). */
export function fnv(buf: Uint16Array, len: number): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < len; i++) hash = Math.imul(hash ^ buf[i], FNV_PRIME)
  return hash
}

function grow<T extends Int32Array | Uint8Array>(arr: T, min: number, fill: number): T {
  if (arr.length >= min) return arr
  let size = arr.length
  while (size < min) size *= 2
  const next = new (arr.constructor as { new (n: number): T })(size)
  next.set(arr)
  if (fill !== 0) next.fill(fill, arr.length)
  return next
}

/** What every lexicon starts from: the word lists interned and stemmed, its arrays cut to their length. */
interface Base {
  size: number
  pool: Uint16Array
  stemOf: Int32Array
  stop: Uint8Array
  common: Uint8Array
  formStart: Int32Array
  formLength: Int32Array
  formHash: Int32Array
  abbreviations: readonly number[]
}

const BASE_ARRAYS = ['stemOf', 'stop', 'common', 'formStart', 'formLength', 'formHash'] as const

/** True while a base lexicon is built (its constructor interns the word lists itself). */
let building = false
const bases = new WeakMap<SynonymTable, Base>()
let plainBase: Base | undefined

function baseFor(synonyms: SynonymTable | undefined): Base {
  const cached = synonyms ? bases.get(synonyms) : plainBase
  if (cached) return cached
  building = true
  try {
    const base = new Lexicon(1024, synonyms).base()
    if (synonyms) bases.set(synonyms, base)
    else plainBase = base
    return base
  } finally {
    building = false
  }
}

/** The base without synonyms, as text: for a build to store. The command line's align kernel starts
 *  from it (usePlainBase, scripts/build-cli.mjs) instead of stemming the word lists again, which took 3
 *  to 6 ms of every `diptych align`. Each form's start and hash follow from the pool and its length. */
export function plainBaseText(): string {
  const { size, pool, stemOf, stop, common, formLength, abbreviations } = baseFor(undefined)
  const ids = (flags: Uint8Array) => [...flags.keys()].filter((id) => flags[id])
  return JSON.stringify({
    size,
    pool: String.fromCharCode(...pool),
    stemOf: [...stemOf],
    formLength: [...formLength],
    stop: ids(stop),
    common: ids(common),
    abbreviations
  })
}

/** Starts every lexicon without synonyms from `text`, plainBaseText() of these same word lists and stemmer. */
export function usePlainBase(text: string): void {
  const stored = JSON.parse(text) as {
    size: number
    pool: string
    stemOf: number[]
    formLength: number[]
    stop: number[]
    common: number[]
    abbreviations: number[]
  }
  const { size, stemOf, formLength, abbreviations } = stored
  const pool = new Uint16Array(stored.pool.length)
  for (let i = 0; i < pool.length; i++) pool[i] = stored.pool.charCodeAt(i)
  const formStart = new Int32Array(size)
  const formHash = new Int32Array(size)
  for (let id = 0, at = 0; id < size; at += formLength[id++]) {
    formStart[id] = at
    formHash[id] = fnv(pool.subarray(at), formLength[id])
  }
  const flags = (ids: number[]) => {
    const set = new Uint8Array(size)
    for (const id of ids) set[id] = 1
    return set
  }
  plainBase = {
    size,
    pool,
    formStart,
    formHash,
    abbreviations,
    stemOf: Int32Array.from(stemOf),
    formLength: Int32Array.from(formLength),
    stop: flags(stored.stop),
    common: flags(stored.common)
  }
}

export class Lexicon {
  /** Number of distinct ids handed out (word forms and stems share one id space). */
  size = 0
  /** For each id interned as a word form: the id of its stem; -1 otherwise. */
  stemOf: Int32Array
  /** 1 for the stems (and forms) of function words. */
  stop: Uint8Array
  /** 1 for the stems of the most common content words of English. */
  common: Uint8Array
  /** Word-form ids that a full stop after them does not end a sentence ("Mr.", "No."). */
  readonly abbreviations = new Set<number>()

  private pool: Uint16Array
  private poolLength = 0
  private formStart: Int32Array
  private formLength: Int32Array
  private formHash: Int32Array
  private table: Int32Array
  private scratch = new Uint16Array(MAX_WORD)

  /** `expectedForms`: a guess of how many distinct forms will come, to size the tables once.
   *  `synonyms`: stem → group (synonyms.ts); the stems of one group then share one id. */
  constructor(
    expectedForms = 1024,
    private readonly synonyms?: SynonymTable
  ) {
    let size = 1024
    while (size < expectedForms) size *= 2
    // The function words, common words and abbreviations are interned (and stemmed) once per module
    // and synonym table, then copied: align() makes a lexicon per call.
    const base = building ? undefined : baseFor(synonyms)
    const capacity = Math.max(size, base?.size ?? 0)
    this.stemOf = new Int32Array(capacity).fill(-1)
    this.stop = new Uint8Array(capacity)
    this.common = new Uint8Array(capacity)
    this.formStart = new Int32Array(capacity)
    this.formLength = new Int32Array(capacity)
    this.formHash = new Int32Array(capacity)
    this.table = new Int32Array(capacity * 2).fill(-1)
    this.pool = new Uint16Array(Math.max(capacity * 8, base?.pool.length ?? 0))
    if (base) {
      this.size = base.size
      this.poolLength = base.pool.length
      this.pool.set(base.pool)
      for (const key of BASE_ARRAYS) this[key].set(base[key])
      for (const id of base.abbreviations) this.abbreviations.add(id)
      this.rehash(this.table.length)
      return
    }
    for (const word of STOPWORDS) {
      const id = this.internString(word)
      this.stop[id] = 1
      this.stop[this.stemOf[id]] = 1
    }
    for (const word of COMMON_WORDS) this.common[this.stemOf[this.internString(word)]] = 1
    for (const word of ABBREVIATIONS) this.abbreviations.add(this.internString(word))
  }

  /** This lexicon's arrays as they are, for others to start from. */
  base(): Base {
    const arrays = Object.fromEntries(BASE_ARRAYS.map((key) => [key, this[key].slice(0, this.size)]))
    return {
      ...(arrays as Pick<Base, (typeof BASE_ARRAYS)[number]>),
      size: this.size,
      pool: this.pool.slice(0, this.poolLength),
      abbreviations: [...this.abbreviations]
    }
  }

  /** Id of the lowercase word form in buf[0, len); interns the form and its stem on first sight.
   *  `hash` is fnv(buf, len), when the caller has it already. */
  word(buf: Uint16Array, len: number, hash = fnv(buf, len)): number {
    const id = this.intern(buf, len, hash)
    if (this.stemOf[id] < 0) {
      const scratch = this.scratch
      for (let i = 0; i < len; i++) scratch[i] = buf[i]
      const stemLength = stem(scratch, len)
      let stemId = stemLength === len ? id : this.intern(scratch, stemLength, fnv(scratch, stemLength))
      const group = this.synonyms?.get(String.fromCharCode(...scratch.subarray(0, stemLength)))
      if (group !== undefined && !this.stop[stemId]) {
        const common = this.common[stemId]
        stemId = this.internString(`≈${group}`)
        this.common[stemId] |= common
      }
      this.stemOf[id] = stemId
    }
    return id
  }

  /** The text of an id, for tests and debugging. */
  text(id: number): string {
    const from = this.formStart[id]
    return String.fromCharCode(...this.pool.subarray(from, from + this.formLength[id]))
  }

  private internString(word: string): number {
    const buf = new Uint16Array(word.length)
    for (let i = 0; i < word.length; i++) buf[i] = word.charCodeAt(i)
    return this.word(buf, word.length)
  }

  private intern(buf: Uint16Array, len: number, hash: number): number {
    const mask = this.table.length - 1
    let slot = hash & mask
    for (;;) {
      const id = this.table[slot]
      if (id < 0) break
      if (this.formLength[id] === len && this.sameForm(id, buf, len)) return id
      slot = (slot + 1) & mask
    }
    const id = this.size++
    this.formStart = grow(this.formStart, id + 1, 0)
    this.formLength = grow(this.formLength, id + 1, 0)
    this.formHash = grow(this.formHash, id + 1, 0)
    this.stemOf = grow(this.stemOf, id + 1, -1)
    this.stop = grow(this.stop, id + 1, 0)
    this.common = grow(this.common, id + 1, 0)
    if (this.poolLength + len > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + len))
      pool.set(this.pool)
      this.pool = pool
    }
    for (let i = 0; i < len; i++) this.pool[this.poolLength + i] = buf[i]
    this.formStart[id] = this.poolLength
    this.formLength[id] = len
    this.formHash[id] = hash
    this.poolLength += len
    this.table[slot] = id
    // Keep the table at most half full so that probes stay short.
    if (this.size * 2 > this.table.length) this.rehash()
    return id
  }

  private sameForm(id: number, buf: Uint16Array, len: number): boolean {
    const from = this.formStart[id]
    for (let i = 0; i < len; i++) if (this.pool[from + i] !== buf[i]) return false
    return true
  }

  private rehash(length = this.table.length * 2): void {
    const table = new Int32Array(length).fill(-1)
    const mask = table.length - 1
    for (let id = 0; id < this.size; id++) {
      let slot = this.formHash[id] & mask
      while (table[slot] >= 0) slot = (slot + 1) & mask
      table[slot] = id
    }
    this.table = table
  }
}
