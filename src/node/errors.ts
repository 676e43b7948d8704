import type { ApiError, ErrorKind } from '../shared/api'
import { ChangeConflictError, StoreWriteError } from './store/store'
import { LockTimeoutError } from './store/file-lock'

/** An error a service raises on purpose; its message is written for the reader. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string
  ) {
    super(message)
  }
}

export const notFound = (what: string) => new AppError('not-found', `${what} was not found.`)

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { kind: error.kind, message: error.message }
  if (error instanceof ChangeConflictError) return { kind: 'conflict', message: error.message }
  if (error instanceof StoreWriteError) return { kind: 'io', message: error.message }
  if (error instanceof LockTimeoutError) return { kind: 'io', message: error.message }
  // Anything else is a bug: the reader gets a sentence, the log gets the stack.
  console.error(error)
  return { kind: 'internal', message: 'Something went wrong inside Diptych; nothing was changed.' }
}
