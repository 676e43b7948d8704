// One write at a time, and every change made while a write runs goes into the single write after it.
export class CoalescedWrites {
  private writing: Promise<void> | null = null
  private queued: Promise<void> | null = null

  constructor(private readonly writeOnce: () => Promise<void>) {}

  get busy(): boolean {
    return this.writing !== null
  }

  /** Resolves when a write that starts after this call has ended. */
  schedule(): Promise<void> {
    if (!this.writing) {
      this.writing = this.writeOnce().finally(() => {
        this.writing = null
      })
      return this.writing
    }
    if (!this.queued) {
      this.queued = this.writing
        .catch(() => undefined)
        .then(() => {
          this.queued = null
          return this.schedule()
        })
    }
    return this.queued
  }
}
