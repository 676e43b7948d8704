import { describe, expect, it, vi } from 'vitest'
import { argBytes } from './raw-args'

const cmdline = (...args: (string | Buffer)[]) => Buffer.concat(args.flatMap((a) => [Buffer.from(a as string), Buffer.from([0])]))

describe('argBytes', () => {
  const latin1 = Buffer.from('caf\xe9.txt', 'latin1')
  const lossy = latin1.toString('utf8')

  it('gives the bytes of the arguments that Node could not decode, from the end of the command line', () => {
    const line = cmdline('node', '--enable-source-maps', 'bin/diptych.mjs', 'align', latin1, 'b.txt')
    expect(argBytes(['align', lossy, 'b.txt'], () => line)).toEqual([undefined, latin1, undefined])
  })

  it('gives nothing when the command line is not this one, or not there', () => {
    expect(argBytes(['align', lossy], () => cmdline('node', 'x.mjs', 'import', latin1))).toEqual([undefined, undefined])
    expect(argBytes(['align', lossy], () => undefined)).toEqual([undefined, undefined])
    expect(argBytes(['a', '', lossy], () => cmdline('node', 'x', 'a', '', lossy))).toEqual([undefined, undefined, undefined])
  })

  it('does not read the command line when every argument is whole UTF-8', () => {
    const read = vi.fn(() => cmdline('node', 'x.mjs', 'align', 'a.txt', 'b.txt'))
    expect(argBytes(['align', 'a.txt', 'b.txt'], read)).toEqual([undefined, undefined, undefined])
    expect(read).not.toHaveBeenCalled()
  })
})
