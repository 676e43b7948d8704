// A walk over JSON bytes that finds where values begin and end without building them, so that a reader
// that needs one part of a 50 MB library (the article list) parses that part alone. It checks the
// structure it walks (brackets, strings, separators); it does not check numbers and words.
const QUOTE = 0x22
const BACKSLASH = 0x5c

export class JsonScanError extends Error {}

export class JsonScanner {
  pos = 0

  constructor(readonly bytes: Buffer) {}

  fail(): never {
    throw new JsonScanError(`unexpected JSON at byte ${this.pos}`)
  }

  space(): void {
    const b = this.bytes
    while (this.pos < b.length && (b[this.pos] === 0x20 || b[this.pos] === 0x0a || b[this.pos] === 0x0d || b[this.pos] === 0x09)) this.pos++
  }

  /** Skips spaces, then `byte`; false (nothing consumed but spaces) when another byte is there. */
  take(byte: number): boolean {
    this.space()
    if (this.bytes[this.pos] !== byte) return false
    this.pos++
    return true
  }

  expect(byte: number): void {
    if (!this.take(byte)) this.fail()
  }

  /** Skips a string starting here (at its opening quote); returns where it began. */
  string(): number {
    this.space()
    const start = this.pos
    if (this.bytes[start] !== QUOTE) this.fail()
    this.pos = this.stringEnd(start)
    return start
  }

  /** Where the string opening at `start` ends (past its closing quote). */
  stringEnd(start: number): number {
    for (let i = start + 1; ;) {
      const q = this.bytes.indexOf(QUOTE, i)
      if (q < 0) this.fail()
      let backslashes = 0
      while (this.bytes[q - 1 - backslashes] === BACKSLASH) backslashes++
      if (backslashes % 2 === 0) return q + 1
      i = q + 1
    }
  }

  /** Skips any value; returns where it began. */
  value(): number {
    this.space()
    const start = this.pos
    const first = this.bytes[start]
    if (first === QUOTE) this.string()
    else if (first === 0x7b) this.members(() => this.value())
    else if (first === 0x5b) this.elements(() => this.value())
    else {
      while (this.pos < this.bytes.length && !isDelimiter(this.bytes[this.pos])) this.pos++
      if (this.pos === start) this.fail()
    }
    return start
  }

  /** Walks an object; `member` is called at each value with the key's bytes (quotes included) before it. */
  members(member: (keyStart: number, keyEnd: number) => void): void {
    this.expect(0x7b)
    if (this.take(0x7d)) return
    do {
      const keyStart = this.string()
      const keyEnd = this.pos
      this.expect(0x3a)
      member(keyStart, keyEnd)
    } while (this.take(0x2c))
    this.expect(0x7d)
  }

  elements(element: () => void): void {
    this.expect(0x5b)
    if (this.take(0x5d)) return
    do element()
    while (this.take(0x2c))
    this.expect(0x5d)
  }

  /** Whether the bytes from start to end are `text` exactly. */
  is(start: number, end: number, text: Buffer): boolean {
    if (end - start !== text.length) return false
    for (let i = 0; i < text.length; i++) if (this.bytes[start + i] !== text[i]) return false
    return true
  }

  /** The value between start and the current position, parsed. */
  parsed(start: number): unknown {
    return JSON.parse(this.bytes.toString('utf8', start, this.pos))
  }

  end(): void {
    this.space()
    if (this.pos !== this.bytes.length) this.fail()
  }
}

export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

function isDelimiter(byte: number): boolean {
  return byte === 0x2c || byte === 0x5d || byte === 0x7d || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}
