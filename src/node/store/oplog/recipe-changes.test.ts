// What a recipe changed, told from what the proxy followed (push, splice, a filtered copy put in the
// list's place) rather than by walking the whole list: the same operations, in the same order, and
// without looking at the entities nobody touched.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { Library } from '../../../shared/model'
import { removeHighlight, restoreHighlight } from '../../../shared/library-ops'
import { highlight } from '../../test-support/library-fixtures'
import { Hlc } from './hlc'
import { applyRecipe } from './local-changes'
import type { MergeState } from './merge-state'
import { recipeChanges } from './recipe-changes'
import { recordingLibrary } from './recording-proxy'
import { stateFrom } from './snapshot-file'

type H = { id: string; articleId: string; note?: string }
const IDS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7']

function libraryOf(count: number): { lib: Library; state: MergeState } {
  const highlights = Array.from({ length: count }, (_, i) => highlight(`h${i}`, `note ${i}`))
  const state = stateFrom('dev', { schemaVersion: 2, revision: 0, articles: [], highlights, links: [], rejectedPairs: [] })
  return { lib: state.library(2, 0), state }
}

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), id: fc.constantFrom(...IDS, 'n1', 'n2') }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(8),
    count: fc.nat(2),
    id: fc.option(fc.constantFrom(...IDS, 'n1'), { nil: null })
  }),
  fc.record({ kind: fc.constant('filter' as const), drop: fc.subarray([...IDS, 'n1', 'n2'], { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('filterTwice' as const), drop: fc.constantFrom(...IDS), pushIntoCopy: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), id: fc.constantFrom(...IDS, 'n1'), note: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('rename' as const), id: fc.constantFrom(...IDS), to: fc.constantFrom(...IDS, 'n3') }),
  fc.record({ kind: fc.constant('pushFound' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('indexSet' as const), at: fc.nat(7), id: fc.constantFrom('n1', 'n4') })
)
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never

function run(lib: Library, steps: Step[]): void {
  const list = () => lib.highlights as unknown as H[]
  for (const s of steps) {
    const fresh = (id: string) => highlight(id) as unknown as H
    if (s.kind === 'push') list().push(fresh(s.id))
    else if (s.kind === 'splice') list().splice(s.at, s.count, ...(s.id ? [fresh(s.id)] : []))
    else if (s.kind === 'filter') lib.highlights = lib.highlights.filter((h) => !s.drop.includes(h.id))
    else if (s.kind === 'filterTwice') {
      const copy = lib.highlights.filter((h) => h.id !== s.drop).filter(() => true)
      if (s.pushIntoCopy) (copy as unknown as H[]).push(fresh('n2'))
      lib.highlights = copy
    } else if (s.kind === 'edit') {
      const h = lib.highlights.find((x) => x.id === s.id)
      if (h) h.note = s.note
    } else if (s.kind === 'rename') {
      const h = lib.highlights.find((x) => x.id === s.id)
      if (h) h.id = s.to
    } else if (s.kind === 'pushFound') {
      const h = lib.highlights.find((x) => x.id === s.id)
      if (h) list().push(h as unknown as H)
    } else if (list().length > s.at) list()[s.at] = fresh(s.id)
  }
}

describe('the changes of a recipe that adds or removes entities', () => {
  it('are the operations a walk of the whole list finds, in the same order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(stepArb, { maxLength: 6 }), (count, steps) => {
        const { lib, state } = libraryOf(count)
        const { proxy, recording } = recordingLibrary(lib)
        run(proxy, steps)
        const plain = lib as unknown as Record<string, unknown>
        const followed = recipeChanges(plain, recording, state)
        const walked = recipeChanges(plain, recording, state, true)
        expect(followed?.map((c) => c.op)).toEqual(walked?.map((c) => c.op))
        expect(followed?.map((c) => c.adopt)).toEqual(walked?.map((c) => c.adopt))
      }),
      { numRuns: 2000 }
    )
  })

  it('leave the library’s list as merging orders it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.array(stepArb, { maxLength: 6 }), (count, steps) => {
        const { lib, state } = libraryOf(count)
        try {
          applyRecipe(lib, (l) => run(l, steps), state, new Hlc('dev/s'))
        } catch {
          // Refused (an id twice): put back as it was, which is in order too.
        }
        expect(lib.highlights).toHaveLength(state.listLength('highlights'))
        lib.highlights.forEach((h, i) => expect(state.entityAt('highlights', i)?.obj).toBe(h))
      }),
      {
        numRuns: 3000,
        // An entity put again at the end, then its first place cut out: moved, though nothing was created.
        examples: [
          [
            5,
            [
              { kind: 'pushFound', id: 'h3' },
              { kind: 'splice', at: 2, count: 2, id: null }
            ]
          ]
        ]
      }
    )
  })

  it('deletes what a filtered copy put in the list’s place left out, and nothing else', () => {
    const { lib, state } = libraryOf(6)
    const { ops } = applyRecipe(
      lib,
      (l) => {
        const keep = l.highlights.filter((h) => h.id !== 'h1')
        l.highlights = keep.filter((h) => h.id !== 'h4')
      },
      state,
      new Hlc('dev/s')
    )
    expect(ops.map((op) => [op.o, op.i])).toEqual([
      ['del', 'h1'],
      ['del', 'h4']
    ])
    expect(lib.highlights.map((h) => h.id)).toEqual(['h0', 'h2', 'h3', 'h5'])
    expect(state.list('highlights').map((h) => h.id)).toEqual(['h0', 'h2', 'h3', 'h5'])
  })

  it('delete and restore a highlight through the app’s operations, copying only what they change', () => {
    const { lib } = libraryOf(1000)
    lib.links = [{ id: 'l1', from: 'h1', to: 'h900', relation: 'quotes', createdAt: '2024-05-16T00:00:00.000Z' }]
    const deleting = recordingLibrary(lib)
    const deleted = removeHighlight(deleting.proxy, 'h1')!
    expect(deleted.links.map((l) => l.id)).toEqual(['l1'])
    expect(deleting.recording.lists.get('highlights')?.structural).toBe(false)
    const restoring = recordingLibrary(lib)
    expect(restoreHighlight(restoring.proxy, deleted).map((l) => l.id)).toEqual(['l1'])
    expect(restoring.recording.copies.size).toBeLessThan(5)
    expect(lib.highlights.map((h) => h.id)).toContain('h1')
    expect(lib.links.map((l) => l.id)).toEqual(['l1'])
  })

  it('does not walk the whole list to create, delete or move an entity out', () => {
    const { lib, state } = libraryOf(1000)
    const walk = vi.spyOn(state, 'forEachListed')
    const hlc = new Hlc('dev/s')
    const create = applyRecipe(lib, (l) => void l.highlights.push({ ...l.highlights[0], id: 'new' }), state, hlc)
    const remove = applyRecipe(lib, (l) => void (l.highlights = l.highlights.filter((h) => h.id !== 'h500')), state, hlc)
    const cut = applyRecipe(lib, (l) => void l.highlights.splice(3, 1), state, hlc)
    expect([create, remove, cut].map(({ ops }) => ops.map((op) => `${op.o} ${op.i}`))).toEqual([['put new'], ['del h500'], ['del h3']])
    expect(walk).not.toHaveBeenCalled()
    expect(lib.highlights).toHaveLength(999)
  })
})
