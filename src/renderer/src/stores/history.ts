// Undo and redo for every change the reader makes, in every panel. Each entry knows how to reverse
// itself exactly: an undone delete brings back the same highlight (same id, note, tags, links), not a copy.
// Presses queue: three quick Ctrl+Z undo three changes, one after another.
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useNoticeStore } from './notices'

export interface HistoryEntry {
  label: string
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
  /** Articles the change is about: when they are deleted for good, the change can no longer be undone. */
  articles?: string[]
}

type Recorded = HistoryEntry & { id: number }

const LIMIT = 200
let nextId = 1

export const useHistoryStore = defineStore('history', () => {
  const notices = useNoticeStore()
  const done = ref<Recorded[]>([])
  const undone = ref<Recorded[]>([])
  let queue: Promise<unknown> = Promise.resolve()

  function record(entry: HistoryEntry): number {
    const id = nextId++
    done.value.push({ ...entry, id })
    if (done.value.length > LIMIT) done.value.shift()
    undone.value = []
    return id
  }

  /** Takes back an entry recorded for a change that main then refused: there is nothing to undo. */
  function discard(id: number): void {
    done.value = done.value.filter((e) => e.id !== id)
  }

  /** Moves the latest entry of `from` to `to` once it has run. One that fails stays where it was, so that
   * the reader can try it again and a redo never runs a change that was not undone. */
  async function step(from: typeof done, to: typeof done, verb: 'undo' | 'redo'): Promise<string | null> {
    const entry = from.value.at(-1)
    if (!entry) return null
    const ran = await entry[verb]().catch(() => false)
    if (!ran) {
      const [which, button] = verb === 'undo' ? ['the last change', 'Undo'] : ['the last change undone', 'Redo']
      notices.push({
        kind: 'warning',
        message: `Could not ${verb} ${which} (${entry.label}); it is kept, so that ${button} can try it again.`
      })
      return null
    }
    // Removed by id: a change recorded while this one ran sits after it.
    from.value = from.value.filter((e) => e.id !== entry.id)
    to.value.push(entry)
    notices.push({ kind: 'info', message: `${verb === 'undo' ? 'Undid' : 'Redid'} ${entry.label}.` }, 2500)
    return entry.label
  }

  /** Runs after every undo or redo asked for before it. */
  function queued(run: () => Promise<string | null>): Promise<string | null> {
    const next = queue.then(run, run)
    queue = next.catch(() => null)
    return next
  }

  const undo = () => queued(() => step(done, undone, 'undo'))
  const redo = () => queued(() => step(undone, done, 'redo'))
  const latest = computed(() => done.value.at(-1)?.id ?? null)

  /** Tells the reader what just happened, with an Undo that lives only while it is the latest change. */
  function announce(message: string, entryId: number): void {
    notices.push({
      kind: 'info',
      message,
      undoes: entryId,
      action: {
        label: 'Undo',
        run: () => {
          if (latest.value === entryId) void undo()
        }
      }
    })
  }
  watch(latest, (id) => {
    for (const n of notices.notices) if (n.undoes !== undefined && n.undoes !== id) notices.dismiss(n.id)
  })

  /** Drops the changes about articles that are gone for good: they cannot be undone or redone now. */
  function forgetArticles(ids: readonly string[]): void {
    const about = (e: Recorded) => e.articles?.some((a) => ids.includes(a)) ?? false
    done.value = done.value.filter((e) => !about(e))
    undone.value = undone.value.filter((e) => !about(e))
  }

  return {
    record,
    discard,
    undo,
    redo,
    announce,
    forgetArticles,
    canUndo: computed(() => done.value.length > 0),
    canRedo: computed(() => undone.value.length > 0),
    nextUndo: computed(() => done.value.at(-1)?.label ?? null)
  }
})
