/**
 * Whether the database answers now. Marked down by what the server sees (a query that failed for want of a
 * database, health finding no answer within its limit, the embedded PostgreSQL exiting); while down, API requests
 * are answered 503 at once instead of each waiting for its own timeouts, and a probe every second marks it up again
 * as soon as the database answers: nobody has to restart anything.
 */
export class DatabaseAvailability {
  private downSince: number | null = null;
  private reason = '';
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly log: (m: string) => void = () => {},
    private readonly probeEveryMs = 1_000,
    private readonly probeTimeoutMs = 1_500,
  ) {}

  get isAvailable(): boolean {
    return this.downSince === null;
  }

  /** Marks the database unavailable (once per outage in the log) and starts probing for its return. */
  markDown(reason: string): void {
    if (this.closed) return;
    if (this.downSince === null) {
      this.downSince = Date.now();
      this.reason = reason;
      this.log(`[db] database unavailable (${reason}); API requests answer 503 until it is back`);
    }
    this.timer ??= setTimeout(() => void this.probeAgain(), this.probeEveryMs);
  }

  private markUp(): void {
    if (this.downSince === null) return;
    const s = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.log(`[db] database available again after ${s} s (was: ${this.reason})`);
    this.downSince = null;
  }

  private async probeAgain(): Promise<void> {
    this.timer = null;
    if (this.closed || (await this.check())) return;
    this.timer ??= setTimeout(() => void this.probeAgain(), this.probeEveryMs);
  }

  /** Asks the database now, within the probe's time limit; updates the state and says whether it answered. */
  async check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.probeTimeoutMs} ms`)), this.probeTimeoutMs);
    });
    try {
      await Promise.race([this.probe(), limit]);
      this.markUp();
      return true;
    } catch (err) {
      this.markDown(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops probing (shutdown). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
