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

  async function step(
    from: typeof done,
    to: typeof done,
    run: (e: HistoryEntry) => Promise<boolean>,
    verb: string
  ): Promise<string | null> {
    const entry = from.value.pop()
    if (!entry) return null
    if (!(await run(entry))) return null
    to.value.push(entry)
    notices.push({ kind: 'info', message: `${verb} ${entry.label}.` }, 2500)
    return entry.label
  }

  /** Runs after every undo or redo asked for before it. */
  function queued(run: () => Promise<string | null>): Promise<string | null> {
    const next = queue.then(run, run)
    queue = next.catch(() => null)
    return next
  }

  const undo = () => queued(() => step(done, undone, (e) => e.undo(), 'Undid'))
  const redo = () => queued(() => step(undone, done, (e) => e.redo(), 'Redid'))
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
    undo,
    redo,
    announce,
    forgetArticles,
    canUndo: computed(() => done.value.length > 0),
    canRedo: computed(() => undone.value.length > 0),
    nextUndo: computed(() => done.value.at(-1)?.label ?? null)
  }
})
