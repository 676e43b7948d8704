// Hybrid logical clocks: wall time in milliseconds, a counter for changes within one millisecond (or
// while the wall clock is behind a clock already seen), and the writer that made the change. A clock is
// written as one string whose order as text is the order of the clocks, so that comparing, sorting and
// storing them needs nothing else: 9 base-36 digits of milliseconds (good until the year 5188), 5 of
// counter, then the writer's name.
export type Clock = string

const WALL_DIGITS = 9
const COUNTER_DIGITS = 5
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1

export function clockOf(wall: number, counter: number, writer: string): Clock {
  return wall.toString(36).padStart(WALL_DIGITS, '0') + counter.toString(36).padStart(COUNTER_DIGITS, '0') + writer
}

export function parseClock(clock: Clock): { wall: number; counter: number; writer: string } {
  return {
    wall: parseInt(clock.slice(0, WALL_DIGITS), 36),
    counter: parseInt(clock.slice(WALL_DIGITS, WALL_DIGITS + COUNTER_DIGITS), 36),
    writer: clock.slice(WALL_DIGITS + COUNTER_DIGITS)
  }
}

export function isClock(value: unknown): value is Clock {
  return typeof value === 'string' && /^[0-9a-z]{14}./.test(value)
}

/** The clock every entity of a library migrated from library.json starts with: older than any change. */
export const MIGRATED: Clock = clockOf(0, 0, '~migrated')

/** The clock of one writer (a process of a device): each tick is later than every clock it made or saw. */
export class Hlc {
  private wall = 0
  private counter = 0

  constructor(
    readonly writer: string,
    private readonly now: () => number = Date.now
  ) {}

  tick(): Clock {
    const now = this.now()
    if (now > this.wall) {
      this.wall = now
      this.counter = 0
    } else if (this.counter < MAX_COUNTER) this.counter++
    else {
      // Over 60 million changes within one millisecond: borrow the next one.
      this.wall++
      this.counter = 0
    }
    return clockOf(this.wall, this.counter, this.writer)
  }

  /** Another writer's clock was read: later ticks come after it, even when this machine's clock is behind. */
  observe(clock: Clock): void {
    const seen = parseClock(clock)
    if (seen.wall > this.wall || (seen.wall === this.wall && seen.counter > this.counter)) {
      this.wall = seen.wall
      this.counter = seen.counter
    }
  }
}
