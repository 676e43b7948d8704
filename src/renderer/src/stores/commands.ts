// Running commands from anywhere (keys, the application menu, the palette) through one map of actions,
// and the state of the command surfaces: the palette, the find bar, the About box.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { commandById, isEnabled, type CommandId, type CommandState } from '../../../shared/commands'
import { typing, type CommandActions } from '../composables/useShortcuts'
import { useCompareStore } from './compare'
import { useHistoryStore } from './history'
import { useReaderStore } from './reader'

export const useCommandStore = defineStore('commands', () => {
  const actions = shallowRef<CommandActions>({})
  const paletteOpen = ref(false)
  const findOpen = ref(false)
  /** Bumped on every Ctrl+F, so that an open find bar takes the focus back. */
  const findRequest = ref(0)
  const aboutOpen = ref(false)
  const reader = useReaderStore()
  const history = useHistoryStore()
  const compare = useCompareStore()

  const state = computed<CommandState>(() => ({
    openCount: reader.openCount,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    compared: Boolean(compare.current)
  }))

  const enabled = (id: CommandId): boolean => isEnabled(commandById(id), state.value)

  /** Runs a command that did not come from its key; false when it has no action here or is disabled. */
  function run(id: CommandId): boolean {
    // Undo and Redo chosen in the menu while typing are the field's own, as their keys are there.
    if ((id === 'undo' || id === 'redo') && typing(document.activeElement)) return document.execCommand(id)
    const action = actions.value[id]
    if (!action || !enabled(id)) return false
    return action() !== false
  }

  function register(next: CommandActions): void {
    actions.value = { ...actions.value, ...next }
  }

  function unregister(ids: string[]): void {
    actions.value = Object.fromEntries(Object.entries(actions.value).filter(([id]) => !ids.includes(id)))
  }

  return { actions, paletteOpen, findOpen, findRequest, aboutOpen, state, enabled, run, register, unregister }
})
