import type { Logger } from '../logger.js';
import type { BackupService } from '../app/backup/backups.js';

/**
 * Scheduled control-plane backups: one snapshot every `intervalMs`, then the oldest pruned past
 * `keep`. One at a time (a slow snapshot delays the next instead of overlapping it). With several
 * control planes only the leader should run this loop; today every instance that has it
 * configured does.
 */
export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly backups: BackupService,
    private readonly opts: { intervalMs: number; keep: number },
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.opts.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.once().finally(() => (this.running = null));
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  async once(): Promise<void> {
    try {
      await this.backups.create();
      const removed = this.backups.prune(this.opts.keep);
      if (removed.length) this.log.info({ removed }, 'old control-plane backups removed');
    } catch (err) {
      this.log.error({ err }, 'scheduled control-plane backup failed');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
