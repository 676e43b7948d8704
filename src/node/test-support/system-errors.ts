// The system's refusals as Node raises them (code, syscall, path, the system's own message and a stack),
// for every code the table of messages knows and one it does not: what a message must never show.
import { expect } from 'vitest'
import { CODE_REASONS } from '../error-messages'

export const UNKNOWN_CODE = 'EXDEV'

export function systemError(code: string, file = '/home/reader/Diptych/library.json'): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: the system's own words, open '${file}'`)
  return Object.assign(error, { code, errno: -1, syscall: 'open', path: file })
}

/** Every code in the table, then one it does not know. */
export const SYSTEM_ERRORS: readonly NodeJS.ErrnoException[] = [...Object.keys(CODE_REASONS), UNKNOWN_CODE].map((code) => systemError(code))

/** A sentence for the reader: no code such as "(ENOENT)" or "EACCES:", no stack, no system wording. */
export function expectPlainSentence(message: string, error: NodeJS.ErrnoException): void {
  expect(message).not.toMatch(/\(E[A-Z0-9]+\)/)
  expect(message).not.toContain(error.code)
  expect(message).not.toMatch(/\n\s+at /)
  expect(message).not.toContain("the system's own words")
  expect(message).toMatch(/[.!?]$/)
}
