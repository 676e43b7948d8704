// The reader's sentences for every failure that reaches them, in one table: by the system's code
// (ENOSPC, EACCES…) and by the kind of error. The app (toApiError → the renderer) and the command line
// (src/cli/report.ts) both explain failures through it, so one failure reads the same in both. Where a
// one-shot command must say something else (its change is not kept for a later write), the entry has
// a `cli` variant. No sentence carries a raw code ("(ENOENT)") or a stack: those go to the log.
import path from 'node:path'

/** A path as it may be printed: control characters (a hostile folder name) shown as escapes. */
export function shownPath(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  return file.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Who is told: the app, which lives on, or a command line run, which ends right after. */
export type Audience = 'app' | 'cli'

/**
 * What was being done when the system refused, which decides how a code is put: saving one of the
 * library's own files, reading a file the reader named, or anything else (an export, the library folder).
 */
export type Place = 'library' | 'reading' | 'other'

type Reasons = { other: string } & Partial<Record<Place, string>>

const READ_ONLY: Reasons = { other: 'permission was denied', library: 'the library folder is read-only' }
const TOO_MANY_OPEN: Reasons = { other: 'too many files are open at once; close some programs and try again' }

/** Why the system refused, by its code: words that finish a sentence such as "Could not save the library: …". */
export const CODE_REASONS: Readonly<Record<string, Reasons>> = {
  ENOSPC: { other: 'the disk is full' },
  EDQUOT: { other: 'the disk quota is used up' },
  EROFS: { other: 'the disk is read-only', library: 'the library folder is read-only' },
  EACCES: READ_ONLY,
  EPERM: READ_ONLY,
  EISDIR: {
    other: 'a folder is where a file should be',
    library: 'something other than the library file is in its place',
    reading: 'it is a folder'
  },
  ENOTDIR: {
    other: 'a file is in the way where a folder should be',
    library: 'something other than a folder is where the library folder should be',
    reading: 'it does not exist'
  },
  EEXIST: { other: 'a file is in the way where a folder should be' },
  ENOENT: {
    other: 'a folder on the way to it does not exist',
    library: 'the library folder is no longer there',
    reading: 'it does not exist'
  },
  EIO: { other: 'the disk reported an error' },
  EBUSY: { other: 'another program is using it' },
  EMFILE: TOO_MANY_OPEN,
  ENFILE: TOO_MANY_OPEN,
  ENAMETOOLONG: { other: 'its name is too long for the disk' },
  ELOOP: { other: 'its symbolic links lead round in a circle' }
}

/** A code the table does not know: said without the code, which means nothing to a reader. */
const UNKNOWN_CODE: Reasons = { other: 'the system refused it', library: 'the system refused the write', reading: 'it could not be read' }

export const errorCode = (error: unknown): string | undefined => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** Whether `error` is the system's refusal of a file operation (it has an errno code such as ENOENT). */
export const isSystemError = (error: unknown): error is NodeJS.ErrnoException => /^E[A-Z0-9]+$/.test(errorCode(error) ?? '')

/** Why a file operation failed, in the reader's words; for an error without a code, its own sentence. */
export function reasonFor(error: unknown, place: Place = 'other'): string {
  if (isSystemError(error)) {
    const reasons = CODE_REASONS[error.code!] ?? UNKNOWN_CODE
    return reasons[place] ?? reasons.other
  }
  return ((error as Error)?.message ?? String(error)).replace(/\.$/, '')
}

/** The sentences themselves, one per kind of failure. */
export const SENTENCES = {
  notFound: (what: string) => `${what} was not found.`,
  unknownRequest: 'Unknown request.',
  /** A bug: the reader gets a sentence, the log (or DIPTYCH_DEBUG=1) the stack. */
  internal: {
    app: 'Something went wrong inside Diptych; nothing was changed.',
    cli: 'Something went wrong inside Diptych; run again with DIPTYCH_DEBUG=1 to see the details.'
  },
  /** The system refused a file operation no service explained: the place it names and why. */
  systemRefused: (file: string | undefined, why: string) => `Diptych could not use ${file ? shownPath(file) : 'a file it needs'}: ${why}.`,
  libraryNotSaved: (why: string, audience: Audience) =>
    `Could not save the library: ${why}. ${audience === 'app' ? 'Your changes are kept and will be saved with the next change.' : 'The change was not saved.'}`,
  changeConflict: (why: string) =>
    `This change could not be saved: another Diptych process changed the library meanwhile (${why}). The other changes are saved.`,
  invalidChange: (why: string) =>
    `This change was not saved: it would have left the library in a form Diptych cannot read back (${why}). The other changes are saved.`,
  articleNotSaved: (why: string) => `Could not save the article: ${why}.`,
  lockTimeout: (lockPath: string) => `The library is locked by another Diptych process (${lockPath}).`,
  corruptLibrary: (file: string, reason: string) => `${file} is damaged: ${reason}`,
  newerLibrary: (version: number, supported: number) =>
    `This library was written by a newer version of Diptych (format ${version}; this version reads up to ${supported}). Update Diptych to open it; the file was not changed.`,
  /** Only the system's refusal has a reason to give; anything else would put internals in the sentence. */
  /** Something other than a regular file (`what`: a folder, a device…) where Diptych keeps one; it may be the reader's, so it is left alone. */
  notTheLockFile: (file: string, what: string) =>
    `${path.basename(file)} in ${shownPath(path.dirname(file))} is ${what}, not Diptych's lock file; remove it.`,
  notTheLibraryFile: (file: string, what: string) =>
    `${shownPath(file)} is ${what}, not Diptych's library file; move it away so that Diptych can open the library.`,
  exportNotWritten: (target: string, error: unknown) =>
    `The export could not be written to ${target}${isSystemError(error) ? `: ${reasonFor(error)}` : ''}.`,
  folderNotOpened: (dataDir: string, error: unknown) => `The library folder ${dataDir} could not be opened: ${reasonFor(error)}.`
} as const

const MAX_SHOWN_URL = 160

/** A web address as it may be printed: control characters escaped, a long one cut. */
export function shownUrl(url: string): string {
  const shown = shownPath(url)
  return shown.length <= MAX_SHOWN_URL ? shown : `${shown.slice(0, MAX_SHOWN_URL - 1)}…`
}

const SAVE_FROM_BROWSER = 'open the page in your browser, save it there (Save Page As…) and import the saved file'

/** What the reader is told when a web page cannot be saved: `url` and `host` as shownUrl prints them. */
export const WEB_SENTENCES = {
  badUrl: (url: string) => `“${url}” is not a web address; Diptych saves pages whose address starts with http:// or https://.`,
  credentials: (url: string) =>
    `The address ${url} contains a user name or password; Diptych does not send those. Remove them from the address and try again.`,
  notFound: (url: string) => `The site has no page at ${url} (it answered “not found”). Check the address.`,
  forbidden: (url: string) =>
    `The site refused to give Diptych the page at ${url}. This is often a paywall or a check that turns away programs: ${SAVE_FROM_BROWSER}.`,
  rateLimited: (host: string) => `${host} is asking Diptych to wait before asking again; try again in a few minutes.`,
  serverError: (url: string) => `The site could not give the page at ${url} (it answered with an error); try again later.`,
  timedOut: (host: string, seconds?: number) =>
    `${host} took too long to answer${seconds ? ` (more than ${seconds} seconds)` : ''}, so Diptych stopped waiting. Try again later.`,
  pageTooLarge: (url: string, limit: string) => `The page at ${url} is larger than the ${limit} Diptych saves as one article.`,
  notArticle: (url: string) =>
    `The page at ${url} has no article text that Diptych can find. If it builds its text with scripts, ${SAVE_FROM_BROWSER} once it has loaded.`,
  notWebPage: (url: string, what: string) =>
    `The address ${url} leads to ${what}, not a web page; Diptych saves web pages, plain text and Markdown.`,
  hostNotFound: (host: string) => `Diptych could not find the site ${host}: check the address, or whether this computer is online.`,
  offline: (host: string) => `Diptych could not reach ${host}: this computer seems to be offline. Try again once it is connected.`,
  connectionRefused: (host: string) => `${host} refused the connection; the site may be down. Try again later.`,
  insecure: (host: string) => `The secure connection to ${host} could not be set up (its certificate is not valid), so nothing was loaded.`,
  networkFailed: (host: string) => `The connection to ${host} failed before the page arrived; try again.`,
  tooManyRedirects: (url: string, max: number) =>
    `The page at ${url} sends Diptych on from address to address (more than ${max} times, or round in a circle), so Diptych stopped.`,
  refusedAddress: (host: string, where: string, pageWhere: string) =>
    `Diptych did not connect to ${host}: it is an address ${where}, and a page ${pageWhere} may not lead Diptych there.`,
  unreachableAddress: (host: string, where: string) => `Diptych did not connect to ${host}: it is an address ${where}.`,
  cancelled: (url: string) => `Saving ${url} was cancelled.`
} as const
