// `node scripts/security-scan.mjs [--out DIR]`: Electronegativity over src/ and the built out/ (run by
// `npm test` after the build). Electronegativity exits 0 whatever it finds, so this script counts the
// findings itself and fails on any finding above informational that docs/security.md does not justify
// (its table "Justified findings": check id, file glob, a piece of the flagged code, why).
//
// - Offline: Electronegativity's only network client (`got`) is replaced before it loads. It would fetch
//   translations on start and, in AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, Electron's release list; that
//   check is excluded (the Electron version is kept current by the dependency update, not by this scan).
// - The Electron version comes from node_modules/electron (else package.json): without it Electronegativity
//   assumes Electron 0.1 and judges every default as the oldest, most permissive one.
// - .vue files are not scanned (Electronegativity reads js/ts/html only); the built out/renderer covers them.
// - out/ is scanned only when main, preload and renderer were all built: global checks (CSP, navigation
//   limits, permission handler) look across the whole folder and report absences in a partial one.
// - SARIF: test-results/electronegativity.sarif, with each result's severity, confidence and justification.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const outArg = args.indexOf('--out')
const outDir = path.resolve(root, outArg >= 0 ? args[outArg + 1] : 'out')
const docFile = path.join(root, 'docs/security.md')
const sarifFile = path.join(root, 'test-results/electronegativity.sarif')
/** The check that downloads Electron's release list from GitHub. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck']

// ── Offline: stub `got` for Electronegativity ─────────────────────────────────────────────────────────
const entry = require.resolve('@doyensec/electronegativity')
const gotPath = createRequire(entry).resolve('got')
const refused = []
const offline = (url) => {
  refused.push(String(url))
  return Promise.resolve({ statusCode: 503, headers: {}, body: '' })
}
offline.head = offline
offline.get = offline
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) }
process.env.LANG = 'en-US'
const electronegativity = require('@doyensec/electronegativity')
const run = electronegativity.default ?? electronegativity

function electronVersion() {
  try {
    return require('electron/package.json').version
  } catch {
    const range = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies?.electron ?? ''
    return range.replace(/^[^\d]*/, '') || undefined
  }
}

// ── Justifications from docs/security.md ──────────────────────────────────────────────────────────────
/** Rows of the table under the heading "Justified findings": | `CHECK_ID` | `file glob` | `code` | why |. */
function readJustifications() {
  if (!existsSync(docFile)) return []
  const lines = readFileSync(docFile, 'utf8').split('\n')
  const start = lines.findIndex((l) => /^#+\s.*justified findings/i.test(l))
  if (start < 0) return []
  const rows = []
  for (const line of lines.slice(start + 1)) {
    if (/^#+\s/.test(line)) break
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^`|`$/g, ''))
    if (cells.length < 4 || !/^[A-Z0-9_]+$/.test(cells[0])) continue
    rows.push({ check: cells[0], glob: cells[1], code: cells[2], why: cells[3], used: 0 })
  }
  return rows
}

function globToRegExp(glob) {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

// ── Scan ──────────────────────────────────────────────────────────────────────────────────────────────
const isDir = (p) => existsSync(p) && statSync(p).isDirectory()
const targets = [{ name: 'src', dir: path.join(root, 'src') }]
const outParts = ['main', 'preload', 'renderer'].filter((p) => isDir(path.join(outDir, p)))
if (outParts.length === 3) targets.push({ name: 'out', dir: outDir })
else {
  console.log(
    `security: ${path.relative(root, outDir) || outDir}/ is ${outParts.length ? `incomplete (only ${outParts.join(', ')})` : 'missing'}; ` +
      'scanning src/ only. Build first (npm run build; npm test does) for the scan of the built app.'
  )
}

const version = electronVersion()
const justifications = readJustifications()
const findings = []
const parseErrors = []
for (const target of targets) {
  const result = await run(
    {
      input: target.dir,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED.map((c) => c.toLowerCase()),
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: version,
      parserPlugins: []
    },
    false
  )
  for (const error of result.errors)
    if (!error.tolerable) parseErrors.push(`${target.name}: ${path.relative(root, error.file)}: ${error.message}`)
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : `${target.name}/${issue.file.split(path.sep).join('/')}`
    const sample = typeof issue.sample === 'string' ? issue.sample : ''
    const justification = justifications.find(
      (j) => j.check === issue.id && globToRegExp(j.glob).test(file) && (j.code === '*' || sample.includes(j.code))
    )
    if (justification) justification.used++
    findings.push({
      check: issue.id,
      file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      severity: issue.severity.name,
      severityValue: issue.severity.value,
      confidence: issue.confidence.name,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
      sample: typeof issue.sample === 'string' ? issue.sample.slice(0, 200) : undefined,
      justification: justification?.why
    })
  }
}

