import { describe, expect, it } from 'vitest'
import { estimateNestingDepth, flattenBeyondDepth } from './html-depth'
import { inertDocument } from './inert-dom'
import { parseArticle } from './parse-article'

/** Depth of the document jsdom builds, for comparing the estimate with the parser itself. */
function builtDepth(html: string): number {
  let deepest = 0
  const stack: [Element, number][] = [[inertDocument(html).documentElement, 1]]
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!
    deepest = Math.max(deepest, depth)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1])
  }
  return deepest
}

/** Markup that nests `levels` deep in the parser's tree while looking shallow to a naive tag count. */
const ATTACKS: Record<string, (levels: number) => string> = {
  'stray end tags': (n) => '<div></x>'.repeat(n),
  'an abrupt empty comment <!-->': (n) => `<!-->${'<div>'.repeat(n)}-->`,
  'an abrupt empty comment <!--->': (n) => `<!--->${'<div>'.repeat(n)}-->`,
  'a self-closing slash on an ordinary element': (n) => '<div/>'.repeat(n),
  'quoted attribute values holding "<"': (n) => '<div title="<">'.repeat(n),
  'an end tag that cannot close past a special element': (n) => '<span><div></span>'.repeat(n),
  'a misnested formatting element': (n) => '<b><div></b>'.repeat(n)
}

describe('estimateNestingDepth', () => {
  it('counts nesting elements, not void, optional-end or self-closing ones', () => {
    expect(estimateNestingDepth('<div><section><span>x</span></section></div>')).toBe(3)
    expect(estimateNestingDepth('<p>a<p>b<p>c<li>d<br><img src=x><hr/><a name=x><a name=y>')).toBe(0)
    expect(estimateNestingDepth('<div></div><div><div></div></div>')).toBe(2)
  })

  it('skips what only looks like tags in comments, scripts and styles', () => {
    expect(
      estimateNestingDepth(
        `<!-- ${'<div>'.repeat(50)} --><script>var s = "${'<div>'.repeat(50)}"</script><style>/* <div> */</style><b>x</b>`
      )
    ).toBe(1)
  })

  for (const [name, make] of Object.entries(ATTACKS)) {
    it(`counts what the parser builds despite ${name}`, () => {
      const html = make(300)
      expect(estimateNestingDepth(html)).toBeGreaterThanOrEqual(builtDepth(html) - 3)
      expect(builtDepth(html)).toBeGreaterThan(300)
    })
  }

  it('does not count SVG shapes closed with "/>", nor elements closed in order', () => {
    const icon = `<svg viewBox="0 0 10 10">${'<path d="M0 0L1 1"/>'.repeat(500)}</svg>`
    expect(estimateNestingDepth(`<div>${icon}${'<p><b>bold</b> <i>x</i></p>'.repeat(500)}</div>`)).toBe(2)
    expect(estimateNestingDepth(`<svg>${'<div/>'.repeat(50)}`)).toBeGreaterThanOrEqual(50)
  })

  it('stays linear on malformed input', () => {
    const started = Date.now()
    expect(estimateNestingDepth('<a<b'.repeat(200_000))).toBeLessThan(10)
    expect(estimateNestingDepth(`<script>${'<div>'.repeat(100_000)}`)).toBe(0)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('the nesting guard on hostile pages', () => {
  for (const [name, make] of Object.entries(ATTACKS)) {
    it(`refuses a page nested 20,000 levels deep through ${name} as too deeply nested`, () => {
      const result = parseArticle({ bytes: new TextEncoder().encode(`<html><body>${make(20_000)}</body></html>`), fileName: 'deep.html' })
      expect(result).toEqual({
        ok: false,
        error: { kind: 'import', reason: 'unreadable', message: expect.stringContaining('“deep.html” is nested too deeply') }
      })
    })
  }
})

describe('flattenBeyondDepth', () => {
  it('replaces what lies below the limit with its text', () => {
    const doc = inertDocument(`<body><div id="top">${'<div>'.repeat(20)}<em>deep</em> text${'</div>'.repeat(20)}</div></body>`)
    const top = doc.getElementById('top')!
    expect(flattenBeyondDepth(top, 5)).toBe(1)
    let depth = 0
    for (let el: Element | null = top; el; el = el.firstElementChild) depth++
    expect(depth).toBe(6)
    expect(top.textContent).toBe('deep text')
  })

  it('leaves shallow trees untouched', () => {
    const doc = inertDocument('<body><p>a <em>b</em></p></body>')
    expect(flattenBeyondDepth(doc.body, 5)).toBe(0)
    expect(doc.body.innerHTML).toBe('<p>a <em>b</em></p>')
  })
})
