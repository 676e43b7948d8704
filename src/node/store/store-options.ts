// How a Store behaves: what the app, the command line and the tests choose differently.
import { LOCK_DEFAULTS } from './file-lock'

export interface StoreOptions {
  /** How many backups to keep. */
  backupsToKeep?: number
  /** Make a backup at most this often while writing. */
  backupIntervalMs?: number
  lockTimeoutMs?: number
  /** A lock not renewed for this long is taken over (tests shorten it). */
  lockStaleMs?: number
  /** How often the holder renews the lock (tests shorten it). */
  lockRenewMs?: number
  /** Back up the library when it opens (the app does; a command line run many times a minute does not). */
  backupOnOpen?: boolean
  /** The process lives on and saves a failed change with the next one (the app); a command line run does not. */
  keepsUnsavedChanges?: boolean
  /** Settings changes made within this long of one another are written once, with the last value. */
  settingsWindowMs?: number
  /** The per-machine folder that names this device; default DIPTYCH_CONFIG_DIR, else the app's own folder. */
  configDir?: string
  /** Rewrite this device's snapshot once the logs hold this many bytes it does not include. */
  compactAfterBytes?: number
}

export function withDefaults(options: StoreOptions): Required<StoreOptions> {
  return {
    backupsToKeep: options.backupsToKeep ?? 10,
    backupIntervalMs: options.backupIntervalMs ?? 10 * 60_000,
    lockTimeoutMs: options.lockTimeoutMs ?? LOCK_DEFAULTS.timeoutMs,
    lockStaleMs: options.lockStaleMs ?? LOCK_DEFAULTS.staleMs,
    lockRenewMs: options.lockRenewMs ?? LOCK_DEFAULTS.renewMs,
    backupOnOpen: options.backupOnOpen ?? true,
    keepsUnsavedChanges: options.keepsUnsavedChanges ?? true,
    settingsWindowMs: options.settingsWindowMs ?? 20,
    configDir: options.configDir ?? '',
    compactAfterBytes: options.compactAfterBytes ?? 4 * 1024 * 1024
  }
}
