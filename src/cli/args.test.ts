import { describe, expect, it } from 'vitest'
import { oneOf, parseArgs, UsageError } from './args'

const specs = {
  article: { type: 'string', multiple: true, value: 'ID' },
  out: { type: 'string', value: 'PATH' },
  json: { type: 'boolean' },
  help: { type: 'boolean' }
} as const

describe('parseArgs', () => {
  it('reads options in both spellings, repeated options in order, and positionals around them', () => {
    expect(parseArgs(['a.txt', '--article', 'x', '--article=y', '--out=o.md', '--json', 'b.txt'], specs)).toEqual({
      options: { article: ['x', 'y'], out: 'o.md', json: true },
      positionals: ['a.txt', 'b.txt'],
      paths: ['a.txt', 'b.txt'],
      optionBytes: {}
    })
  })

  it('takes everything after -- as a positional, and -h as --help', () => {
    expect(parseArgs(['-h', '--', '--json', '-x'], specs)).toEqual({
      options: { help: true },
      positionals: ['--json', '-x'],
      paths: ['--json', '-x'],
      optionBytes: {}
    })
  })

  it('keeps the bytes of a file name that is not UTF-8, for positionals and option values', () => {
    const latin1 = Buffer.from('caf\xe9.txt', 'latin1')
    const lossy = latin1.toString('utf8')
    const parsed = parseArgs([lossy, '--out', lossy, 'b.txt'], specs, [latin1, undefined, latin1])
    expect(parsed.positionals).toEqual([lossy, 'b.txt'])
    expect(parsed.paths).toEqual([latin1, 'b.txt'])
    expect(parsed.optionBytes).toEqual({ out: latin1 })
    expect(parseArgs([`--out=${lossy}`], specs, [Buffer.concat([Buffer.from('--out='), latin1])]).optionBytes).toEqual({ out: latin1 })
  })

  it('accepts a value that looks like an option only after =', () => {
    expect(parseArgs(['--out=--json'], specs).options.out).toBe('--json')
    expect(() => parseArgs(['--out', '--json'], specs)).toThrow(new UsageError('The option --out needs a value (PATH).'))
    expect(parseArgs(['--out', '-'], specs).options.out).toBe('-')
  })

  it('refuses unknown options, values for booleans, empty values and repeats', () => {
    expect(() => parseArgs(['--nope'], specs)).toThrow('Unknown option “--nope”.')
    expect(() => parseArgs(['--json=1'], specs)).toThrow('The option --json takes no value.')
    expect(() => parseArgs(['--out='], specs)).toThrow('The option --out needs a value (PATH).')
    expect(() => parseArgs(['--out', 'a', '--out', 'b'], specs)).toThrow('The option --out was given twice.')
  })

  it('checks a choice', () => {
    expect(oneOf('order', undefined, ['reading', 'color'], 'reading')).toBe('reading')
    expect(oneOf('order', 'color', ['reading', 'color'], 'reading')).toBe('color')
    expect(() => oneOf('order', 'size', ['reading', 'color'], 'reading')).toThrow(
      'The option --order must be reading or color, not “size”.'
    )
  })
})
