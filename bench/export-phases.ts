// Issue 20's export figures: the phases of `diptych export --all --format md`, run in this process on a
// generated library (opening the library; reading and anchoring the articles; reading the folder;
// rendering the notes; writing them), into a new folder and then again into the same folder (the vault
// case: every note read and compared, none written). CPU time (every thread of the process) and wall
// time, medians of a few runs; figures only.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { openApp } from '../src/node'
import type { ExportPhase } from '../src/node/services/export-phases'
import { median } from './main-block'

export type PhaseRow = 'open' | `${'new' | 'again'}.${ExportPhase | 'total'}`
export type PhaseFigures = Partial<Record<PhaseRow, { cpu: number; wall: number }>>

const none = async () => null
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000

/** The median phases of `runs` exports of the library in `dataDir` (already opened once: no migration timed). */
export async function exportPhases(dataDir: string, outDir: string, runs: number): Promise<PhaseFigures> {
  const samples = new Map<PhaseRow, { cpu: number[]; wall: number[] }>()
  const add = (row: PhaseRow, wall: number, cpu: number) => {
    const sample = samples.get(row) ?? { cpu: [], wall: [] }
    samples.set(row, sample)
    sample.wall.push(wall)
    sample.cpu.push(cpu)
  }
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    const app = await openApp({
      dataDir,
      resourcesDir: path.resolve(import.meta.dirname, '../resources'),
      platform: { showOpenDialog: none, showSaveDialog: none, writeClipboard: () => undefined, openExternal: async () => undefined },
      // As the command line opens it (src/cli/library.ts).
      store: { backupOnOpen: false, keepsUnsavedChanges: false }
    })
    add('open', performance.now() - start, cpuMs(process.cpuUsage(cpu)))
    rmSync(outDir, { recursive: true, force: true })
    for (const pass of ['new', 'again'] as const) {
      const sums = new Map<ExportPhase, { wall: number; cpu: number }>()
      const passStart = performance.now()
      const passCpu = process.cpuUsage()
      await app.exports.updateFolder(
        { scope: 'library', articleIds: [], format: 'markdown', includeNotes: true, order: 'reading', images: 'copy' },
        outDir,
        undefined,
        (phase, wall, cpu) => {
          const sum = sums.get(phase) ?? { wall: 0, cpu: 0 }
          sums.set(phase, { wall: sum.wall + wall, cpu: sum.cpu + cpu })
        }
      )
      for (const [phase, sum] of sums) add(`${pass}.${phase}`, sum.wall, sum.cpu)
      add(`${pass}.total`, performance.now() - passStart, cpuMs(process.cpuUsage(passCpu)))
    }
    await app.store.close()
  }
  rmSync(outDir, { recursive: true, force: true })
  const figures: PhaseFigures = {}
  for (const [row, sample] of samples) figures[row] = { cpu: median(sample.cpu), wall: median(sample.wall) }
  return figures
}

export const PHASE_ROWS: { row: PhaseRow; label: string }[] = [
  { row: 'open', label: 'open the library' },
  { row: 'new.anchor', label: 'new folder: read and anchor the articles' },
  { row: 'new.render', label: 'new folder: render the notes' },
  { row: 'new.write', label: 'new folder: write (atomic, synced)' },
  { row: 'new.total', label: 'new folder: export in all' },
  { row: 'again.anchor', label: 'again: read and anchor the articles' },
  { row: 'again.scan', label: 'again: read the folder' },
  { row: 'again.render', label: 'again: render and compare' },
  { row: 'again.write', label: 'again: write (nothing changed)' },
  { row: 'again.total', label: 'again: export in all' }
]
