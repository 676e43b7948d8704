import { describe, expect, it } from 'vitest'
import { beginMarker, endMarker, mergeManaged, renderManaged, type ManagedNote } from './managed-region'
import { frontMatterValue } from './front-matter-merge'

function note(regions: [string, string][], fields: [string, string][] = [['title', 'T']], exported = '2024-01-01'): ManagedNote {
  const all = [['diptych', 'diptych://article/a1'], ...fields, ['exported', exported]]
  return {
    fields: all.map(([key, value]) => ({ key, lines: [`${key}: "${value}"`] })),
    ownedKeys: new Set(['diptych', 'title', 'author', 'tags', 'exported']),
    volatileKeys: new Set(['exported']),
    regions: regions.map(([key, text]) => ({ key, text }))
  }
}

const v1 = note([
  ['article', '# Title\n\n## Highlights'],
  ['h-1', '> one\n\n^h-1'],
  ['h-2', '> two\n\n^h-2']
])

function updated(existing: string, fresh: ManagedNote): string {
  const outcome = mergeManaged(existing, fresh)
  if (outcome.kind !== 'updated') throw new Error(`expected an update, got ${JSON.stringify(outcome)}`)
  return outcome.content
}

describe('a new managed note', () => {
  it('has its front matter, then each part between its markers, a blank line apart', () => {
    expect(renderManaged(v1)).toBe(
      [
        '---',
        'diptych: "diptych://article/a1"',
        'title: "T"',
        'exported: "2024-01-01"',
        '---',
        '',
        beginMarker('article'),
        '# Title',
        '',
        '## Highlights',
        endMarker('article'),
        '',
        beginMarker('h-1'),
        '> one',
        '',
        '^h-1',
        endMarker('h-1'),
        '',
        beginMarker('h-2'),
        '> two',
        '',
        '^h-2',
        endMarker('h-2'),
        ''
      ].join('\n')
    )
    expect(frontMatterValue(renderManaged(v1), 'diptych')).toBe('diptych://article/a1')
  })
})