// ── SARIF ─────────────────────────────────────────────────────────────────────────────────────────────
const rules = [...new Set(findings.map((f) => f.check))].map((id) => ({
  id,
  fullDescription: { text: findings.find((f) => f.check === id).description },
  helpUri: `https://github.com/doyensec/electronegativity/wiki/${id}`,
  properties: { category: 'Security' }
}))
const sarif = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'Electronegativity',
          version: JSON.parse(readFileSync(path.join(path.dirname(entry), '../package.json'), 'utf8')).version,
          informationUri: 'https://github.com/doyensec/electronegativity',
          rules
        }
      },
      properties: { electronVersion: version, excludedChecks: EXCLUDED, scanned: targets.map((t) => t.name) },
      results: findings.map((f) => ({
        ruleId: f.check,
        level: f.severityValue === 0 ? 'note' : f.justification ? 'note' : 'error',
        message: { text: f.justification ? `${f.description} Justified in docs/security.md: ${f.justification}` : f.description },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file === 'N/A' ? 'package.json' : f.file },
              region: { startLine: Math.max(1, f.line), startColumn: f.column + 1 }
            }
          }
        ],
        properties: { severity: f.severity, confidence: f.confidence, manualReview: f.manualReview, justified: Boolean(f.justification) },
        ...(f.justification ? { suppressions: [{ kind: 'external', justification: f.justification }] } : {})
      }))
    }
  ]
}
mkdirSync(path.dirname(sarifFile), { recursive: true })
writeFileSync(sarifFile, JSON.stringify(sarif, null, 2) + '\n')

// ── Verdict ───────────────────────────────────────────────────────────────────────────────────────────
const informational = findings.filter((f) => f.severityValue === 0)
const justified = findings.filter((f) => f.severityValue > 0 && f.justification)
const unjustified = findings.filter((f) => f.severityValue > 0 && !f.justification)
const where = (f) => `${f.file}:${f.line}`
for (const f of justified) console.log(`  justified    ${f.severity.padEnd(6)} ${f.check} ${where(f)}`)
for (const f of informational) console.log(`  informational       ${f.check} ${where(f)}${f.justification ? ' (justified)' : ''}`)
for (const f of unjustified) {
  console.log(`  UNJUSTIFIED  ${f.severity.padEnd(6)} ${f.check} ${where(f)} (${f.confidence.toLowerCase()}): ${f.description}`)
  if (f.sample) console.log(`               ${f.sample.split('\n')[0]}`)
}
for (const e of parseErrors) console.log(`  NOT ANALYSED ${e}`)
const unused = justifications.filter((j) => j.used === 0)
if (unused.length && targets.length === 2) {
  console.log(
    `security: ${unused.length} justification(s) in docs/security.md match no finding (remove them?): ${unused.map((j) => `${j.check} ${j.glob}`).join(', ')}`
  )
}
const networkNote = refused.length ? `; ${refused.length} network request(s) refused (offline)` : ''
console.log(
  `security: Electronegativity (Electron ${version ?? 'unknown'}) over ${targets.map((t) => `${t.name}/`).join(' and ')}: ` +
    `${findings.length} findings: ${justified.length} justified in docs/security.md, ${unjustified.length} unjustified, ` +
    `${informational.length} informational${networkNote}; SARIF in ${path.relative(root, sarifFile)}`
)
if (unjustified.length > 0) console.log('security: justify each finding in docs/security.md ("Justified findings") or fix it.')
if (parseErrors.length > 0) console.log('security: files Electronegativity could not parse were not analysed.')
process.exit(unjustified.length > 0 || parseErrors.length > 0 ? 1 : 0)
