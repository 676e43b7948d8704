// The entry of a test's child process (crash-child.ts, steady-child.ts): runs the mode its arguments
// name, then exits 0, or 1 with the error on stderr, or 2 with the usage for arguments it does not know.
import { pathToFileURL } from 'node:url'

export function runAsProgram(moduleUrl: string, usage: string, start: (args: string[]) => Promise<void> | null): void {
  // Only when started as a program: the tests import the same module for its helpers.
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return
  const run = start(process.argv.slice(2))
  if (!run) {
    console.error(`usage: ${usage}`)
    process.exit(2)
  }
  run.then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
