// The words of Add from URL: what is wrong with a typed address (said before any request is made), how
// far a request has got, and what became of the pictures.
import type { UrlImportProgress } from '../../../shared/api'
import { MAX_URL_LENGTH, safeWebUrl } from '../../../shared/safe-url'

export type UrlCheck = { url: string } | { problem: string }

const NOT_AN_ADDRESS = 'That is not a web address. It looks like https://example.org/article.'
// A scheme, but not "example.org:8080", whose colon starts a port.
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i

/** The address to ask main for, or what is wrong with what was typed. */
export function checkUrl(raw: string): UrlCheck {
  const typed = raw.trim()
  if (typed === '') return { problem: 'Type or paste the address of a web page.' }
  if (/\s/.test(typed)) return { problem: 'A web address has no spaces: check what was typed or pasted.' }
  const scheme = SCHEME.exec(typed)?.[1].toLowerCase()
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return { problem: `Only web pages can be added: the address must start with http:// or https://, not ${scheme}:.` }
  }
  // What a browser's address bar accepts: a host name without its scheme is an https address.
  const candidate = scheme ? typed : /^[^/?#]+\.[^/?#]+/.test(typed) || /^localhost\b/i.test(typed) ? `https://${typed}` : ''
  if (candidate.length > MAX_URL_LENGTH)
    return { problem: `That address is too long: Diptych keeps addresses of at most ${MAX_URL_LENGTH} characters.` }
  const url = safeWebUrl(candidate)
  if (!url) return { problem: NOT_AN_ADDRESS }
  if (/^[a-z]+:\/\/[^/?#]*@/i.test(url)) {
    return { problem: 'Diptych does not send user names or passwords: remove the part before @ from the address.' }
  }
  return { url }
}

/** A pasted text that is one web address and nothing else, or undefined. */
export function bareUrl(text: string): string | undefined {
  const typed = text.trim()
  if (!/^https?:\/\/\S+$/i.test(typed)) return undefined
  const check = checkUrl(typed)
  return 'url' in check ? check.url : undefined
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** One line for the reader; null progress is a request main has not started answering about yet. */
export function progressText(progress: UrlImportProgress | null): string {
  if (!progress) return 'Connecting…'
  switch (progress.phase) {
    case 'connecting':
      return 'Connecting…'
    case 'downloading':
      return progress.totalBytes
        ? `Downloading ${formatBytes(progress.bytes)} of ${formatBytes(progress.totalBytes)}`
        : `Downloading ${formatBytes(progress.bytes)}`
    case 'reading':
      return 'Reading the article…'
    case 'images':
      return `Saving pictures ${Math.min(progress.imagesDone + 1, progress.imagesTotal)} of ${progress.imagesTotal}`
    case 'saving':
      return 'Saving the article…'
    case 'done':
      return 'Done'
  }
}

/** How far the progress bar is, 0 to 1, or undefined when it cannot be told (an indeterminate bar). */
export function progressFraction(progress: UrlImportProgress | null): number | undefined {
  if (!progress) return undefined
  if (progress.phase === 'downloading') return progress.totalBytes ? Math.min(1, progress.bytes / progress.totalBytes) : undefined
  if (progress.phase === 'images') return progress.imagesTotal ? progress.imagesDone / progress.imagesTotal : undefined
  return progress.phase === 'done' ? 1 : undefined
}

const pictures = (n: number) => `${n} picture${n === 1 ? '' : 's'}`

/** After a retry: "3 pictures saved, 1 still missing." */
export function retryText({ saved, failed }: { saved: number; failed: number }): string {
  const done = saved === 0 ? 'No picture saved' : `${pictures(saved)} saved`
  return failed === 0 ? `${done}.` : `${done}, ${failed} still missing.`
}

/** After an import, when some pictures could not be saved; undefined when all were. */
export function missingPicturesText(title: string, images: { saved: number; failed: number } | undefined): string | undefined {
  if (!images || images.failed === 0) return undefined
  const of = images.saved + images.failed
  return (
    `Added “${title}”, but ${images.failed} of its ${pictures(of)} could not be saved. ` +
    `Each shows its description and a Retry button in the text.`
  )
}
