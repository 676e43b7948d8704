// Import as the reader sees it: a batch of files (dialog or drop) or a paste, one article a call so
// that progress shows and one bad file never stops the others; a summary at the end.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ApiError, ImportItemResult, Result } from '../../../shared/api'
import { useLibraryStore } from './library'
import { useNoticeStore } from './notices'
import { PASTED_TEXT_NAME } from '../../../shared/limits'
import { browserMode } from '../browser-transport'

export interface SummaryItem extends ImportItemResult {
  /** How to try again, keeping a duplicate. */
  retry?: () => Promise<Result<ImportItemResult, ApiError>>
}

type Job = { name: string; run: (keepDuplicates: boolean) => Promise<Result<ImportItemResult, ApiError>> }

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

const ARTICLE_FILES = '.html,.htm,.md,.markdown,.txt,.text'

/** The browser's own file picker, for the browser mode (no dialog in main); empty when cancelled. */
function pickFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept = ARTICLE_FILES
    input.hidden = true
    const done = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => done([...(input.files ?? [])]))
    input.addEventListener('cancel', () => done([]))
    document.body.append(input)
    input.click()
  })
}

export const useImportStore = defineStore('imports', () => {
  const library = useLibraryStore()
  const notices = useNoticeStore()
  const progress = ref<{ done: number; total: number; current: string } | null>(null)
  const summary = ref<SummaryItem[] | null>(null)

  async function runBatch(jobs: Job[]): Promise<void> {
    if (jobs.length === 0) return
    const items: SummaryItem[] = []
    progress.value = { done: 0, total: jobs.length, current: jobs[0].name }
    for (const [i, job] of jobs.entries()) {
      progress.value = { done: i, total: jobs.length, current: job.name }
      const result = await job.run(false)
      items.push(
        result.ok
          ? { ...result.value, retry: result.value.status === 'duplicate' ? () => job.run(true) : undefined }
          : { fileName: job.name, status: 'failed', message: result.error.message }
      )
    }
    progress.value = null
    summary.value = items
    await library.load()
  }

  async function chooseAndImport(): Promise<void> {
    if (browserMode) return importDropped(await pickFiles())
    const chosen = await notices.unwrap(window.api.chooseImportFiles())
    if (!chosen) return
    await runBatch(
      chosen.paths.map((path) => ({
        name: path.split(/[\\/]/).pop() ?? path,
        run: (keepDuplicates) => window.api.importFile({ path, keepDuplicates })
      }))
    )
  }

  async function importDropped(files: File[]): Promise<void> {
    await runBatch(
      files.map((file) => ({
        name: file.name,
        run: async (keepDuplicates) => {
          const data = toBase64(new Uint8Array(await file.arrayBuffer()))
          return window.api.importDropped({ fileName: file.name, dataBase64: data, keepDuplicates })
        }
      }))
    )
  }

  async function importPasted(text: string, html: string): Promise<void> {
    await runBatch([
      {
        name: PASTED_TEXT_NAME,
        run: (keepDuplicates) => window.api.importPasted({ text: text || undefined, html: html || undefined, keepDuplicates })
      }
    ])
  }

  async function keepBoth(item: SummaryItem): Promise<void> {
    if (!item.retry || !summary.value) return
    const result = await item.retry()
    const next: SummaryItem = result.ok ? result.value : { fileName: item.fileName, status: 'failed', message: result.error.message }
    summary.value = summary.value.map((i) => (i === item ? next : i))
    await library.load()
  }

  return { progress, summary, chooseAndImport, importDropped, importPasted, keepBoth }
})
