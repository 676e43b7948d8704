// Guards against pathologically nested HTML. jsdom's parser is quadratic in nesting depth and
// Readability worse than cubic (measured: a chain of 500 divs takes 5 s, of 1,000 divs 43 s), while real
// pages stay below a few dozen levels.

/**
 * Not counted: elements whose end tag may be left out, and elements a parser never nests in themselves
 * (a second <a> closes the first). Old pages leave thousands of <p> and <a name> unclosed.
 */
const NOT_NESTING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup',
  'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body', 'a', 'nobr', 'button', 'form'
])
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen', 'image'
])
/** Elements whose content is not markup; what looks like tags inside them is skipped. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

// [^<>] rather than [^>]: each attempt then stops at the next "<", so a file of unclosed "<a<a<a"
// costs linear time instead of quadratic.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<!--/g
const rawTextEnd = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]))

/**
 * The deepest nesting the markup asks for, counted from its tags before any parsing. An upper bound
 * of what a parser builds for well-formed pages; linear in the length of the text.
 */
export function estimateNestingDepth(html: string): number {
  let depth = 0
  let max = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex)
      if (end < 0) break
      TAG.lastIndex = end + 3
      continue
    }
    const name = m[2].toLowerCase()
    if (VOID.has(name) || NOT_NESTING.has(name) || m[0].endsWith('/>')) continue
    if (m[1]) {
      depth = Math.max(0, depth - 1)
      continue
    }
    if (RAW_TEXT.has(name)) {
      const close = rawTextEnd.get(name)!
      close.lastIndex = TAG.lastIndex
      if (!close.exec(html)) break
      TAG.lastIndex = close.lastIndex
      continue
    }
    depth++
    if (depth > max) max = depth
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
