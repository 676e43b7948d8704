// The preload exposes the typed API over ipcRenderer.invoke (its events over ipcRenderer.on), and the
// desktop's extras: commands chosen in the application menu (only ids of the command table pass),
// diptych:// links (only links that parse pass), the page zoom, and the page's state for the menu (only
// a state that passes goes to main). Nothing of Electron or Node reaches the page: no event object, no ipcRenderer.
import { contextBridge, ipcRenderer, webFrame } from 'electron'
import { createApi, EVENT_PREFIX, IPC_PREFIX } from '../shared/api'
import { COMMAND_STATE_CHANNEL, commandStateOf, type CommandState } from '../shared/command-state'
import { COMMAND_CHANNEL, isCommandId, type CommandId } from '../shared/commands'
import { clampZoom, type Desktop } from '../shared/desktop'
import { LINK_CHANNEL, pageLinkEnd } from '../shared/link-inbox'

contextBridge.exposeInMainWorld(
  'api',
  createApi(
    (channel, req) => ipcRenderer.invoke(IPC_PREFIX + channel, req),
    (event, run) => ipcRenderer.on(EVENT_PREFIX + event, () => run())
  )
)

// Links main sends before the page listens wait here (main sends once the page has loaded).
const links = pageLinkEnd()
ipcRenderer.on(LINK_CHANNEL, (_event, value: unknown) => links.take(value))

const desktop: Desktop = {
  onCommand(run: (id: CommandId) => void): void {
    ipcRenderer.on(COMMAND_CHANNEL, (_event, id: unknown) => {
      if (isCommandId(id)) run(id)
    })
  },
  onLink: links.onLink,
  setZoom(level: number): void {
    webFrame.setZoomLevel(clampZoom(Number(level)))
  },
  setCommandState(state: CommandState): void {
    const checked = commandStateOf(state)
    if (checked) ipcRenderer.send(COMMAND_STATE_CHANNEL, checked)
  }
}
contextBridge.exposeInMainWorld('desktop', desktop)
