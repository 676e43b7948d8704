// Standard output and error, written with fs.writeSync rather than through process.stdout and
// process.stderr: making those streams loads Node's stream modules, which took 2.5 ms, a tenth of what
// `diptych align` on two short files adds to Node's own start. Node writes to files, terminals and (on
// Linux) pipes synchronously anyway. On Windows (a console needs the stream's conversion) and once a
// write would block (a pipe that another process made non-blocking: EAGAIN), the rest of that output
// goes through the stream, in order.
import { writeSync } from 'node:fs'

type Fd = 1 | 2

/** The outputs written through their stream from now on. */
const streamed = new Set<Fd>()

/** Writes `text` to stdout (1) or stderr (2); `done` is called once it is written. */
export function writeStd(fd: Fd, text: string, done?: () => void): void {
  let rest: string | Buffer = text
  if (process.platform !== 'win32' && !streamed.has(fd)) {
    let bytes = Buffer.from(text, 'utf8')
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes))
      done?.()
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EPIPE') closedPipe()
      if (code !== 'EAGAIN') throw error
      rest = bytes
    }
  }
  stream(fd).write(rest, () => done?.())
}

function stream(fd: Fd): NodeJS.WriteStream {
  const out = fd === 1 ? process.stdout : process.stderr
  if (!streamed.has(fd)) {
    streamed.add(fd)
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closedPipe()
      throw error
    })
  }
  return out
}

/** `diptych list | head -1`: the reader has seen enough; a closed pipe is not an error to report. */
function closedPipe(): never {
  process.exit(process.exitCode ?? 0)
}
