// The command line's side of the one table of messages: the same sentences as the app, in their
// command-line variant, whatever the system refused.
import { describe, expect, it } from 'vitest'
import { explain, StoreWriteError } from '../node'
import { expectPlainSentence, SYSTEM_ERRORS } from '../node/test-support/system-errors'
import type { Output } from './output'
import { report } from './report'

function capture(error: unknown): { code: number; stderr: string } {
  const notes: string[] = []
  const out = { note: (text: string) => notes.push(text) } as unknown as Output
  return { code: report(error, undefined, out, explain), stderr: notes.join('\n') }
}

describe('the table of messages, on the command line’s path', () => {
  for (const error of SYSTEM_ERRORS) {
    it(`says ${error.code} in words`, () => {
      for (const failure of [error, new StoreWriteError(error)]) {
        const { code, stderr } = capture(failure)
        expect(code).toBe(1)
        expect(stderr).toMatch(/^diptych: /)
        expectPlainSentence(stderr.replace(/^diptych: /, ''), error)
      }
    })
  }

  it('says a bug in a sentence, with where to find the details', () => {
    expect(capture(new TypeError('x is undefined'))).toEqual({
      code: 1,
      stderr: 'diptych: Something went wrong inside Diptych; run again with DIPTYCH_DEBUG=1 to see the details.'
    })
  })
})
