import { describe, expect, it } from 'vitest'
import { estimateNestingDepth, flattenBeyondDepth } from './html-depth'
import { inertDocument } from './inert-dom'

describe('estimateNestingDepth', () => {
  it('counts nesting elements, not void, optional-end or self-closing ones', () => {
    expect(estimateNestingDepth('<div><section><span>x</span></section></div>')).toBe(3)
    expect(estimateNestingDepth('<p>a<p>b<p>c<li>d<br><img src=x><hr/><a name=x><a name=y>')).toBe(0)
    expect(estimateNestingDepth('<div></div><div><div></div></div>')).toBe(2)
  })

  it('skips what only looks like tags in comments, scripts and styles', () => {
    expect(estimateNestingDepth(`<!-- ${'<div>'.repeat(50)} --><script>var s = "${'<div>'.repeat(50)}"</script><style>/* <div> */</style><b>x</b>`)).toBe(1)
  })

  it('stays linear on malformed input', () => {
    const started = Date.now()
    expect(estimateNestingDepth('<a<b'.repeat(200_000))).toBeLessThan(10)
    expect(estimateNestingDepth(`<script>${'<div>'.repeat(100_000)}`)).toBe(0)
    expect(Date.now() - started).toBeLessThan(2000)
  })
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
