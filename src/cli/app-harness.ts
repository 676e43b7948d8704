// The app without Electron in another process (src/node/test-support/app-child.ts): its real handler
// table on a library folder, for tests where the app annotates or writes while the CLI runs.
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { ApiError, NewHighlight, Result } from '../shared/api'
import type { HighlightColor } from '../shared/model'
import { bundleChild, RequestChild, type BundledChild } from '../node/test-support/child-process'
import { REPO_ROOT } from './cli-harness'

export interface AppProcess extends RequestChild {
  /** A request through `dispatch`; a failed Result becomes an exception naming the channel. */
  call<T>(channel: string, req: unknown): Promise<T>
  /** Ends stdin, so that the app closes its Store (flushing) and exits; resolves with its exit code. */
  quit(): Promise<number | null>
}

/** Bundles the app child once for the test file; returns a function that starts it on a folder. */
export function useAppProcess(): (dataDir: string) => Promise<AppProcess> {
  let bundled: BundledChild | undefined
  beforeAll(async () => {
    bundled = await bundleChild(path.join(REPO_ROOT, 'src', 'node', 'test-support', 'app-child.ts'))
  })
  afterAll(() => bundled?.dispose())
  return async (dataDir) => {
    const child = new RequestChild(process.execPath, [bundled!.file, dataDir, path.join(REPO_ROOT, 'resources')])
    await child.waitFor((l) => l === '{"ready":true}', 'ready')
    return Object.assign(child, {
      async call<T>(channel: string, req: unknown): Promise<T> {
        const result = await child.request<Result<T, ApiError>>({ channel, req })
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
        return result.value
      },
      async quit() {
        child.proc.stdin!.end()
        return (await child.closed).code
      }
    })
  }
}

/** A highlight of the first `exact` in an article's canonical text, with the selectors the renderer makes. */
export function highlightOf(
  articleId: string,
  text: string,
  exact: string,
  color: HighlightColor,
  extra: Partial<NewHighlight> = {}
): NewHighlight {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`“${exact}” is not in the article`)
  const end = start + exact.length
  return {
    articleId,
    color,
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { start, end },
    ...extra
  }
}
