// The parts of a library export, timed for the bench (bench/export.bench.ts): reading and anchoring
// the articles, reading the folder, rendering the notes, writing them. Nothing else listens.
export type ExportPhase = 'anchor' | 'scan' | 'render' | 'write'

/**
 * Told how long each phase took once it has ended: wall time, and the process's CPU time (user and
 * system, every thread), which on a machine shared with other work says more than the wall time.
 */
export type PhaseClock = (phase: ExportPhase, wallMs: number, cpuMs: number) => void

/** Runs `work` as `phase`, telling `clock` (when there is one) how long it took. */
export async function timed<T>(clock: PhaseClock | undefined, phase: ExportPhase, work: () => Promise<T> | T): Promise<T> {
  if (!clock) return work()
  const start = performance.now()
  const cpu = process.cpuUsage()
  try {
    return await work()
  } finally {
    const used = process.cpuUsage(cpu)
    clock(phase, performance.now() - start, (used.user + used.system) / 1000)
  }
}

/**
 * The time of many short synchronous pieces of one phase interleaved with another (rendering each note
 * while earlier ones are written): told as that phase, and the rest of the time as the other one.
 */
export class PhaseSum {
  private wall = 0
  private cpu = 0

  /** Measures only for a clock: nobody else needs the figures. */
  constructor(private readonly measuring: boolean) {}

  add<T>(work: () => T): T {
    if (!this.measuring) return work()
    const start = performance.now()
    const cpu = process.cpuUsage()
    try {
      return work()
    } finally {
      const used = process.cpuUsage(cpu)
      this.wall += performance.now() - start
      this.cpu += (used.user + used.system) / 1000
    }
  }

  /** Tells `clock` this sum as `phase`, and what is left since `since` as `rest`. */
  tell(clock: PhaseClock, phase: ExportPhase, rest: ExportPhase, since: { wall: number; cpu: NodeJS.CpuUsage }): void {
    const used = process.cpuUsage(since.cpu)
    clock(phase, this.wall, this.cpu)
    clock(rest, performance.now() - since.wall - this.wall, (used.user + used.system) / 1000 - this.cpu)
  }
}
