import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { noteLines } from './markdown-note'

/** How Diptych shows a note: CommonMark without raw HTML. */
const diptych = new MarkdownIt({ html: false })
/** A viewer that passes raw HTML through, the least forgiving case for an exported file. */
const viewer = new MarkdownIt({ html: true })

const exported = (note: string): string => noteLines(note).join('\n')

describe('a note keeps its Markdown', () => {
  it.each([
    "Lukashenko's offer has **no counterpart** in the *Trend* transcript.",
    '- only the report has it\n- compare with the original\n  - nested\n\n1. first\n2. second',
    'See the [transcript](https://en.trend.az/x) or [mail](mailto:a@b.c) or [above](#top), and `code`.',
    '| who | said |\n|---|---|\n| Aliyev | from scratch |',
    '```python\nif x > 1:\n    # a comment, not a heading\n    print("<b>")\n```\n\nafter',
    '~~~~\n```\nstill code\n~~~~',
    '- [ ] check the Russian original\n- [x] [[Another note]]',
    'Escaped: \\*not emphasis\\* and \\<b> and 50%'
  ])('and renders as Diptych renders it: %j', (note) => {
    expect(viewer.render(exported(note))).toBe(diptych.render(note))
  })

  it('is empty when blank', () => {
    expect(noteLines(' \n\t\n')).toEqual([])
  })
})

describe('a note cannot change the document around it', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['text\n---', 'text\n\\---'],
    ['text\n=', 'text\n\\='],
    ['***', '\\***'],
    ['> quoted', '\\> quoted'],
    ['- > quoted in a list', '- \\> quoted in a list'],
    ['1. # heading in a list', '1. \\# heading in a list'],
    ['  ```', '  \\```'],
    ['[id]: https://example.org "defines a link for the whole file"', '\\[id]: https://example.org "defines a link for the whole file"'],
    ['[label\nspread]: https://example.org', '\\[label\nspread]: https://example.org'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['<!-- unclosed comment', '&lt;!-- unclosed comment'],
    ['![pixel](https://tracker.example/p.png)', '\\![pixel](https://tracker.example/p.png)'],
    ['[click](javascript:alert(1))', '[click]\\(javascript:alert(1))'],
    ['[click](java&#115;cript:alert(1))', '[click]\\(java&#115;cript:alert(1))'],
    ['%% hides the rest in Obsidian', '\\%\\% hides the rest in Obsidian'],
    ['$$\nx', '\\$\\$\nx'],
    ['ends with an id ^h-deadbeef', 'ends with an id \\^h-deadbeef']
  ])('%j', (note, expected) => {
    expect(exported(note)).toBe(expected)
  })

  it('closes a fence left open, so the rest of the document is not swallowed', () => {
    const lines = noteLines('```js\nconst open = true')
    expect(lines).toEqual(['```js', 'const open = true', '```'])
    const tokens = viewer.parse(lines.join('\n') + '\n\n## Next section', {})
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(1)
    expect(noteLines('````\n```\ninner')).toEqual(['````', '```', 'inner', '````'])
  })

  it('keeps the info string of a fence only for plain languages', () => {
    expect(noteLines('```dataviewjs\ndv.paragraph(1)\n```')[0]).toBe('```')
    expect(noteLines('~~~ Python {.numberLines}\nx\n~~~')[0]).toBe('~~~python')
  })

  it('leaves fenced code as written', () => {
    const code = '```\n# not a heading\n> not a quote\n<b>not a tag</b>\n---\n```'
    expect(exported(code)).toBe(code)
  })
})
