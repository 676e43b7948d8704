// Runs the built `diptych` command as a process and keeps its CPU time (user + system, from
// /usr/bin/time when there is one): on a busy machine the wall time mostly waits for a core.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { median } from './main-block'

export const ROOT = path.resolve(import.meta.dirname, '..')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
const cpu: number[] = []

export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)

/** Runs `diptych ...args`; returns the wall time in ms; throws with its stderr when it fails. */
export function cli(args: string[]): number {
  const run = timedCli(path.join(ROOT, 'bin', 'diptych.mjs'), args)
  if (run.cpuMs !== null) cpu.push(run.cpuMs)
  return run.wallMs
}

/** Runs the `diptych` of `bin` (another checkout's, to compare); its wall and CPU time (null without /usr/bin/time). */
export function timedCli(bin: string, args: string[]): { wallMs: number; cpuMs: number | null } {
  const start = performance.now()
  const command = [process.execPath, bin, ...args]
  const r = TIME
    ? spawnSync(TIME, ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8' })
  const wallMs = performance.now() - start
  if (r.status !== 0) throw new Error(`diptych ${args.join(' ')} failed: ${r.stderr}`)
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr)
  return { wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : null }
}

/** The wall time, and the median CPU time of the runs since the last call. */
export function withCpu(wallMs: number): string {
  const runs = cpu.splice(0)
  return runs.length ? `${fmt(wallMs)} (CPU ${fmt(median(runs))})` : fmt(wallMs)
}
