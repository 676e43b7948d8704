import { describe, expect, it } from 'vitest'
import { arrivalOrder } from './arrival-order'

describe('the order in which the server applies changes to highlights', () => {
  it('starts a change only once every change that began to arrive before it has started, and never holds a read', async () => {
    const order = arrivalOrder()
    const applied: string[] = []
    const creation = order.take('createHighlight')
    const note = order.take('updateHighlight')
    const read = order.take('getLibrary')
    const noted = note.run(async () => void applied.push('note'))
    await read.run(async () => void applied.push('read'))
    expect(applied).toEqual(['read'])
    await creation.run(async () => void applied.push('creation'))
    await noted
    expect(applied).toEqual(['read', 'creation', 'note'])
  })

  it('lets the next change start when an earlier request could not be read', async () => {
    const order = arrivalOrder()
    const broken = order.take('createHighlight')
    const note = order.take('updateHighlight')
    const noted = note.run(async () => 'applied')
    broken.leave()
    expect(await noted).toBe('applied')
  })
})
