// For any reader text around Diptych's parts and any new export, the merge keeps every piece of the
// reader's text and every property of theirs, and a second merge of the same export changes nothing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { beginMarker, endMarker, mergeManaged, type ManagedNote } from './managed-region'

const KEYS = ['article', 'h-1', 'h-2', 'h-3', 'h-4', 'orphans', 'text']
const OWNED = new Set(['diptych', 'title', 'tags', 'exported'])

const piece = fc.constantFrom('word', ' ', '\n', '\r\n', '<!--', '-->', '---', '> ', '# ', '- ', 'diptych', ':', '[[x]]', '^h-1', 'é', '\t')
const looksLikeMarker = (text: string) => text.split('\n').some((line) => /^\s*<!--\s*diptych\s*:/i.test(line))
/** Reader text as it sits between two lines of Diptych's: whole lines. */
const readerText = fc
  .array(piece, { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((text) => !looksLikeMarker(text))
  .map((text) => (text === '' || text.endsWith('\n') ? text : text + '\n'))
const regionText = fc.array(fc.constantFrom('> q', '^h-1', 'note', '', '- item'), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'))
const regions = fc
  .uniqueArray(fc.constantFrom(...KEYS), { minLength: 1 })
  .chain((keys) => fc.tuple(...keys.map((key) => regionText.map((text) => ({ key, text })))))
const property = fc.record({
  key: fc.constantFrom('status', 'aliases', 'rating', 'my key'),
  value: fc.constantFrom('x', '"q: r"', '5', '')
})

function fresh(list: { key: string; text: string }[], title: string): ManagedNote {
  return {
    fields: [
      { key: 'diptych', lines: ['diptych: "diptych://article/a1"'] },
      { key: 'title', lines: [`title: "${title}"`] },
      { key: 'exported', lines: ['exported: "2024"'] }
    ],
    ownedKeys: OWNED,
    volatileKeys: new Set(['exported']),
    regions: list
  }
}

describe('the managed-region merge, for any reader text', () => {
  it('keeps every piece of the reader’s text and properties, and is stable', () => {
    fc.assert(
      fc.property(
        regions,
        regions,
        readerText,
        fc.array(readerText, { minLength: 7, maxLength: 7 }),
        fc.uniqueArray(property, { selector: (p) => p.key, maxLength: 3 }),
        (before, after, preamble, afters, props) => {
          const propLines = props.map((p) => `${p.key.includes(' ') ? `"${p.key}"` : p.key}: ${p.value}\n`)
          let file = '---\ndiptych: "diptych://article/a1"\ntitle: "old"\n' + propLines.join('') + 'exported: "2023"\n---\n' + preamble
          before.forEach((region, i) => {
            file += `${beginMarker(region.key)}\n${region.text}\n${endMarker(region.key)}\n` + afters[i]
          })
          const outcome = mergeManaged(file, fresh(after, 'new'))
          expect(outcome.kind).not.toBe('skipped')
          const merged = outcome.kind === 'updated' ? outcome.content : file
          for (const text of [preamble, ...afters.slice(0, before.length)]) {
            if (text.trim() !== '') expect(merged).toContain(text)
          }
          for (const line of propLines) expect(merged).toContain(line)
          for (const region of after) expect(merged).toContain(`${beginMarker(region.key)}\n${region.text}\n${endMarker(region.key)}\n`)
          expect(mergeManaged(merged, fresh(after, 'new'))).toEqual({ kind: 'unchanged' })
        }
      ),
      { numRuns: 400 }
    )
  })
})
