// What a failed write says to the reader: the reason in plain words, and what became of the change.
// The words are in the one table of messages (../error-messages.ts).
import { reasonFor, SENTENCES } from '../error-messages'

export class StoreWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    message = describeWriteError(cause)
  ) {
    super(message)
  }
}

/** A change that could not be replayed on a library another process wrote meanwhile; it is not saved. */
export class ChangeConflictError extends StoreWriteError {
  constructor(cause: unknown) {
    super(cause, SENTENCES.changeConflict(reasonFor(cause)))
  }
}

/** A change that would have left a library that does not read back (a bug): refused, never written. */
export class InvalidChangeError extends StoreWriteError {
  constructor(why: string) {
    super(why, SENTENCES.invalidChange(why))
  }
}

/** Why a write into the library folder failed: the reader's words for the system's code, or our own. */
export const whyWriteFailed = (cause: unknown): string => reasonFor(cause, 'library')

/**
 * `keepsUnsavedChanges`: the app lives on and saves what failed with its next change; a command line
 * run ends right after, so it must say that the change was not saved.
 */
export function describeWriteError(cause: unknown, keepsUnsavedChanges = true): string {
  return SENTENCES.libraryNotSaved(whyWriteFailed(cause), keepsUnsavedChanges ? 'app' : 'cli')
}
