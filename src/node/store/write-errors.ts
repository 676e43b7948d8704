// What a failed write says to the reader: the reason in plain words, and what became of the change.
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
    super(cause)
    const why = ((cause as Error)?.message ?? String(cause)).replace(/\.$/, '')
    this.message = `This change could not be saved: another Diptych process changed the library meanwhile (${why}). The other changes are saved.`
  }
}

/** A change that would have left a library that does not read back (a bug): refused, never written. */
export class InvalidChangeError extends StoreWriteError {
  constructor(why: string) {
    super(why, `This change was not saved: it would have left the library in a form Diptych cannot read back (${why}). The other changes are saved.`)
  }
}

/** A reason in the reader's words for the common failures; the system's own message otherwise. */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the library folder is read-only',
  EACCES: 'the library folder is read-only',
  EPERM: 'the library folder is read-only',
  EISDIR: 'something other than the library file is in its place',
  ENOTDIR: 'something other than a folder is where the library folder should be',
  EIO: 'the disk reported an error'
}

export function whyWriteFailed(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException)?.code
  return (code && WRITE_FAILURES[code]) ?? ((cause as Error)?.message ?? String(cause)).replace(/\.$/, '')
}

/**
 * `keepsUnsavedChanges`: the app lives on and saves what failed with its next change; a command line
 * run ends right after, so it must say that the change was not saved.
 */
export function describeWriteError(cause: unknown, keepsUnsavedChanges = true): string {
  const what = keepsUnsavedChanges ? 'Your changes are kept and will be saved with the next change.' : 'The change was not saved.'
  return `Could not save the library: ${whyWriteFailed(cause)}. ${what}`
}
