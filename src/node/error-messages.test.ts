// The app's side of the one table of messages: whatever the system refused, and whichever way it
// reaches the reader (a bare error, a failed save, a conflict, an export), a plain sentence.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CODE_REASONS, reasonFor, SENTENCES } from './error-messages'
import { toApiError } from './errors'
import { parseLibrary } from './store/library-file'
import { ChangeConflictError, StoreWriteError } from './store/store'
import { expectPlainSentence, SYSTEM_ERRORS, systemError, UNKNOWN_CODE } from './test-support/system-errors'

// toApiError logs what it does not explain in full; the log is not what these tests read.
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined))
afterEach(() => vi.restoreAllMocks())

describe('the table of messages, on the app’s path (toApiError → the renderer)', () => {
  for (const error of SYSTEM_ERRORS) {
    it(`says ${error.code} in words`, () => {
      const said = [
        toApiError(error),
        toApiError(new StoreWriteError(error)),
        toApiError(new ChangeConflictError(error)),
        { kind: 'io', message: SENTENCES.exportNotWritten('/home/reader/out.md', error) },
        { kind: 'io', message: SENTENCES.folderNotOpened('/home/reader/Diptych', error) }
      ]
      for (const { message } of said) expectPlainSentence(message, error)
      expect(said[0].kind).toBe('io')
    })
  }

  it('puts each code in the words of what was being done', () => {
    expect(new StoreWriteError(systemError('EROFS')).message).toBe(
      'Could not save the library: the library folder is read-only. Your changes are kept and will be saved with the next change.'
    )
    expect(reasonFor(systemError('ENOENT'), 'reading')).toBe('it does not exist')
    expect(toApiError(systemError('EACCES', '/srv/a.json'))).toEqual({
      kind: 'io',
      message: 'Diptych could not use /srv/a.json: permission was denied.'
    })
    expect(CODE_REASONS[UNKNOWN_CODE]).toBeUndefined()
    expect(reasonFor(systemError(UNKNOWN_CODE), 'library')).toBe('the system refused the write')
  })

  it('says a damaged library without the JSON parser’s own words', () => {
    expect(() => parseLibrary('{"schemaVersion": 3,', '/home/reader/Diptych/library.json')).toThrow(
      '/home/reader/Diptych/library.json is damaged: the file is not valid JSON (the mistake is near character 21)'
    )
  })

  it('keeps a bug’s internals for the log', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    expect(toApiError(bug)).toEqual({ kind: 'internal', message: 'Something went wrong inside Diptych; nothing was changed.' })
    expect(log).toHaveBeenCalledWith(bug)
  })
})
