// Writes src/renderer/src/styles/themes.css from the theme tokens (src/renderer/src/theme/tokens.ts).
// Run after changing a token: `node scripts/write-theme-css.mjs`; a unit test fails while the two differ.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const out = await build({
  stdin: { contents: "export { themeCss } from './theme-css'", resolveDir: path.join(root, 'src/renderer/src/theme'), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral'
})
const { themeCss } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
writeFileSync(path.join(root, 'src/renderer/src/styles/themes.css'), themeCss())
console.log('wrote src/renderer/src/styles/themes.css')
