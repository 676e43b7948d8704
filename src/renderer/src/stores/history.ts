// Undo and redo for every annotation change. Each entry knows how to reverse itself exactly: an undone
// delete brings back the same highlight (same id, note, tags, links), not a copy.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

export interface HistoryEntry {
  label: string
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
}

const LIMIT = 200

export const useHistoryStore = defineStore('history', () => {
  const done = ref<HistoryEntry[]>([])
  const undone = ref<HistoryEntry[]>([])
  const busy = ref(false)

  function record(entry: HistoryEntry): void {
    done.value.push(entry)
    if (done.value.length > LIMIT) done.value.shift()
    undone.value = []
  }

  async function step(from: typeof done, to: typeof done, run: (e: HistoryEntry) => Promise<boolean>): Promise<string | null> {
    if (busy.value) return null
    const entry = from.value.pop()
    if (!entry) return null
    busy.value = true
    try {
      if (await run(entry)) {
        to.value.push(entry)
        return entry.label
      }
      return null
    } finally {
      busy.value = false
    }
  }

  const undo = () => step(done, undone, (e) => e.undo())
  const redo = () => step(undone, done, (e) => e.redo())

  return {
    record,
    undo,
    redo,
    canUndo: computed(() => done.value.length > 0),
    canRedo: computed(() => undone.value.length > 0),
    nextUndo: computed(() => done.value.at(-1)?.label ?? null)
  }
})
