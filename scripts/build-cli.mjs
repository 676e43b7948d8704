// Bundles the `diptych` command line (src/cli/index.ts) for plain Node into out/cli/diptych.mjs, and the
// parser worker it imports with into out/cli/parse-worker.mjs.
// node_modules stay external (imported at run time from the package's own node_modules); no banner
// creating `require` is needed, as nothing bundled (only our own ES modules) calls it.
//
// Code splitting keeps what only an import needs (jsdom, Readability, DOMPurify: the importer loads them
// with a dynamic import) in its own chunk, so `diptych list` does not pay half a second to load them.
//
// Several builds may run at once (test files in parallel, two `npx diptych` right after install): chunks
// have content-hashed names, so writing one twice writes the same bytes, and the entry is written last
// through a unique temporary file and a rename, so that no process ever imports a half-written bundle.
import { randomUUID } from 'node:crypto'
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT_DIR = path.join(root, 'out', 'cli')
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'diptych.mjs')
const STALE_CHUNK_MS = 10 * 60_000

/** Builds the command line; resolves with the entry file's path. */
export async function buildCli() {
  const result = await build({
    entryPoints: {
      diptych: path.join(root, 'src', 'cli', 'index.ts'),
      // Imports are parsed in a worker thread with the app's time and memory bounds (worker-parser.ts).
      'parse-worker': path.join(root, 'src', 'node', 'services', 'import', 'parse-worker.ts')
    },
    outdir: CLI_OUT_DIR,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    write: false
  })
  mkdirSync(path.join(CLI_OUT_DIR, 'chunks'), { recursive: true })
  const entryFiles = []
  const written = new Set()
  for (const file of result.outputFiles) {
    written.add(file.path)
    if (path.dirname(file.path) === CLI_OUT_DIR) entryFiles.push(file)
    else writeAtomic(file.path, file.contents)
  }
  for (const file of entryFiles) writeAtomic(file.path, file.contents)
  // Chunks of earlier builds. Only old ones go: a command started from the previous build a moment ago
  // may still have to load one of them lazily.
  for (const name of readdirSync(path.join(CLI_OUT_DIR, 'chunks'))) {
    const file = path.join(CLI_OUT_DIR, 'chunks', name)
    if (!written.has(file) && Date.now() - statSync(file).mtimeMs > STALE_CHUNK_MS) rmSync(file, { force: true })
  }
  return CLI_ENTRY
}

function writeAtomic(file, contents) {
  mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp-${randomUUID()}`
  writeFileSync(temp, contents)
  renameSync(temp, file)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const started = Date.now()
  buildCli().then(
    (entry) => console.log(`Built ${path.relative(root, entry)} in ${Date.now() - started} ms`),
    (error) => {
      console.error(`The command line could not be built: ${error.message}`)
      process.exit(1)
    }
  )
}
