// Registers the handler table on ipcMain. Every request is checked for its sender (our own window,
// served from our own scheme) and then validated by `dispatch` before a service sees it; the page's
// state for the menu is checked alike.
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, IPC_PREFIX } from '../shared/api'
import { COMMAND_STATE_CHANNEL, commandStateOf, type CommandState } from '../shared/command-state'
import { dispatch, type Handlers } from '../node'
import { isTrustedUrl } from './trusted-url'

/** Only the app's own top-level page may call main. */
function trustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isTrustedUrl(frame.url, process.env.ELECTRON_RENDERER_URL)
}

export function registerIpc(handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, req: unknown) => {
      if (!trustedSender(event)) {
        return { ok: false, error: { kind: 'invalid-request', message: 'Request from an unknown page refused.' } }
      }
      return dispatch(handlers, channel, req)
    })
  }
}

/** Calls `take` with each state the app's page reports (what is open, selected, undoable). */
export function registerCommandState(take: (state: CommandState) => void): void {
  ipcMain.on(COMMAND_STATE_CHANNEL, (event, value: unknown) => {
    const state = trustedSender(event) ? commandStateOf(value) : null
    if (state) take(state)
  })
}
