// Registers actions for commands of the table: run by their keys, by the palette and by the
// application menu, all through the command store.
import { onBeforeUnmount } from 'vue'
import { useCommandStore } from '../stores/commands'
import { useShortcuts, type CommandActions } from './useShortcuts'

export function useCommands(actions: CommandActions): void {
  const commands = useCommandStore()
  commands.register(actions)
  useShortcuts(actions)
  onBeforeUnmount(() => commands.unregister(Object.keys(actions)))
}
