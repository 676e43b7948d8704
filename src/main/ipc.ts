// Registers the handler table on ipcMain. Every request is checked for its sender (our own window,
// served from our own scheme) and then validated by `dispatch` before a service sees it.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, IPC_PREFIX } from '../shared/api'
import { dispatch, type Handlers } from '../node'
import { isTrustedUrl } from './trusted-url'

/** Only the app's own top-level page may call main. */
function trustedSender(event: IpcMainInvokeEvent): boolean {
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
