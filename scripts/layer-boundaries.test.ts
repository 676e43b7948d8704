// The layer rules of eslint.config.js fire: a file that crosses a boundary fails `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
// The snippets are not files of the TypeScript project: lint them without type information.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off'
    }
  }
})

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {}\n`, { filePath: path.join(root, filePath) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layer boundaries', () => {
  it.each([
    ['src/node/store/store-extra.ts', "import { app } from 'electron'", 'no Electron'],
    ['src/node/services/x.ts', "import { x } from '../../renderer/src/stores/library'", 'plain Node'],
    ['src/node/x.ts', "import { x } from '../cli/output'", 'plain Node'],
    ['src/node/x.ts', "import { registerIpc } from '../main/ipc'", 'plain Node'],
    ['src/cli/x.ts', "import { htmlToBlocks } from '../node/services/import/html-to-blocks'", 'public entry'],
    ['src/cli/x.ts', "import { withFileLock } from '../node/store/file-lock'", 'public entry'],
    ['src/cli/x.ts', "import { app } from 'electron'", 'public entry'],
    ['src/cli/x.test.ts', "import { Store } from '../node/store/store'", 'test support'],
    ['src/main/x.ts', "import { Store } from '../node/store/store'", 'public entry'],
    ['src/shared/x.ts', "import fs from 'node:fs'", 'pure domain'],
    ['src/shared/x.ts', "import { openApp } from '../node'", 'pure domain'],
    ['src/renderer/src/x.ts', "import { openApp } from '../../node'", 'only src/shared'],
    ['src/renderer/src/x.ts', "import { ipcRenderer } from 'electron'", 'only src/shared'],
    ['src/shared/compare/x.ts', "import { CASES } from '../../testing/compare-eval/cases'", 'pure domain'],
    ['src/node/x.ts', "import { trackedEdits } from '../testing/tracked-edits'", 'plain Node'],
    ['src/preload/x.ts', "import { openApp } from '../node'", 'bridges IPC']
  ])('%s: %s is refused', async (file, source, why) => {
    const messages = await restricted(file, source)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(why)
  })

  it.each([
    ['src/cli/x.ts', "import { openApp } from '../node'"],
    ['src/cli/x.ts', "import { parseArticle } from '../node/parsing'"],
    ['src/cli/x.test.ts', "import { useTempDirs } from '../node/test-support/temp-dir'"],
    ['src/main/x.ts', "import { createHandlers } from '../node'"],
    ['src/main/x.ts', "import { app } from 'electron'"],
    ['src/node/x.ts', "import { align } from '../shared/compare'"],
    ['src/renderer/src/x.ts', "import { canonicalText } from '../../shared/model'"]
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restricted(file, source)).toEqual([])
  })

  it('only the Electron shell and the preload import electron', () => {
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          if (/from 'electron'/.test(readFileSync(full, 'utf8'))) offenders.push(path.relative(root, full))
        }
      }
    }
    walk(path.join(root, 'src'))
    expect(offenders.filter((f) => !f.startsWith('src/main/') && !f.startsWith('src/preload/'))).toEqual([])
    expect(offenders.length).toBeGreaterThan(0)
  })
})
