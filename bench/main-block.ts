// How long the main process is blocked while some work runs: the longest gap between ticks of a timer
// chain that runs beside it (a tick waits for whatever synchronous work holds the event loop).
export async function withLongestBlock<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; blockMs: number; cpuMs: number }> {
  let longest = 0
  let last = performance.now()
  let running = true
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (running) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  const start = performance.now()
  const cpu = process.cpuUsage()
  const result = await work()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  tick()
  running = false
  return { result, ms, blockMs: longest, cpuMs: (used.user + used.system) / 1000 }
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
