/// <reference types="vite/client" />
import type { Api } from '../../shared/api'
import type { Desktop } from '../../shared/desktop'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    api: Api
    /** The desktop shell's menu commands and zoom; absent in a plain browser. */
    desktop?: Desktop
  }
  const __APP_VERSION__: string
}
