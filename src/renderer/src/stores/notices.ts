// Messages for the reader: errors explained in a sentence, and what just happened (with undo).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiError, Result } from '../../../shared/api'

export interface Notice {
  id: number
  kind: 'error' | 'info' | 'warning'
  message: string
  /** An action offered with the message, e.g. Undo. */
  action?: { label: string; run: () => void }
  sticky?: boolean
  /** The history entry this message's Undo takes back; the message goes when that is no longer the latest change. */
  undoes?: number
}

let nextId = 1

export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])

  function push(notice: Omit<Notice, 'id'>, timeoutMs = 6000): number {
    // The same message twice (two saves failing for one reason) is shown once.
    const same = notices.value.find((n) => n.message === notice.message && n.kind === notice.kind && !n.action)
    if (same && !notice.action) return same.id
    const id = nextId++
    notices.value.push({ ...notice, id })
    if (!notice.sticky) setTimeout(() => dismiss(id), timeoutMs)
    return id
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  /** Rewrites a message still shown (a running job's progress); false when it is gone. */
  function update(id: number, message: string): boolean {
    const notice = notices.value.find((n) => n.id === id)
    if (notice) notice.message = message
    return notice !== undefined
  }

  /** Set by the library store: after a failed save main still holds the change, so the view re-reads it. */
  let onIoError: (() => void) | null = null
  function whenIoError(run: () => void): void {
    onIoError = run
  }

  function error(error: ApiError): void {
    push({ kind: 'error', message: error.message }, 10_000)
    if (error.kind === 'io') onIoError?.()
  }

  /** Unwraps a Result: the value, or null after telling the reader what went wrong. */
  async function unwrap<T>(result: Promise<Result<T, ApiError>>): Promise<T | null> {
    const r = await result
    if (r.ok) return r.value
    error(r.error)
    return null
  }

  /** For requests whose answer is only "done": true when it succeeded, false after telling why not. */
  async function ok(result: Promise<Result<unknown, ApiError>>): Promise<boolean> {
    const r = await result
    if (!r.ok) error(r.error)
    return r.ok
  }

  return { notices, push, dismiss, update, error, unwrap, ok, whenIoError }
})
