// Guards against pathologically nested HTML. jsdom's parser is quadratic in nesting depth and
// Readability worse than cubic (measured: a chain of 500 divs takes 5 s, of 1,000 divs 43 s), while real
// pages stay below a few dozen levels.
import { TagScanner } from './html-tag-scanner'
import { BREAKOUT, INTEGRATION_POINTS, NOT_NESTING, RAW_TEXT, SCOPE, SPECIAL, VOID } from './html-elements'

const HEADING = /^h[1-6]$/

interface Open {
  name: string
  /** An SVG or MathML element. */
  foreign: boolean
  /** Index of the nearest element at or below this one that bounds a scope, or -1. */
  scope: number
  /** Index of the nearest special element at or below this one, or -1. */
  special: number
}

const inForeignContent = (top: Open | undefined): boolean => !!top && top.foreign && !INTEGRATION_POINTS.has(top.name)

/**
 * The tree builder's stack of open elements, with what an end tag needs kept at hand (the last open
 * element of each name, the nearest scope boundary and special element), so that each tag costs the
 * same however deep the stack is.
 */
class OpenElements {
  readonly stack: Open[] = []
  private readonly byName = new Map<string, number[]>()

  get top(): Open | undefined {
    return this.stack[this.stack.length - 1]
  }

  push(name: string, foreign: boolean): void {
    const i = this.stack.length
    const below = this.top
    const bounds = foreign ? INTEGRATION_POINTS.has(name) : SCOPE.has(name)
    const special = foreign ? INTEGRATION_POINTS.has(name) : SPECIAL.has(name)
    this.stack.push({ name, foreign, scope: bounds ? i : (below?.scope ?? -1), special: special ? i : (below?.special ?? -1) })
    let at = this.byName.get(name)
    if (!at) this.byName.set(name, (at = []))
    at.push(i)
  }

  popTo(length: number): void {
    while (this.stack.length > length) this.byName.get(this.stack.pop()!.name)!.pop()
  }

  lastIndexOf(name: string): number {
    const at = this.byName.get(name)
    return at && at.length > 0 ? at[at.length - 1] : -1
  }

  /**
   * An end tag closes what the tree builder closes: the nearest open element of its name within scope,
   * with everything opened after it. A stray end tag ("</x>" with no x open) closes nothing. An ordinary
   * element's end tag does not close past a special element; for a misnested formatting element the
   * adoption agency keeps the block it straddles open, so nothing is closed then either.
   */
  close(name: string): void {
    const top = this.top
    if (!top) return
    const target = HEADING.test(name) ? Math.max(...HEADINGS.map((h) => this.lastIndexOf(h))) : this.lastIndexOf(name)
    if (target < 0 || top.scope > target) return
    if (!SPECIAL.has(name) && top.special > target) return
    this.popTo(target)
  }
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/**
 * The deepest nesting the markup builds, counted from its tags before any parsing: a model of the HTML
 * tree builder's stack of open elements that counts no less than the parser builds (elements with
 * optional end tags aside). Linear in the length of the text; stops counting once past `stopAbove`.
 */
export function estimateNestingDepth(html: string, stopAbove = Infinity): number {
  const scanner = new TagScanner(html)
  const open = new OpenElements()
  let max = 0
  for (let tag = scanner.next(); tag && max <= stopAbove; tag = scanner.next()) {
    const { name } = tag
    if (tag.end) {
      open.close(name)
      continue
    }
    if (inForeignContent(open.top) && BREAKOUT.has(name)) {
      let keep = open.stack.length
      while (keep > 0 && open.stack[keep - 1].foreign) keep--
      open.popTo(keep)
    }
    const foreign = inForeignContent(open.top) || name === 'svg' || name === 'math'
    if (foreign) {
      if (tag.selfClosing) continue
    } else {
      if (name === 'plaintext') break
      if (VOID.has(name) || NOT_NESTING.has(name)) continue
      if (RAW_TEXT.has(name)) {
        scanner.skipRawText(name)
        continue
      }
    }
    open.push(name, foreign)
    if (open.stack.length > max) max = open.stack.length
  }
  return max
}

/**
 * Replaces whatever lies deeper than `maxDepth` below `root` with its plain text, so that later passes
 * (Readability, serialisation, sanitising) see a tree of bounded depth. Iterative: the tree may be
 * deeper than the call stack.
 */
export function flattenBeyondDepth(root: Element, maxDepth: number): number {
  let flattened = 0
  const stack: [Element, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    if (depth >= maxDepth) {
      if (el.firstElementChild) {
        const text = el.textContent
        el.textContent = text
        flattened++
      }
      continue
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1])
  }
  return flattened
}
