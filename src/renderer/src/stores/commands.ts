// Running commands from anywhere (keys, the application menu, the palette) through one map of actions,
// the state that says which can act (greyed out in the palette and the menu), and the state of the
// command surfaces: the palette, the find bar, the About box.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { commandById, isEnabled, type CommandId, type CommandState } from '../../../shared/commands'
import { clampZoom } from '../../../shared/desktop'
import { latestEditionNumber } from '../../../shared/editions'
import { typing, type CommandActions } from '../composables/useShortcuts'
import { useAnnotationStore } from './annotations'
import { useCompareStore } from './compare'
import { useHistoryStore } from './history'
import { useLibraryStore } from './library'
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
  const annotations = useAnnotationStore()
  const library = useLibraryStore()
  /** The focus is in a field (kept by CommandLayer from focus events). */
  const inField = ref(false)

  const state = computed<CommandState>(() => {
    // The article the editions commands work on: the focused pane's, or the only one open.
    const focused = reader.panes[reader.activeSide] ?? reader.panes.find((p) => p !== null) ?? null
    const meta = focused ? library.articleById.get(focused) : undefined
    return {
      openCount: reader.openCount,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      compared: Boolean(compare.current),
      typing: inField.value,
      cardOpen: annotations.openCard !== null,
      focusedFromWeb: Boolean(meta?.url),
      focusedEditions: latestEditionNumber(meta?.editions) >= 2,
      zoom: clampZoom(library.settings.zoom ?? 0)
    }
  })

  /** Whether a command can act now; `as` overrides part of the state (the palette judges from where it was opened). */
  const enabled = (id: CommandId, as?: Partial<CommandState>): boolean => isEnabled(commandById(id), { ...state.value, ...as })

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

  return { actions, paletteOpen, findOpen, findRequest, aboutOpen, inField, state, enabled, run, register, unregister }
})
