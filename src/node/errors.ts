import type { ApiError, ErrorKind } from '../shared/api'
import { isSystemError, reasonFor, SENTENCES, type Audience } from './error-messages'
import { LockTimeoutError } from './store/file-lock'
import { NotAFileError } from './store/in-the-way'
import { CorruptLibraryError, NewerLibraryError } from './store/library-file'
import { ChangeConflictError, StoreWriteError } from './store/store'

/** An error a service raises on purpose; its message is written for the reader. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string
  ) {
    super(message)
  }
}

export const notFound = (what: string) => new AppError('not-found', SENTENCES.notFound(what))

/**
 * The errors that carry a sentence for the reader, with their kind on the wire; the first match wins,
 * so a subclass comes before its parent. Their sentences come from the table in error-messages.ts.
 */
const KINDS: readonly { type: abstract new (...args: never[]) => Error; kind: ErrorKind }[] = [
  { type: ChangeConflictError, kind: 'conflict' },
  { type: StoreWriteError, kind: 'io' },
  { type: LockTimeoutError, kind: 'io' },
  { type: CorruptLibraryError, kind: 'io' },
  { type: NewerLibraryError, kind: 'io' },
  { type: NotAFileError, kind: 'io' }
]

/** The kind of an error raised on purpose (with a sentence of its own), or undefined for anything else. */
function kindOf(error: unknown): ErrorKind | undefined {
  if (error instanceof AppError) return error.kind
  return KINDS.find(({ type }) => error instanceof type)?.kind
}

/**
 * Any error as the reader is told it: the app (through toApiError) and the command line alike. A
 * refusal by the system (ENOSPC, EACCES…) that no service explained gets the table's words for its
 * code; anything else is a bug, said as such without its internals.
 */
export function explain(error: unknown, audience: Audience): ApiError {
  const kind = kindOf(error)
  if (kind) return { kind, message: (error as Error).message }
  if (isSystemError(error)) return { kind: 'io', message: SENTENCES.systemRefused(error.path, reasonFor(error)) }
  return { kind: 'internal', message: SENTENCES.internal[audience] }
}

export function toApiError(error: unknown): ApiError {
  // What the reader is not told in full goes to the log, with its stack.
  if (!kindOf(error)) console.error(error)
  return explain(error, 'app')
}
