// Three devices change one library while apart, with clocks up to a day wrong; whatever order the
// operations then arrive in, however often and however late, every device ends with the same library,
// and no operation is lost: each one's effect is there unless a later operation overrode it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byClock, type Op } from './change-ops'
import { isAlive } from './entity-merge'
import { Hlc } from './hlc'
import { MergeState } from './merge-state'

const DAY = 86_400_000
const IDS = ['h1', 'h2', 'h3', 'h4']
const TAGS = ['quote', 'claim', 'Date', 'name']

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.constantFrom(...IDS), note: fc.string({ maxLength: 4 }), tags: fc.subarray(TAGS) }),
  fc.record({
    kind: fc.constant('set' as const),
    id: fc.constantFrom(...IDS),
    note: fc.option(fc.string({ maxLength: 4 }), { nil: undefined })
  }),
  fc.record({
    kind: fc.constant('tag' as const),
    id: fc.constantFrom(...IDS),
    tag: fc.constantFrom(...TAGS),
    on: fc.boolean(),
    r: fc.nat(3)
  }),
  fc.record({ kind: fc.constant('del' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('pos' as const), id: fc.constantFrom(...IDS), at: fc.nat(1000) })
)
type Infer<A> = A extends fc.Arbitrary<infer T> ? T : never
type Step = Infer<typeof opArb>

function opOf(step: Step, c: string): Op {
  switch (step.kind) {
    case 'put':
      return { c, o: 'put', k: 'highlights', i: step.id, v: { id: step.id, note: step.note, tags: step.tags, color: 'yellow' } }
    case 'set':
      return { c, o: 'set', k: 'highlights', i: step.id, f: 'note', ...(step.note === undefined ? {} : { v: step.note }) }
    case 'tag':
      return { c, o: 'tag', k: 'highlights', i: step.id, t: step.tag, on: step.on, r: step.r }
    case 'del':
      return { c, o: 'del', k: 'highlights', i: step.id }
    case 'pos':
      return { c, o: 'set', k: 'settings', i: 'synced', f: `pos:${step.id}`, v: step.at }
  }
}

/** Each device's steps, each step possibly after it received what the others had written so far. */
const scenarioArb = fc.record({
  skews: fc.tuple(fc.integer({ min: -DAY, max: DAY }), fc.integer({ min: -DAY, max: DAY }), fc.integer({ min: -DAY, max: DAY })),
  steps: fc.array(fc.record({ device: fc.nat(2), step: opArb, listen: fc.boolean(), gap: fc.nat(5000) }), { maxLength: 40 })
})

function run(scenario: Infer<typeof scenarioArb>): Op[] {
  let now = 1_700_000_000_000
  const clocks = scenario.skews.map((skew, d) => new Hlc(`dev${d}/s`, () => now + skew))
  const written: Op[] = []
  for (const { device, step, listen, gap } of scenario.steps) {
    now += gap
    if (listen) for (const op of written) clocks[device].observe(op.c)
    written.push(opOf(step, clocks[device].tick()))
  }
  return written
}

const snapshot = (state: MergeState) => state.library(2, 0)

describe('merging operations from three devices', () => {
  it('converges whatever the order, duplicates and delays, and loses no operation', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), fc.nat(), (scenario, seeds, dupSeed) => {
        const ops = run(scenario)
        const inOrder = new MergeState('dev0')
        for (const op of [...ops].sort(byClock)) inOrder.apply(op)
        const expected = snapshot(inOrder)
        for (const seed of seeds) {
          // A delivery: the operations shuffled, some of them twice, some delivered again much later.
          const shuffled = [...ops, ...ops.filter((_, i) => (i + dupSeed) % 3 === 0)]
          let s = seed
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) >>> 0
            const j = s % (i + 1)
            ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
          }
          const device = new MergeState('dev0')
          for (const op of shuffled) device.apply(op)
          expect(snapshot(device)).toStrictEqual(expected)
        }
        // No operation lost: the entity shows the latest word on each of its fields and tags.
        for (const id of IDS) {
          const mine = ops.filter((op) => op.k === 'highlights' && op.i === id).sort(byClock)
          const e = inOrder.entity('highlights', id)
          if (mine.length === 0) continue
          const puts = mine.filter((op) => op.o === 'put')
          const dels = mine.filter((op) => op.o === 'del')
          const alive = puts.length > 0 && (dels.length === 0 || puts.at(-1)!.c > dels.at(-1)!.c)
          expect(isAlive(e!)).toBe(alive)
          const lastNote = mine.filter((op) => op.o === 'put' || (op.o === 'set' && op.f === 'note')).at(-1)
          if (lastNote) expect(e!.obj.note).toBe(lastNote.o === 'put' ? lastNote.v.note : (lastNote as { v?: unknown }).v)
          for (const tag of TAGS) {
            const last = mine.filter((op) => op.o === 'put' || (op.o === 'tag' && op.t === tag)).at(-1)
            if (!last) continue
            const on = last.o === 'put' ? (last.v.tags as string[]).includes(tag) : (last as { on: boolean }).on
            expect(((e!.obj.tags as string[]) ?? []).includes(tag), `${id} ${tag}`).toBe(on)
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it('keeps concurrent tag additions of two devices, and a delete wins over a concurrent edit', () => {
    const a = new Hlc('a/s', () => 1000)
    const b = new Hlc('b/s', () => 1000)
    const put: Op = { c: a.tick(), o: 'put', k: 'highlights', i: 'h', v: { id: 'h', note: '', tags: [] } }
    b.observe(put.c)
    const ops: Op[] = [
      put,
      { c: a.tick(), o: 'tag', k: 'highlights', i: 'h', t: 'quote', on: true },
      { c: b.tick(), o: 'tag', k: 'highlights', i: 'h', t: 'claim', on: true }
    ]
    const state = new MergeState('a')
    for (const op of ops) state.apply(op)
    expect([...(state.entity('highlights', 'h')!.obj.tags as string[])].sort()).toEqual(['claim', 'quote'])

    const del: Op = { c: a.tick(), o: 'del', k: 'highlights', i: 'h' }
    const edit: Op = { c: b.tick(), o: 'set', k: 'highlights', i: 'h', f: 'note', v: 'written on b' }
    for (const order of [
      [del, edit],
      [edit, del]
    ]) {
      const s = new MergeState('a')
      for (const op of [...ops, ...order]) s.apply(op)
      expect(s.library(2, 0).highlights).toEqual([])
      // An undo on a (a later put) brings it back, with the edit b made after the delete.
      s.apply({ c: clockAfter(edit.c), o: 'put', k: 'highlights', i: 'h', v: { id: 'h', note: '', tags: ['quote'] } })
      expect(s.library(2, 0).highlights).toEqual([{ id: 'h', note: '', tags: ['quote'] }])
    }
  })
})

function clockAfter(c: string): string {
  const h = new Hlc('z/s', () => 0)
  h.observe(c)
  return h.tick()
}
