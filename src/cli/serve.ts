// `diptych serve`: Diptych in the reader's browser, for machines without the Electron binary. The
// server listens on loopback only and lets in only the page opened with the secret it prints.
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serveLibrary } from '../node'
import { UsageError } from './args'
import { CliError, DATA_DIR_HELP, type Command } from './command'
import { dataDirOf, parserWorker, resourcesDir } from './library'
import { findBrowser, openInBrowser } from './open-browser'
import { packageRoot } from './package-root'

const rendererDir = (): string => path.join(packageRoot(), 'out', 'renderer')

function portOf(option: unknown): number {
  if (option === undefined) return 0
  const port = Number(option)
  if (typeof option !== 'string' || !/^\d{1,5}$/.test(option) || port > 65_535) {
    throw new UsageError(`--port takes a port number from 0 to 65535 (got “${String(option)}”).`)
  }
  return port
}

/** A profile folder of the app's own, per machine: never the reader's browsing profile. */
function profileDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache')
  return path.join(base, 'diptych', 'browser-profile')
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'open Diptych in a browser, served from this computer only',
  help: `Usage: diptych serve [--port N] [--no-open] [--export-dir DIR] [--data-dir DIR]

Starts Diptych's local server on 127.0.0.1 (and ::1) and opens the app in Chromium or Chrome as an app
window. The first line printed is the address to open, with a secret in it that lets that page in (and
no other); keep it to yourself. Stop the server with Ctrl+C.

Options:
  --port N         the port to listen on (default 0: a free port)
  --no-open        only print the address, do not start a browser
  --export-dir DIR where exports are written (default ~/Downloads/Diptych): the browser has no save dialog
${DATA_DIR_HELP}`,
  options: { port: { type: 'string', value: 'N' }, 'no-open': { type: 'boolean' }, 'export-dir': { type: 'string', value: 'DIR' } },

  async run({ options, positionals }, out) {
    if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”: serve takes no arguments.`)
    const port = portOf(options.port)
    if (!existsSync(path.join(rendererDir(), 'index.html'))) {
      throw new CliError('The app is not built yet: run "npm run build" in the package folder, then "diptych serve" again.')
    }
    const exportDir =
      typeof options['export-dir'] === 'string' ? path.resolve(options['export-dir']) : path.join(os.homedir(), 'Downloads', 'Diptych')
    const served = await serveLibrary({
      dataDir: dataDirOf(options['data-dir']),
      resourcesDir: resourcesDir(),
      rendererDir: rendererDir(),
      exportDir,
      port,
      parserWorker: parserWorker()
    })
    out.line(served.server.url)
    for (const notice of served.context.store.notices) out.note(`Note: ${notice.message}`)
    if (!options['no-open']) {
      const browser = findBrowser()
      const opened = browser ? await openInBrowser(browser, served.server.url, profileDir()) : false
      if (!opened) out.note('No Chromium or Chrome was found: open the address above in your browser.')
    }
    out.note('Diptych is being served from this computer only. Press Ctrl+C to stop.')
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await served.close()
    return 0
  }
}
