#!/usr/bin/env node
// The `diptych` command through the ES module bundle, out/cli/diptych.mjs: what the installed bin
// (bin/diptych.cjs) runs for every command but a built align. Right after `npm install` that bundle does
// not exist yet (out/ is built, not committed), so it is built first with scripts/build-cli.mjs, which
// takes about a second.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const entry = fileURLToPath(new URL('../out/cli/diptych.mjs', import.meta.url))

if (!existsSync(entry)) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs')
    await buildCli()
  } catch (error) {
    console.error(
      `diptych: the command line is not built and could not be built (${error?.message ?? error}); run "node scripts/build-cli.mjs" in the package folder.`
    )
    process.exit(1)
  }
}

const { main } = await import(pathToFileURL(entry).href)
await main(process.argv.slice(2))
