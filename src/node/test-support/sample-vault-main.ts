// `node scripts/sample-vault.mjs`: makes docs/sample-vault again, from scratch.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { makeSampleVault } from './sample-vault'

const vault = path.resolve(import.meta.dirname, '../../../docs/sample-vault')
await rm(vault, { recursive: true, force: true })
const [first, second] = await makeSampleVault(vault)
console.log(`First export: ${first.created.length} notes. Second: ${second.updated.length} updated, ${second.unchanged} unchanged.`)
console.log(`Wrote ${vault}`)
