// Shared printing for the benchmarks: aligned rows of figures.
export function printRow(label: string, value: string): void {
  console.log(`${label.padEnd(56, ' ')} ${value}`)
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
