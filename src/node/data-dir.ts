import os from 'node:os'
import path from 'node:path'

/** The library folder: `--data-dir=DIR` or `--data-dir DIR`, else DIPTYCH_DATA_DIR, else the app's folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith('--data-dir=')) return path.resolve(arg.slice('--data-dir='.length))
    if (arg === '--data-dir' && argv[i + 1]) return path.resolve(argv[i + 1])
  }
  if (env.DIPTYCH_DATA_DIR) return path.resolve(env.DIPTYCH_DATA_DIR)
  return fallback
}

/**
 * Where Electron keeps the app's userData for the app name "diptych" (app.getPath('appData') + name), so
 * that the command line finds what the app keeps there without Electron.
 */
export function appFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'diptych')
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'diptych')
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'diptych')
}

/**
 * The per-machine folder that names this computer as a device of a synced library (device-identity.ts):
 * DIPTYCH_CONFIG_DIR, for the app and the command line alike (tests run two devices on one computer),
 * else the app's own folder.
 */
export function resolveConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DIPTYCH_CONFIG_DIR ? path.resolve(env.DIPTYCH_CONFIG_DIR) : appFolder(process.platform, env)
}
