/**
 * A level-triggered pass (a loop's "make it so" over the whole desired state) run one at a time.
 * Asked while it runs, it runs once more right after, so a request is never lost and two passes
 * never overlap; `soon()` folds a burst of events into one run `debounceMs` later; once started,
 * it also runs `intervalMs` after each periodic run ends, the safety net for a missed event.
 * A failed run is reported to `onError` and does not stop the next one.
 */
export interface CoalescedPassOptions {
  debounceMs: number;
  intervalMs: number;
  onError: (err: unknown) => void;
}

export class CoalescedPass {
  private started = false;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly opts: CoalescedPassOptions,
  ) {}

  /** Runs now, then every `intervalMs` after a periodic run ends, until `stop`. */
  start(): void {
    this.started = true;
    this.tick();
  }

  /**
   * No more runs start; a run asked for by `soon()` and not yet begun runs now (what was asked
   * before the stop is done: a network removed just before is torn down), and this resolves once
   * that and the run in flight have ended.
   */
  async stop(): Promise<void> {
    const asked = this.debounce !== undefined;
    if (this.timer) clearTimeout(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = undefined;
    if (asked) await this.run();
    this.started = false;
    await this.idle();
  }

  /** Resolves when no run is in flight. */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  /** Runs now, or once more after the run in flight; resolves when that run has ended. */
  run(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      try {
        do {
          this.again = false;
          try {
            await this.pass();
          } catch (err) {
            this.opts.onError(err);
          }
        } while (this.again && this.started);
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }

  /** Runs `debounceMs` from now; more calls meanwhile share that run. */
  soon(): void {
    if (!this.started || this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.run();
    }, this.opts.debounceMs);
  }

  private tick(): void {
    if (!this.started) return;
    void this.run().finally(() => {
      if (!this.started) return;
      this.timer = setTimeout(() => this.tick(), this.opts.intervalMs);
      this.timer.unref();
    });
  }
}
