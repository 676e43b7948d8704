// The keyboard side of the one command table (../../shared/commands.ts): which command a key press
// runs. Commands a native role performs (clipboard, full screen) are left to the system.
import { COMMANDS, keysOf, type Command, type CommandId } from '../../shared/commands'

export type ShortcutId = CommandId

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/** Whether a key event is `key` as the table writes it ("Mod+Shift+C", "Shift+ArrowDown", "?", "Mod+="). */
export function matches(event: KeyboardEvent, key: string): boolean {
  const parts = key.split('+')
  const name = parts.pop()!
  const mod = parts.includes('Mod')
  const ctrl = parts.includes('Ctrl')
  const shift = parts.includes('Shift')
  if (ctrl && !event.ctrlKey) return false
  if (!ctrl && mod !== (event.ctrlKey || event.metaKey)) return false
  if (event.altKey) return false
  const wanted = name === 'Plus' ? '+' : name
  // A printable character already carries its Shift ("?" is Shift+/, "+" is Shift+=), so Shift is
  // only checked for named keys and for letters with Mod.
  if (wanted.length > 1 || (mod && /^[a-z]$/i.test(wanted))) {
    if (shift !== event.shiftKey) return false
    return event.key.toLowerCase() === wanted.toLowerCase()
  }
  return event.key === wanted
}

export function shortcutOf(event: KeyboardEvent, mac = isMac()): Command | undefined {
  return COMMANDS.find((c: Command) => !c.role && keysOf(c, mac).some((k) => matches(event, k)))
}
