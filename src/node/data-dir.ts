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
