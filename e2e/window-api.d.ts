import type { Api } from '../src/shared/api'

declare global {
  interface Window {
    api: Api
  }
}
