// Starting the desktop app from the command line: which program runs it, and starting it with a link.
// The app's single-instance lock then hands the link to a window already open, or this one opens it.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** How to start the app: a program, and the arguments that come before the link. */
export interface AppLauncher {
  program: string
  args: string[]
}

/** The Electron binary npm put beside this package (never downloaded here: electron's own index.js would try). */
function installedElectron(root: string, exists: (p: string) => boolean): string | undefined {
  try {
    const electronDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'))
    const pathFile = path.join(electronDir, 'path.txt')
    if (!exists(pathFile)) return undefined
    const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return exists(binary) ? binary : undefined
  } catch {
    return undefined
  }
}

/**
 * The installed app ($DIPTYCH_APP), else Electron ($ELECTRON_PATH, or the one installed with the
 * package) on this package's built app; undefined when there is none.
 */
export function findApp(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync
): AppLauncher | undefined {
  if (env.DIPTYCH_APP) return exists(env.DIPTYCH_APP) ? { program: env.DIPTYCH_APP, args: [] } : undefined
  const electron = env.ELECTRON_PATH ? (exists(env.ELECTRON_PATH) ? env.ELECTRON_PATH : undefined) : installedElectron(root, exists)
  if (!electron || !exists(path.join(root, 'out', 'main', 'index.js'))) return undefined
  return { program: electron, args: [root] }
}

/** Starts the app on its own (it outlives this command); resolves false when it could not be started. */
export function launch(app: AppLauncher, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(app.program, [...app.args, ...args], { stdio: 'ignore', detached: true })
    child.once('error', () => resolve(false))
    child.once('spawn', () => {
      child.unref()
      resolve(true)
    })
  })
}
