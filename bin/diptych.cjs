#!/usr/bin/env node
// The `diptych` command. CommonJS, so that `diptych align` starts without Node's ES module loader: it
// runs out/cli/align-start.cjs, which runs the align kernel's code-cached script (src/cli/align-start.ts).
// Every other command, and align before the command line is built, goes through bin/diptych.mjs, which
// builds what is missing and runs the ES module bundle.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: see above */
'use strict'
const { existsSync } = require('node:fs')
const path = require('node:path')

const argv = process.argv.slice(2)
const alignStart = path.join(__dirname, '..', 'out', 'cli', 'align-start.cjs')

if (argv[0] === 'align' && existsSync(alignStart)) require(alignStart).main(argv)
else import('./diptych.mjs')
