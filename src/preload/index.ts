// The preload exposes the typed API over ipcRenderer.invoke (its events over ipcRenderer.on), and the desktop's two extras: commands
// chosen in the application menu (only ids of the command table pass) and the page zoom. Nothing of
// Electron or Node reaches the page: no event object, no ipcRenderer.
import { contextBridge, ipcRenderer, webFrame } from 'electron'
import { createApi, EVENT_PREFIX, IPC_PREFIX } from '../shared/api'
import { COMMAND_CHANNEL, isCommandId, type CommandId } from '../shared/commands'
import { clampZoom, type Desktop } from '../shared/desktop'

contextBridge.exposeInMainWorld(
  'api',
  createApi(
    (channel, req) => ipcRenderer.invoke(IPC_PREFIX + channel, req),
    (event, run) => ipcRenderer.on(EVENT_PREFIX + event, () => run())
  )
)

const desktop: Desktop = {
  onCommand(run: (id: CommandId) => void): void {
    ipcRenderer.on(COMMAND_CHANNEL, (_event, id: unknown) => {
      if (isCommandId(id)) run(id)
    })
  },
  setZoom(level: number): void {
    webFrame.setZoomLevel(clampZoom(Number(level)))
  }
}
contextBridge.exposeInMainWorld('desktop', desktop)