describe('merging a new export into a note', () => {
  it('changes nothing when nothing changed, the export date included', () => {
    const file = renderManaged(v1)
    expect(mergeManaged(file, v1)).toEqual({ kind: 'unchanged' })
    expect(
      mergeManaged(
        file,
        note(
          [
            ...([
              ['article', '# Title\n\n## Highlights'],
              ['h-1', '> one\n\n^h-1'],
              ['h-2', '> two\n\n^h-2']
            ] as [string, string][])
          ],
          undefined,
          '2025-05-05'
        )
      )
    ).toEqual({
      kind: 'unchanged'
    })
  })

  it('writes the new export date only with a change', () => {
    const v2 = note(
      [
        ['article', '# Title\n\n## Highlights'],
        ['h-1', '> one, edited\n\n^h-1'],
        ['h-2', '> two\n\n^h-2']
      ],
      undefined,
      '2025-05-05'
    )
    const merged = updated(renderManaged(v1), v2)
    expect(merged).toContain('exported: "2025-05-05"')
    expect(merged).toContain('> one, edited')
  })

  it('keeps the reader’s text before, between and after the parts, byte for byte', () => {
    const file =
      renderManaged(v1)
        .replace('\n' + beginMarker('article'), '\nMy intro, *before*.\n\n' + beginMarker('article'))
        .replace(endMarker('h-1') + '\n', endMarker('h-1') + '\n\nOn one: see [[Other note]].  \n') + '\n## My conclusions\n\n- a list\n'
    const v2 = note([
      ['article', '# Title!\n\n## Highlights'],
      ['h-1', '> ONE\n\n^h-1'],
      ['h-2', '> TWO\n\n^h-2']
    ])
    const merged = updated(file, v2)
    expect(merged).toContain('\nMy intro, *before*.\n\n' + beginMarker('article') + '\n# Title!\n')
    expect(merged).toContain(endMarker('h-1') + '\n\nOn one: see [[Other note]].  \n\n' + beginMarker('h-2') + '\n> TWO')
    expect(merged.endsWith(endMarker('h-2') + '\n\n## My conclusions\n\n- a list\n')).toBe(true)
  })

  it('keeps the reader’s text after a part with that part when a highlight is added before it', () => {
    const file = renderManaged(v1).replace(endMarker('h-2') + '\n', endMarker('h-2') + '\nAbout two.\n')
    const v2 = note([
      ['article', '# Title\n\n## Highlights'],
      ['h-0', '> zero'],
      ['h-1', '> one\n\n^h-1'],
      ['h-2', '> two\n\n^h-2']
    ])
    const merged = updated(file, v2)
    expect(merged.indexOf(beginMarker('h-0'))).toBeLessThan(merged.indexOf(beginMarker('h-1')))
    expect(merged.endsWith(endMarker('h-2') + '\nAbout two.\n')).toBe(true)
  })

  it('takes a deleted highlight out, and moves what the reader wrote after it behind the part before', () => {
    const file = renderManaged(v1).replace(endMarker('h-1') + '\n', endMarker('h-1') + '\nAbout one.\n')
    const v2 = note([
      ['article', '# Title\n\n## Highlights'],
      ['h-2', '> two\n\n^h-2']
    ])
    const merged = updated(file, v2)
    expect(merged).not.toContain('> one')
    expect(merged).not.toContain('h-1')
    expect(merged).toContain(endMarker('article') + '\nAbout one.\n\n' + beginMarker('h-2'))
  })

  it('keeps the reader’s front matter properties, and rewrites only Diptych’s', () => {
    const file = renderManaged(v1).replace(
      'title: "T"\n',
      'title: "T"\nstatus: reading   # mine\naliases:\n  - Karabakh report\n# a comment\nrating: 5\n'
    )
    const v2 = note(
      [
        ['article', '# Title\n\n## Highlights'],
        ['h-1', '> one\n\n^h-1'],
        ['h-2', '> two\n\n^h-2']
      ],
      [
        ['title', 'New title'],
        ['author', 'Jane']
      ]
    )
    const merged = updated(file, v2)
    expect(merged.split('\n---\n')[0]).toBe(
      [
        '---',
        'diptych: "diptych://article/a1"',
        'title: "New title"',
        'author: "Jane"',
        'status: reading   # mine',
        'aliases:',
        '  - Karabakh report',
        '# a comment',
        'rating: 5',
        'exported: "2024-01-01"'
      ].join('\n')
    )
  })

  it('removes a key Diptych no longer writes, keeps the reader’s in their order', () => {
    const withAuthor = note(
      [['article', 'x']],
      [
        ['title', 'T'],
        ['author', 'J']
      ]
    )
    const file = renderManaged(withAuthor).replace('author: "J"\n', 'author: "J"\nmine: 1\n')
    const merged = updated(file, note([['article', 'x']]))
    expect(merged).not.toContain('author')
    expect(merged).toContain('title: "T"\nmine: 1\nexported')
  })

  it('keeps a CRLF file in CRLF, the reader’s lines untouched', () => {
    const file = renderManaged(v1)
      .replace(/\n/g, '\r\n')
      .replace(endMarker('h-1') + '\r\n', endMarker('h-1') + '\r\nMine.\r\n')
    expect(mergeManaged(file, v1)).toEqual({ kind: 'unchanged' })
    const merged = updated(
      file,
      note([
        ['article', '# Title\n\n## Highlights'],
        ['h-1', '> uno\n\n^h-1'],
        ['h-2', '> two\n\n^h-2']
      ])
    )
    expect(merged).toContain(beginMarker('h-1') + '\r\n> uno\r\n\r\n^h-1\r\n' + endMarker('h-1') + '\r\nMine.\r\n')
    expect(merged.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('keeps a byte order mark and a last line without a line break', () => {
    const file = '\uFEFF' + renderManaged(v1) + 'last words'
    expect(mergeManaged(file, v1)).toEqual({ kind: 'unchanged' })
    const merged = updated(
      file,
      note([
        ['article', 'x'],
        ['h-1', 'y']
      ])
    )
    expect(merged.startsWith('\uFEFF---\n')).toBe(true)
    expect(merged.endsWith('last words')).toBe(true)
  })

  it('puts a new part after reader text that ended without a line break', () => {
    const file = renderManaged(note([['article', 'x']])) + 'mine'
    const merged = updated(
      file,
      note([
        ['article', 'x'],
        ['h-9', 'new']
      ])
    )
    expect(merged).toContain(endMarker('article') + '\nmine\n' + beginMarker('h-9') + '\nnew\n')
  })
})

describe('a note Diptych does not rewrite', () => {
  const file = renderManaged(v1)
  // prettier-ignore
  const cases: [string, string, string][] = [
    ['no markers at all', file.split(beginMarker('article'))[0] + 'My own note.\n', 'no-markers'],
    ['an edited begin marker', file.replace(beginMarker('h-1'), '<!-- diptych:begin h-1 (mine) -->'), 'broken-markers'],
    ['an end marker removed', file.replace(endMarker('h-1') + '\n', ''), 'broken-markers'],
    ['a begin marker removed', file.replace(beginMarker('h-2') + '\n', ''), 'broken-markers'],
    ['a part copied', file + '\n' + beginMarker('h-1') + '\nx\n' + endMarker('h-1') + '\n', 'broken-markers'],
    ['an end naming another part', file.replace(endMarker('h-2'), endMarker('h-1')), 'broken-markers'],
    ['the last end missing', file.replace(endMarker('h-2') + '\n', ''), 'broken-markers'],
    ['no front matter', file.slice(file.indexOf('\n---\n') + 5), 'no-front-matter']
  ]
  it.each(cases)('%s: skipped, with why', (_, text, reason) => {
    const outcome = mergeManaged(text, v1)
    expect(outcome).toMatchObject({ kind: 'skipped', reason })
    if (outcome.kind === 'skipped') expect(outcome.detail).toMatch(/\w/)
  })
})
