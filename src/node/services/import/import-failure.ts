// Failures as values, with messages written for the reader: they name the file and say what to do.
import { err, type Err } from '../../../shared/result'
import type { ImportFailure, ImportFailureReason } from './parsed-article'

/** How a message names what was imported: a quoted file name, or the pasted text. */
export interface Subject {
  /** Starts a sentence: “notes.txt” or The pasted text. */
  readonly name: string
}

const MAX_SHOWN_NAME = 80

/**
 * The file name as it may be shown: its last path segment, without control or bidirectional formatting
 * characters (a U+202E in “photo\u202Elmth.png” would make the message lie about the extension).
 */
export function displayFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  if (clean.length <= MAX_SHOWN_NAME) return clean
  return `${clean.slice(0, MAX_SHOWN_NAME - 1)}…`
}

export function fileSubject(fileName: string): Subject {
  const shown = displayFileName(fileName)
  return { name: shown ? `“${shown}”` : 'The file' }
}

export const pastedSubject: Subject = { name: 'The pasted text' }

export function failure(reason: ImportFailureReason, message: string): Err<ImportFailure> {
  return err({ kind: 'import', reason, message })
}

/** "50 MB" for a round limit, "62.3 MB" otherwise. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}

export const failures = {
  empty: (s: Subject) => failure('empty', `${s.name} is empty: there is no text to import.`),
  noText: (s: Subject) => failure('empty', `${s.name} has no text to import.`),
  binary: (s: Subject, looksLike: string) => failure('binary', `${s.name} is not text (it looks like ${looksLike}).`),
  notArticle: (s: Subject) =>
    failure(
      'not-article',
      `${s.name} has no article text that Diptych can find. If the page builds its text with scripts, ` +
        'save it again once it has loaded, or copy the text and paste it.'
    ),
  tooLarge: (s: Subject, size: number, limit: number) =>
    failure(
      'too-large',
      `${s.name} is larger than the ${formatMegabytes(limit)} Diptych can import as one article (it is ${formatMegabytes(size)}).`
    ),
  unreadable: (s: Subject) =>
    failure(
      'unreadable',
      `Diptych could not read ${s.name.startsWith('“') ? s.name : s.name.toLowerCase()}: something in it stopped the importer.`
    ),
  tooDeep: (s: Subject, limit: number) =>
    failure(
      'unreadable',
      `${s.name} is nested too deeply to be read as an article (its markup goes more than ${limit.toLocaleString('en')} levels deep).`
    ),
  unsupported: (s: Subject, what: string, advice: string) =>
    failure('unsupported', `${s.name} is ${what}, which Diptych cannot import. ${advice}`)
}
