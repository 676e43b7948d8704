// Which articles may hold a query, so that search runs its substring check only on those: for every
// two- and three-character piece (gram) of each article's folded text, one bit per article. A query is
// in an article's text only if each of its grams is, so the articles whose bits survive the AND of the
// query's grams are a superset of those that hold it: none is missed, and the substring check that
// follows keeps the hits exactly those of a scan. Bigrams serve two-letter queries, trigrams longer ones.
//
// The bits of all grams live in one typed array, a row per gram, a bit per article's slot: far less
// memory than a list of articles per gram, and a query is a few ANDs of rows of a few dozen words.

// A gram's key packs 10 bits of each character into a 31-bit integer, kept in a table of our own (open
// addressing over typed arrays: four times faster than a Map on a library's text).
// Characters beyond the first 1,024 share keys: an article may then pass the filter without holding the
// query, never the other way, and the substring check that follows decides.
const EMPTY = 0x7fffffff
const TEN = (c: number) => (c < 1024 ? c : (c ^ (c >>> 10)) & 1023)
const pairKey = (a: number, b: number) => -1 - ((a << 10) | b)
const tripleKey = (a: number, b: number, c: number) => (a << 20) | (b << 10) | c
const bigram = (s: string, i: number) => pairKey(TEN(s.charCodeAt(i)), TEN(s.charCodeAt(i + 1)))
const trigram = (s: string, i: number) => tripleKey(TEN(s.charCodeAt(i)), TEN(s.charCodeAt(i + 1)), TEN(s.charCodeAt(i + 2)))

/** The grams a query's every occurrence holds: its bigram when it is two characters long, else its trigrams. */
function gramsOf(q: string): number[] {
  if (q.length === 2) return [bigram(q, 0)]
  const out: number[] = []
  for (let i = 0; i + 3 <= q.length; i++) out.push(trigram(q, i))
  return out
}

interface Slot {
  bit: number
  /** When its bits were last set: a query's answer tells nothing about a slot set after it. */
  since: number
}

export class ArticleGrams {
  private readonly slots = new Map<string, Slot>()
  private readonly free: number[] = []
  /** Grams (EMPTY where none) and, at the same place, the offset of their row. */
  private keys = new Int32Array(1024).fill(EMPTY)
  private offsets = new Int32Array(1024)
  /** 32 less the bits of a place in the table. */
  private shift = 22
  private rowCount = 0
  /** Words (32 bits) in a row. */
  private width = 1
  private bits = new Uint32Array(64)
  private stamp = 0

  /** Sets the grams of `folded` as `id`'s, in place of any it had. */
  set(id: string, folded: string): void {
    let slot = this.slots.get(id)
    if (slot) this.clear(slot.bit)
    else slot = { bit: this.take(), since: 0 }
    slot.since = ++this.stamp
    this.slots.set(id, slot)
    const word = slot.bit >>> 5
    const mask = 1 << (slot.bit & 31)
    // Each character's ten bits worked out once, for the three grams it is in.
    let a = 0
    let b = folded.length > 0 ? TEN(folded.charCodeAt(0)) : 0
    for (let i = 1; i < folded.length; i++) {
      const c = TEN(folded.charCodeAt(i))
      // The row first: making a row may move the bits to a larger array.
      const pair = this.row(pairKey(b, c)) + word
      this.bits[pair] |= mask
      if (i >= 2) {
        const triple = this.row(tripleKey(a, b, c)) + word
        this.bits[triple] |= mask
      }
      a = b
      b = c
    }
  }

  delete(id: string): void {
    const slot = this.slots.get(id)
    if (!slot) return
    this.clear(slot.bit)
    this.slots.delete(id)
    this.free.push(slot.bit)
  }

  has(id: string): boolean {
    return this.slots.has(id)
  }

  /** Whether an article may hold `q` (folded, two characters or more): false only when it cannot. An
   * article not indexed (or indexed again since this call) may. */
  mayHold(q: string): (id: string) => boolean {
    const found = new Uint32Array(this.width).fill(0xffffffff)
    for (const gram of gramsOf(q)) {
      const row = this.find(gram)
      if (row < 0) {
        found.fill(0)
        break
      }
      for (let w = 0; w < this.width; w++) found[w] &= this.bits[row + w]
    }
    const asked = this.stamp
    return (id) => {
      const slot = this.slots.get(id)
      return !slot || slot.since > asked || slot.bit >>> 5 >= found.length || (found[slot.bit >>> 5] & (1 << (slot.bit & 31))) !== 0
    }
  }

  /** Bytes held by the bits and the table of grams. */
  get bytes(): number {
    return this.bits.byteLength + this.keys.byteLength + this.offsets.byteLength
  }

  private take(): number {
    const bit = this.free.pop() ?? this.slots.size
    if (bit >>> 5 >= this.width) this.widen()
    return bit
  }

  /** Twice as many slots: every row moves to its place in the wider array. */
  private widen(): void {
    const width = this.width * 2
    const bits = new Uint32Array(Math.max(64, (this.bits.length / this.width) * width))
    for (let at = 0; at < this.keys.length; at++) {
      if (this.keys[at] === EMPTY) continue
      const offset = this.offsets[at]
      bits.set(this.bits.subarray(offset, offset + this.width), (offset / this.width) * width)
      this.offsets[at] = (offset / this.width) * width
    }
    this.width = width
    this.bits = bits
  }

  /** Where a gram is in the table, or where it would go. */
  private place(gram: number): number {
    const mask = this.keys.length - 1
    // Fibonacci hashing: the top bits of the product, as many as the table has places.
    let at = Math.imul(gram, 0x9e3779b1) >>> this.shift
    while (this.keys[at] !== EMPTY && this.keys[at] !== gram) at = (at + 1) & mask
    return at
  }

  /** The offset of a gram's row, or -1. */
  private find(gram: number): number {
    const at = this.place(gram)
    return this.keys[at] === EMPTY ? -1 : this.offsets[at]
  }

  /** The offset of a gram's row, made when first met. */
  private row(gram: number): number {
    let at = this.place(gram)
    if (this.keys[at] !== EMPTY) return this.offsets[at]
    if ((this.rowCount + 1) * 2 > this.keys.length) {
      this.rehash()
      at = this.place(gram)
    }
    const offset = this.rowCount++ * this.width
    if (offset + this.width > this.bits.length) {
      const bits = new Uint32Array(this.bits.length * 2)
      bits.set(this.bits)
      this.bits = bits
    }
    this.keys[at] = gram
    this.offsets[at] = offset
    return offset
  }

  /** A table twice as large, kept at most half full so that a gram is found in a step or two. */
  private rehash(): void {
    const { keys, offsets } = this
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY)
    this.offsets = new Int32Array(keys.length * 2)
    this.shift--
    for (let at = 0; at < keys.length; at++) {
      if (keys[at] === EMPTY) continue
      const to = this.place(keys[at])
      this.keys[to] = keys[at]
      this.offsets[to] = offsets[at]
    }
  }

  private clear(bit: number): void {
    const word = bit >>> 5
    const keep = ~(1 << (bit & 31))
    for (let offset = word; offset < this.rowCount * this.width; offset += this.width) this.bits[offset] &= keep
  }
}
