// The preload exposes exactly one thing: the typed API over ipcRenderer.invoke. Nothing of Electron
// or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import { createApi, IPC_PREFIX } from '../shared/api'

contextBridge.exposeInMainWorld(
  'api',
  createApi((channel, req) => ipcRenderer.invoke(IPC_PREFIX + channel, req))
)
