// Bundles the `diptych` command line (src/cli/index.ts) for plain Node into out/cli/diptych.mjs, and the
// parser worker it imports with into out/cli/parse-worker.mjs.
// node_modules stay external (imported at run time from the package's own node_modules); no banner
// creating `require` is needed, as nothing bundled (only our own ES modules) calls it.
//
// Code splitting keeps what only an import needs (jsdom, Readability, DOMPurify: the importer loads them
// with a dynamic import) in its own chunk, so `diptych list` does not pay half a second to load them.
//
// What `diptych align` runs on two text files (src/cli/align-kernel-entry.ts: reading, decoding, the
// aligner) is built apart, as a classic script with a V8 code cache made here after a warm-up run
// (src/cli/align-kernel.ts says why): both are content-hashed chunks too. What `diptych list` reads when
// the library's listing can be trusted (src/cli/list-kernel-entry.ts) is built the same way, with zod.
//
// Several builds may run at once (test files in parallel, two `npx diptych` right after install): chunks
// have content-hashed names, so writing one twice writes the same bytes, and the entry is written last
// through a unique temporary file and a rename, so that no process ever imports a half-written bundle.
import { createHash, randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import vm from 'node:vm'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUT_DIR = path.join(root, 'out', 'cli')
export const CLI_ENTRY = path.join(CLI_OUT_DIR, 'diptych.mjs')
const STALE_CHUNK_MS = 10 * 60_000

const COMMON = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  write: false
}

