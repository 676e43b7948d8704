import { describe, expect, it } from 'vitest'
import { tabStep } from './useTabList'

describe('tabStep', () => {
  it('moves to the next and previous tab, wrapping round at either end', () => {
    expect(tabStep('ArrowRight', 0, 3)).toBe(1)
    expect(tabStep('ArrowRight', 2, 3)).toBe(0)
    expect(tabStep('ArrowLeft', 1, 3)).toBe(0)
    expect(tabStep('ArrowLeft', 0, 3)).toBe(2)
  })
  it('goes to the first tab on Home and the last on End', () => {
    expect(tabStep('Home', 2, 3)).toBe(0)
    expect(tabStep('End', 0, 3)).toBe(2)
  })
  it('leaves other keys to the page', () => {
    expect(tabStep('ArrowDown', 0, 3)).toBeNull()
    expect(tabStep('Enter', 0, 3)).toBeNull()
  })
})
