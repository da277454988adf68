// Results waiting to be sent. Bounded: during a long Beacon outage the oldest results are dropped (and counted),
// never the process's memory. A batch keeps its id until Beacon answers it, so a retry is recognised.

export interface ProbeCheckResult {
  monitorId: string;
  dueAt: string;
  startedAt: string;
  ok: boolean;
  degraded: string | null;
  responseTimeMs: number | null;
  statusCode: number | null;
  error: string | null;
}

export interface PendingBatch {
  batchId: string;
  results: ProbeCheckResult[];
}

export class ResultBuffer {
  private waiting: ProbeCheckResult[] = [];
  private inFlight: PendingBatch | null = null;
  dropped = 0;

  constructor(
    private readonly maxResults: number,
    private readonly batchSize: number,
    private readonly newId: () => string,
  ) {}

  get size(): number {
    return this.waiting.length + (this.inFlight?.results.length ?? 0);
  }

  add(result: ProbeCheckResult): void {
    this.waiting.push(result);
    const over = this.size - this.maxResults;
    if (over > 0) {
      this.waiting.splice(0, Math.min(over, this.waiting.length));
      this.dropped += over;
    }
  }

  /** The batch to send: the one not yet answered (same id), else a new one from the oldest results. */
  next(): PendingBatch | null {
    if (this.inFlight) return this.inFlight;
    if (this.waiting.length === 0) return null;
    this.inFlight = { batchId: this.newId(), results: this.waiting.splice(0, this.batchSize) };
    return this.inFlight;
  }

  /** Beacon answered the batch (stored, or recognised as a retry): it is gone for good. */
  acknowledge(batch: PendingBatch): void {
    if (this.inFlight?.batchId === batch.batchId) this.inFlight = null;
  }
}