/** Builds the command line; resolves with the entry file's path. */
export async function buildCli() {
  const kernel = await buildAlignKernel()
  const listKernel = await buildListKernel()
  const result = await build({
    ...COMMON,
    entryPoints: {
      diptych: path.join(root, 'src', 'cli', 'index.ts'),
      // Imports are parsed in a worker thread with the app's time and memory bounds (worker-parser.ts).
      'parse-worker': path.join(root, 'src', 'node', 'services', 'import', 'parse-worker.ts')
    },
    outdir: CLI_OUT_DIR,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    format: 'esm',
    packages: 'external',
    define: { DIPTYCH_ALIGN_KERNEL: relativeName(kernel.script), DIPTYCH_LIST_KERNEL: relativeName(listKernel.script) }
  })
  // What bin/diptych.cjs requires for `diptych align`: CommonJS, so that no ES module is loaded.
  const alignStart = await build({
    ...COMMON,
    entryPoints: { 'align-start': path.join(root, 'src', 'cli', 'align-start.ts') },
    outdir: CLI_OUT_DIR,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    packages: 'external',
    define: { DIPTYCH_ALIGN_KERNEL: relativeName(kernel.script), 'import.meta.dirname': '__dirname' }
  })
  mkdirSync(path.join(CLI_OUT_DIR, 'chunks'), { recursive: true })
  const entryFiles = []
  const written = new Set()
  for (const file of [...kernel.outputFiles, ...listKernel.outputFiles, ...result.outputFiles, ...alignStart.outputFiles]) {
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

/** A kernel as one function expression taking (module, exports, require, its file's URL), and the code
 *  cache of its functions once `warmUp` has run them. */
async function buildKernel(name, entry, warmUp, options = {}) {
  const result = await build({
    ...COMMON,
    entryPoints: [path.join(root, 'src', 'cli', entry)],
    outdir: path.join(CLI_OUT_DIR, 'chunks'),
    entryNames: `${name}-[hash]`,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    packages: 'external',
    ...options,
    define: { ...options.define, 'import.meta.url': 'kernelUrl' },
    banner: { js: '(function (module, exports, require, kernelUrl) {' },
    footer: { js: '})' }
  })
  const code = result.outputFiles.find((file) => file.path.endsWith('.cjs'))
  const script = new vm.Script(code.text, { filename: code.path })
  const module = { exports: {} }
  script.runInThisContext()(module, module.exports, createRequire(code.path), pathToFileURL(code.path).href)
  await warmUp(module.exports)
  const cache = { path: `${code.path}.cache`, contents: script.createCachedData() }
  return { script: code.path, outputFiles: [...result.outputFiles, cache] }
}

/** The align kernel, warmed up on `diptych align` of two text files, as a table and as JSON; it holds the
 *  aligner's word lists interned and stemmed, made here (lexicon.ts). */
async function buildAlignKernel() {
  const lexicon = await build({
    ...COMMON,
    sourcemap: false,
    entryPoints: [path.join(root, 'src', 'shared', 'compare', 'lexicon.ts')],
    format: 'esm'
  })
  const { plainBaseText } = await import(`data:text/javascript;base64,${Buffer.from(lexicon.outputFiles[0].contents).toString('base64')}`)
  return buildKernel(
    'align-kernel',
    'align-kernel-entry.ts',
    (kernel) =>
      inTempDir('diptych-build-align-', async (dir) => {
        const files = WARM_UP[0].map((text, i) => path.join(dir, `${'ab'[i]}.txt`))
        files.forEach((file, i) => writeFileSync(file, WARM_UP[0][i]))
        const printed = []
        const out = {
          line: (text = '') => printed.push(text),
          json: (value) => printed.push(JSON.stringify(value, null, 2)),
          note: (text) => printed.push(text)
        }
        const loadExplain = () => Promise.reject(new Error('no error is expected in the warm-up'))
        for (const args of [['--json'], ['--min-score', '0']]) {
          const code = await kernel.run(['align', ...files, ...args], out, [], loadExplain)
          if (code !== 0) throw new Error(`the align kernel could not align two text files: ${printed.join('\n')}`)
        }
      }),
    { ...MINIFIED, define: { DIPTYCH_LEXICON_BASE: JSON.stringify(plainBaseText()) } }
  )
}

/** The list kernel, zod bundled in (its ES modules are most of the load), warmed up on a small library's listing. */
function buildListKernel() {
  return buildKernel(
    'list-kernel',
    'list-kernel-entry.ts',
    (kernel) =>
      inTempDir('diptych-build-list-', async (dir) => {
        const header = JSON.stringify({ snapshot: 1, device: 'warmup', clock: '0', revision: 1, covered: {} })
        const article = { id: 'a1', title: 'A', format: 'text', addedAt: '2024-05-16T00:00:00.000Z', wordCount: 1, textHash: 'x', tags: [] }
        mkdirSync(path.join(dir, 'snapshots'))
        writeFileSync(path.join(dir, 'snapshots', 'warmup.json'), `${header}\n{}\n`)
        const ids = '[["a1",["h1"]]]'
        const body = { listing: 2, articles: [article], counts: { a1: 1 }, ids: createHash('sha256').update(ids).digest('hex') }
        const listing = `${header}\n${JSON.stringify(body)}\n${ids}\n`
        writeFileSync(path.join(dir, 'snapshots', 'warmup.list.json'), listing)
        const listed = await kernel.readLibraryListing(kernel.dataDirOf(dir))
        if (listed?.highlightCounts.get('a1') !== 1) throw new Error('the list kernel could not read a listing')
      }),
    { packages: undefined, ...MINIFIED }
  )
}

/** Runs `use` on a new temporary folder, removed after. */
async function inTempDir(prefix, use) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  try {
    return await use(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Whitespace and syntax only: names stay, for the stack of an error. A smaller script is read and
 *  its cache checked against it faster. */
const MINIFIED = { minifyWhitespace: true, minifySyntax: true }

/** Passages of each kind (verbatim with quotation marks, close, paraphrase), for the warm-up run. */
const WARM_UP = [
  [
    'The council approved the flood defence plan on Tuesday after a long debate. "We have waited too long," the mayor said. Residents of the river district, who were flooded twice in ten years, welcomed the decision.',
    'After a long debate, the council approved the flood defence plan on Tuesday. "We have waited too long," the mayor said on Tuesday evening. People living near the river, whose homes flooded twice in a decade, were glad of the vote.'
  ]
]

/** A file's path relative to the package root, as a string literal for `define`. */
const relativeName = (file) => JSON.stringify(path.relative(root, file).split(path.sep).join('/'))

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
