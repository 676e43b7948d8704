// Add from URL as the reader sees it: one page at a time, fetched by main, its progress asked for every
// POLL_MS, cancelled on request. The dialog is a view of this store, so closing it never loses a request:
// the request goes on, its progress in a notice that can cancel it, its outcome told when it ends.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ApiError, ImportItemResult, Result, UrlImportProgress } from '../../../shared/api'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'
import { useReaderStore, type Side } from './reader'
import { bareUrl, checkUrl, missingPicturesText, progressText, retryText } from './url-import-text'

export const POLL_MS = 250

interface Running {
  requestId: string
  url: string
  progress: UrlImportProgress | null
  cancelling: boolean
}

/** What the dialog says under the field once a request is over, or before one (an invalid address). */
export interface Outcome {
  kind: 'invalid' | 'failed' | 'cancelled'
  message: string
}

/** 1–80 of [A-Za-z0-9_-], as the contract asks; getRandomValues works where randomUUID needs a secure page. */
function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return 'url-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const useUrlImportStore = defineStore('url-import', () => {
  const library = useLibraryStore()
  const reader = useReaderStore()
  const notices = useNoticeStore()
  const dialogOpen = ref(false)
  /** The text of the URL field: kept when the dialog closes or a request fails, so that it can be fixed. */
  const draft = ref('')
  const running = ref<Running | null>(null)
  const outcome = ref<Outcome | null>(null)
  const retrying = ref(new Set<string>())
  let backgroundNotice = 0

  const status = computed(() => {
    const job = running.value
    if (!job) return ''
    return job.cancelling ? 'Cancelling…' : progressText(job.progress)
  })
  const backgroundText = () => `Adding ${running.value?.url}: ${status.value}`

  function open(prefill?: string): void {
    dialogOpen.value = true
    notices.dismiss(backgroundNotice)
    backgroundNotice = 0
    if (prefill !== undefined && !running.value) {
      draft.value = prefill
      outcome.value = null
    }
  }

  /** The dialog closed without Cancel: a running request goes on, in a notice that shows it and can stop it. */
  function close(): void {
    dialogOpen.value = false
    if (!running.value) {
      outcome.value = null
      return
    }
    backgroundNotice = notices.push({
      kind: 'info',
      message: backgroundText(),
      sticky: true,
      action: { label: 'Cancel', run: () => void cancel() }
    })
  }

  /** Pasting outside a text field: a bare web address opens the dialog with it; false for anything else. */
  function fromPaste(text: string): boolean {
    const url = bareUrl(text)
    if (url) open(url)
    return url !== undefined
  }

  async function poll(job: Running): Promise<void> {
    while (running.value === job) {
      await sleep(POLL_MS)
      if (running.value !== job) return
      const answer = await window.api.importUrlProgress({ requestId: job.requestId })
      // A failed poll or null (not started, or just over) leaves the last progress shown.
      if (answer.ok && answer.value && running.value === job) job.progress = answer.value
      if (backgroundNotice && running.value === job) notices.update(backgroundNotice, backgroundText())
      // A cancel can reach main before the request it names does: say it again until the request ends.
      if (job.cancelling && running.value === job) await window.api.cancelImportUrl({ requestId: job.requestId })
    }
  }

  async function submit(): Promise<void> {
    if (running.value) return
    const check = checkUrl(draft.value)
    if ('problem' in check) {
      outcome.value = { kind: 'invalid', message: check.problem }
      return
    }
    outcome.value = null
    const job: Running = { requestId: newRequestId(), url: check.url, progress: null, cancelling: false }
    running.value = job
    // The reactive copy: what poll and cancel change must reach the view.
    const live = running.value
    void poll(live)
    const result = await window.api.importUrl({ url: check.url, requestId: job.requestId })
    running.value = null
    await finish(check.url, result, live.cancelling)
  }

  async function finish(url: string, result: Result<ImportItemResult, ApiError>, cancelled: boolean): Promise<void> {
    notices.dismiss(backgroundNotice)
    backgroundNotice = 0
    const item = result.ok ? result.value : undefined
    const id = item?.status === 'imported' ? item.articleId : item?.status === 'duplicate' ? item.duplicateOf : undefined
    if (item && id) {
      await library.load()
      await openArticle(id)
      draft.value = ''
      outcome.value = null
      dialogOpen.value = false
      const title = library.articleById.get(id)?.title ?? url
      const missing = missingPicturesText(title, item.images)
      if (item.status === 'duplicate') notices.push({ kind: 'info', message: `“${title}” is already in the library: it is open now.` })
      else if (missing) notices.push({ kind: 'warning', message: missing, sticky: true })
      else notices.push({ kind: 'info', message: `Added “${title}”.` })
      return
    }
    const reason = result.ok ? (item?.message ?? 'The page could not be added.') : result.error.message
    outcome.value = cancelled ? { kind: 'cancelled', message: 'Cancelled: nothing was added.' } : { kind: 'failed', message: reason }
    if (dialogOpen.value) return
    if (cancelled) notices.push({ kind: 'info', message: `Adding ${url} was cancelled: nothing was added.` })
    else
      notices.push({
        kind: 'error',
        message: `${url} could not be added. ${reason}`,
        sticky: true,
        action: { label: 'Try again', run: () => open() }
      })
  }

  /** Shows the article in the focused pane, or where it is already shown. */
  async function openArticle(id: string): Promise<void> {
    const shown = reader.panes.indexOf(id)
    if (shown >= 0) reader.activeSide = shown as Side
    else await reader.open(reader.activeSide, id)
  }

  async function cancel(): Promise<void> {
    const job = running.value
    if (!job || job.cancelling) return
    job.cancelling = true
    if (backgroundNotice) notices.update(backgroundNotice, backgroundText())
    // Its answer says nothing the outcome of the request will not: a cancel that came too late, say.
    await window.api.cancelImportUrl({ requestId: job.requestId })
  }

  /** The Retry of a missing picture: main downloads the article's missing pictures again; the panes redraw it. */
  async function retryImages(articleId: string): Promise<void> {
    if (retrying.value.has(articleId)) return
    retrying.value.add(articleId)
    try {
      const counts = await notices.unwrap(window.api.retryImages({ articleId }))
      if (!counts) return
      await library.reloadBody(articleId)
      notices.push({ kind: counts.failed ? 'warning' : 'info', message: retryText(counts) })
    } finally {
      retrying.value.delete(articleId)
    }
  }

  return { dialogOpen, draft, running, outcome, status, retrying, open, close, fromPaste, submit, cancel, retryImages }
})
