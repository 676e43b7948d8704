// Notes are saved as the reader types: each keystroke goes to localStorage at once (so that a crash of
// the window loses nothing) and to main after a short pause; the whole editing session is one undo step.
import { defineStore } from 'pinia'
import { useAnnotationStore } from './annotations'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'

const PREFIX = 'diptych:note-draft:'
const PAUSE_MS = 400

interface Session {
  before: string
  latest: string
  timer: ReturnType<typeof setTimeout> | undefined
  /** Saves run one after another, so that an older text never lands after a newer one. */
  saving: Promise<unknown>
}

export const useNoteDraftStore = defineStore('noteDrafts', () => {
  const annotations = useAnnotationStore()
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const sessions = new Map<string, Session>()

  function save(id: string, s: Session): Promise<unknown> {
    clearTimeout(s.timer)
    s.timer = undefined
    const text = s.latest
    s.saving = s.saving.then(async () => {
      const current = library.highlightById(id)
      if (current?.note !== text && !(await annotations.update(id, { note: text }, false))) return
      if (localStorage.getItem(PREFIX + id) === text) localStorage.removeItem(PREFIX + id)
    })
    return s.saving
  }

  /** The reader typed: `text` is the whole note now, `before` what it was when editing began. */
  function typed(id: string, before: string, text: string): void {
    let s = sessions.get(id)
    if (!s) sessions.set(id, (s = { before, latest: text, timer: undefined, saving: Promise.resolve() }))
    s.latest = text
    localStorage.setItem(PREFIX + id, text)
    clearTimeout(s.timer)
    s.timer = setTimeout(() => void save(id, s), PAUSE_MS)
  }

  /** Editing ends (Save, Escape, the card closing): save now and record the session as one undo step. */
  async function finish(id: string): Promise<void> {
    const s = sessions.get(id)
    if (!s) return
    sessions.delete(id)
    const saved = save(id, s)
    if (s.latest !== s.before) annotations.recordChange(id, { note: s.before }, { note: s.latest }, saved)
    await saved
  }

  /** On load: a draft left by a window that went away before saving is saved now. */
  async function recover(): Promise<void> {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))
    // The window holds only the highlights on screen: those of the drafts are asked of main.
    await library.ensureHighlights(keys.map((k) => k.slice(PREFIX.length)))
    let restored = 0
    for (const key of keys) {
      const id = key.slice(PREFIX.length)
      const text = localStorage.getItem(key) ?? ''
      const h = library.highlightById(id)
      if (h && h.note !== text && !(await annotations.update(id, { note: text }))) continue
      if (h && h.note !== text) restored++
      localStorage.removeItem(key)
    }
    if (restored)
      notices.push({
        kind: 'info',
        message: `${restored === 1 ? 'A note' : `${restored} notes`} typed before the window closed ${restored === 1 ? 'was' : 'were'} restored.`
      })
  }

  /**
   * The window is going (pagehide): every note not yet confirmed saved, typed or on its way, is sent now,
   * in this very call: a save queued behind another waits for an answer the page will not live to see,
   * and one already sent may be lost with the page. The browser mode's requests are keepalive, so they
   * leave even as the page goes; the draft stays in localStorage until a save is confirmed, for `recover`.
   */
  function flushAll(): void {
    for (const s of sessions.values()) clearTimeout(s.timer)
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))) {
      const note = localStorage.getItem(key)
      const id = key.slice(PREFIX.length)
      if (note !== null && library.highlightById(id)) void window.api.updateHighlight({ id, patch: { note } })
    }
  }

  return { typed, finish, recover, flushAll }
})
