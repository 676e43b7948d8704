import { describe, expect, it } from 'vitest'
import { COMMANDS } from './index'

describe('the command table', () => {
  it('names and sums up each command as its own module does', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load()
      expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary })
    }
  })
})
