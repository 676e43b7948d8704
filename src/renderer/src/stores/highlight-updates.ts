// Changes to one highlight go to main one after another, and the view shows each as soon as it is asked
// for: main's answer to an earlier change must not take back a later one still on its way (a tag typed
// while the one before it is being saved), and a change main refuses puts back what main has.
import type { HighlightPatch } from '../../../shared/api'
import type { Highlight } from '../../../shared/model'

type Field = keyof HighlightPatch
const FIELDS: readonly Field[] = ['color', 'note', 'tags']

interface Outbox {
  /** The highlight as main last answered for it. */
  confirmed: Highlight
  /** For each field, the number of the latest change asked for it. */
  latest: Partial<Record<Field, number>>
  /** The changes not answered yet, one after another. */
  chain: Promise<unknown>
  unanswered: number
}

export function highlightUpdates(
  find: (id: string) => Highlight | undefined,
  put: (h: Highlight) => void,
  call: (id: string, patch: HighlightPatch) => Promise<Highlight | null>
) {
  const outboxes = new Map<string, Outbox>()
  let asked = 0

  /** Main's answer, with the fields changed since it was asked kept as the reader has them. */
  function settle(id: string, box: Outbox, n: number): void {
    const shown = find(id)
    if (!shown) return
    const newer = FIELDS.filter((f) => (box.latest[f] ?? 0) > n)
    put({ ...box.confirmed, ...Object.fromEntries(newer.map((f) => [f, shown[f]])) })
  }

  /** Shows `patch` at once and sends it after the changes to the same highlight asked before it. */
  function send(id: string, patch: HighlightPatch): Promise<boolean> {
    const shown = find(id)
    if (!shown) return Promise.resolve(false)
    const box = outboxes.get(id) ?? { confirmed: shown, latest: {}, chain: Promise.resolve(), unanswered: 0 }
    outboxes.set(id, box)
    const n = ++asked
    for (const f of FIELDS) if (patch[f] !== undefined) box.latest[f] = n
    box.unanswered++
    put({ ...shown, ...patch })
    const answered = box.chain.then(async () => {
      try {
        const updated = await call(id, patch)
        if (updated) box.confirmed = updated
        settle(id, box, n)
        return updated !== null
      } finally {
        if (--box.unanswered === 0) outboxes.delete(id)
      }
    })
    box.chain = answered.catch(() => false)
    return answered
  }

  return { send }
}
