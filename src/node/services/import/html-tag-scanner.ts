// Reads the tags of an HTML text the way the HTML tokenizer does (WHATWG HTML, "Tokenization"), without
// building anything: comments (including the abrupt "<!-->" and "<!--->"), doctypes and bogus comments
// are skipped, quoted attribute values may hold "<" and ">", and a tag cut off by the end of the text is
// dropped. One pass, each character looked at a bounded number of times.

export interface Tag {
  /** Lower-cased, as the tokenizer folds it. */
  name: string
  end: boolean
  /** Ends in "/>": meaningful only for void and foreign (SVG, MathML) elements. */
  selfClosing: boolean
}

/** The character codes the scanner stops at. */
const CHAR = { GT: 0x3e, SLASH: 0x2f, BANG: 0x21, QUESTION: 0x3f, EQUALS: 0x3d, DASH: 0x2d } as const

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
/** Tab, line feed, form feed, carriage return (folded into a line feed before tokenizing) and space. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d

const enum State {
  BeforeName,
  Name,
  AfterName,
  BeforeValue,
  Unquoted,
  AfterQuoted
}

export class TagScanner {
  private pos = 0
  private readonly rawEnds = new Map<string, RegExp>()

  constructor(private readonly html: string) {}

  /** The next tag, or null at the end of the text. */
  next(): Tag | null {
    const s = this.html
    while (this.pos < s.length) {
      const lt = s.indexOf('<', this.pos)
      if (lt < 0) break
      const c = s.charCodeAt(lt + 1)
      if (isLetter(c)) return this.tag(lt + 1, false)
      if (c === CHAR.SLASH) {
        const d = s.charCodeAt(lt + 2)
        if (isLetter(d)) return this.tag(lt + 2, true)
        // "</>" is dropped; "</" and anything else opens a bogus comment.
        this.pos = d === CHAR.GT ? lt + 3 : this.afterNext(CHAR.GT, lt + 2)
      } else if (c === CHAR.BANG) {
        this.pos = s.startsWith('<!--', lt) ? this.afterComment(lt + 4) : this.afterNext(CHAR.GT, lt + 2)
      } else if (c === CHAR.QUESTION) {
        this.pos = this.afterNext(CHAR.GT, lt + 1)
      } else {
        this.pos = lt + 1
      }
    }
    this.pos = s.length
    return null
  }

  /**
   * Skips the text of a raw text or RCDATA element (script, style, textarea, title…) up to its own end
   * tag, which next() then returns; to the end of the text when it has none.
   */
  skipRawText(name: string): void {
    let end = this.rawEnds.get(name)
    if (!end) {
      end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')
      this.rawEnds.set(name, end)
    }
    end.lastIndex = this.pos
    const found = end.exec(this.html)
    this.pos = found ? found.index : this.html.length
  }

  private afterNext(code: number, from: number): number {
    const at = this.html.indexOf(String.fromCharCode(code), from)
    return at < 0 ? this.html.length : at + 1
  }

  /** Where a comment whose "<!--" ends just before `from` ends. */
  private afterComment(from: number): number {
    const s = this.html
    if (s.charCodeAt(from) === CHAR.GT) return from + 1
    if (s.charCodeAt(from) === CHAR.DASH && s.charCodeAt(from + 1) === CHAR.GT) return from + 2
    const dashes = s.indexOf('-->', from)
    const bang = s.indexOf('--!>', from)
    if (dashes < 0 && bang < 0) return s.length
    if (bang < 0 || (dashes >= 0 && dashes < bang)) return dashes + 3
    return bang + 4
  }

  private tag(nameStart: number, end: boolean): Tag | null {
    const s = this.html
    let i = nameStart
    while (i < s.length) {
      const c = s.charCodeAt(i)
      if (isSpace(c) || c === CHAR.SLASH || c === CHAR.GT) break
      i++
    }
    const name = s.slice(nameStart, i).toLowerCase()
    let state = State.BeforeName
    let selfClosing = false
    while (i < s.length) {
      const c = s.charCodeAt(i)
      if (c === CHAR.SLASH && state !== State.Unquoted && state !== State.BeforeValue) {
        // The self-closing start tag state: "/>" ends the tag, a "/" elsewhere is dropped.
        if (s.charCodeAt(i + 1) === CHAR.GT) {
          selfClosing = true
          i++
        } else {
          i++
          state = State.BeforeName
          continue
        }
      }
      if (s.charCodeAt(i) === CHAR.GT) {
        this.pos = i + 1
        return { name, end, selfClosing }
      }
      switch (state) {
        case State.BeforeName:
          if (!isSpace(c)) state = State.Name
          break
        case State.Name:
          if (isSpace(c)) state = State.AfterName
          else if (c === CHAR.EQUALS) state = State.BeforeValue
          break
        case State.AfterName:
          if (c === CHAR.EQUALS) state = State.BeforeValue
          else if (!isSpace(c)) state = State.Name
          break
        case State.BeforeValue:
          if (c === 0x22 || c === 0x27) {
            const close = s.indexOf(String.fromCharCode(c), i + 1)
            if (close < 0) return this.cutOff()
            i = close
            state = State.AfterQuoted
          } else if (!isSpace(c)) state = State.Unquoted
          break
        case State.Unquoted:
          if (isSpace(c)) state = State.BeforeName
          break
        case State.AfterQuoted:
          // Reconsumed in the before-attribute-name state: a name starts right after the quote.
          state = isSpace(c) ? State.BeforeName : State.Name
          break
      }
      i++
    }
    return this.cutOff()
  }

  /** A tag the end of the text cuts off is not emitted; nothing follows it. */
  private cutOff(): null {
    this.pos = this.html.length
    return null
  }
}
